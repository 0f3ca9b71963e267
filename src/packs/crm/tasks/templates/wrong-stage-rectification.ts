/**
 * wrong_stage_rectification: a sales manager suspects an opportunity sits at
 * the wrong stage and asks the agent to check it against the latest call and
 * correct it. The user holds the opportunity's Id. The gold is the stage the
 * most recent call shows (read from its text by `stageShownByCall`) when it
 * differs from the stored StageName; "None" when the stage is already right.
 *
 * How the reference reaches it: it reads the latest call (the evidence),
 * writes the stage that call shows with `update_opportunity_stage`, and reads
 * the opportunity back, answering with its StageName; a state assertion
 * checks the stored stage. The stage is the one judgement no query makes: the
 * reference states it in the write, as an analyst would after reading the
 * call. None cases state the Id upfront; their reference checks the stored
 * stage against the call with a criteria query that comes back empty, and
 * their state assertion checks that the stage was left alone.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { OPEN_STAGES, STAGE_DEFINITIONS, stageShownByCall } from './call-stage.js';
import { buildTaskScenario, soql } from './task-scenario.js';

const SECTION =
  `${STAGE_DEFINITIONS} When the stage is wrong, set the right one with update_opportunity_stage and reply with that stage; ` +
  'when it is right, change nothing and reply None.';

interface Instance {
  id: string;
  name: string;
  stored: string;
  shown: string;
}

function candidates(ctx: TaskContext): Instance[] {
  const latest = rows<{ id: string; name: string; stored: string; body: string }>(
    ctx.db,
    `SELECT o.Id AS id, o.Name AS name, o.StageName AS stored, v.Body__c AS body FROM Opportunity o
       JOIN VoiceCallTranscript__c v ON v.OpportunityId__c = o.Id
      WHERE o.IsClosed = 0 AND v.CreatedDate = (SELECT MAX(x.CreatedDate) FROM VoiceCallTranscript__c x WHERE x.OpportunityId__c = o.Id)
        AND (SELECT COUNT(*) FROM VoiceCallTranscript__c x WHERE x.OpportunityId__c = o.Id AND x.CreatedDate = v.CreatedDate) = 1
      ORDER BY o.Id`,
  );
  return latest.flatMap((r) => {
    const shown = stageShownByCall(r.body);
    return shown && (OPEN_STAGES as readonly string[]).includes(r.stored) ? [{ id: r.id, name: r.name, stored: r.stored, shown }] : [];
  });
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const all = candidates(ctx);
  const wrong = all.filter((c) => c.shown !== c.stored);
  const right = all.filter((c) => c.shown === c.stored);
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => (wrong.length > 0 ? rng.pick(wrong) : undefined),
    none: (rng: Rng) => (right.length > 0 ? rng.pick(right) : undefined),
    key: (i) => i.id,
  });
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const evidence = soql("SELECT Body__c, CreatedDate FROM VoiceCallTranscript__c WHERE OpportunityId__c = '{{fact.opportunity_id}}' ORDER BY CreatedDate DESC LIMIT 1");
    const steps = none
      ? [evidence, soql(`SELECT StageName FROM Opportunity WHERE Id = '{{fact.opportunity_id}}' AND StageName != '${instance.shown}'`)]
      : [
          evidence,
          { tool: 'update_opportunity_stage', args: { opportunity_id: '{{fact.opportunity_id}}', stage: instance.shown } },
          soql("SELECT StageName FROM Opportunity WHERE Id = '{{fact.opportunity_id}}'"),
        ];
    const expected = none ? instance.stored : instance.shown;
    return buildTaskScenario(ctx, wrongStageRectificationTemplate, index, {
      title: "Check an opportunity's stage against its latest call and correct it",
      persona: `${persona}, a sales manager cleaning up the pipeline.`,
      goal: 'Have the stage of one opportunity checked against its latest call, corrected if it is wrong, and learn the right stage.',
      opening: none
        ? `Hi, can you check whether opportunity ${instance.id} is at the right stage, and fix it if not?`
        : rng.pick([
            'Hi, I think one of our opportunities is sitting at the wrong stage. Can you check it against the latest call and fix it?',
            'Hello. One opportunity looks stuck at the wrong stage to me. Could you check and correct it?',
          ]),
      facts: [{ id: 'opportunity_id', text: 'the opportunity Id', value: instance.id, cues: ['opportunity id', 'id', 'which opportunity', 'opportunity'], withheld: !none }],
      audience: 'sales-manager',
      sections: [SECTION],
      steps,
      answer: '{{last.StageName}}',
      gold: none ? 'None' : instance.shown,
      match: 'exact',
      state: [
        {
          description: none ? 'The stage was left as it was.' : `The opportunity is now at ${instance.shown}.`,
          query: `SELECT StageName FROM Opportunity WHERE Id = '${instance.id}'`,
          equals: [[expected]],
        },
      ],
      none,
      tags: [`stored-${instance.stored.toLowerCase()}`],
    });
  });
}

/** The wrong_stage_rectification template. */
export const wrongStageRectificationTemplate: TaskTemplate = { taskType: 'wrong_stage_rectification', skill: 'information_retrieval', generate };
