/**
 * lead_qualification: a sales manager asks whether a lead qualifies under the
 * BANT policy and, if not, which factors it fails; "None" when it meets all
 * four. The gold comes from `readBant` over the lead's qualification call.
 *
 * How the reference reaches it: it reads the lead's call (the evidence that
 * decides every factor) and answers with the factors it fails. No record
 * holds the answer, so the answer is the judgement the reference states
 * after reading. Because of that the lead is named upfront in every
 * instance, as in CRMArena, where the task context carries the lead Id: a
 * withheld lead would not make an agent that skips the question fail, since
 * its answer does not flow from any lookup.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { failedFactors, readBant } from './bant-reading.js';
import { buildTaskScenario, soql } from './task-scenario.js';

interface Instance {
  leadId: string;
  failed: string[];
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const q = ctx.policies.leadQualification;
  const calls = rows<{ lead: string; body: string }>(
    ctx.db,
    `SELECT v.LeadId__c AS lead, v.Body__c AS body FROM VoiceCallTranscript__c v
      WHERE v.LeadId__c IS NOT NULL AND (SELECT COUNT(*) FROM VoiceCallTranscript__c x WHERE x.LeadId__c = v.LeadId__c) = 1 ORDER BY v.Id`,
  );
  const read = calls.flatMap((c) => {
    const reading = readBant(c.body, ctx.policies);
    return reading ? [{ leadId: c.lead, failed: failedFactors(reading) }] : [];
  });
  const failing = read.filter((r) => r.failed.length > 0);
  const qualified = read.filter((r) => r.failed.length === 0);
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => (failing.length > 0 ? rng.pick(failing) : undefined),
    none: (rng: Rng) => (qualified.length > 0 ? rng.pick(qualified) : undefined),
    key: (i) => i.leadId,
  });
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const money = `$${q.minBudget.toLocaleString('en-US')}`;
  const section =
    'Lead qualification policy (BANT, article internal-lead-qualification-bant): ' +
    `Budget: ${q.criteria.budget} Authority: ${q.criteria.authority} Need: ${q.criteria.need} Timeline: ${q.criteria.timeline} ` +
    `(a budget below ${money} or no budget fails Budget; a timeline beyond ${q.maxTimelineMonths} months fails Timeline.) ` +
    'A lead is qualified only when all four hold; its qualification call is a VoiceCallTranscript__c linked by LeadId__c. ' +
    'Reply with the factors the lead fails (Budget, Authority, Need, Timeline), separated by commas, or None when it meets all four.';
  return planned.map(({ instance }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const failed = instance.failed;
    return buildTaskScenario(ctx, leadQualificationTemplate, index, {
      title: 'Which BANT factors a lead fails',
      persona: `${persona}, a sales manager reviewing the pipeline.`,
      goal: `Find out whether lead ${instance.leadId} qualifies under the BANT policy and, if not, which factors it fails.`,
      opening: rng.pick([
        `Hi, can lead ${instance.leadId} be qualified based on its call? If not, which BANT factors does it fail?`,
        `Hello. Does lead ${instance.leadId} meet our BANT criteria? Tell me which factors are missing, if any.`,
      ]),
      facts: [{ id: 'lead_id', text: 'the lead Id', value: instance.leadId, cues: ['lead id', 'which lead', 'lead'], withheld: false }],
      audience: 'sales-manager',
      sections: [section],
      steps: [soql(`SELECT Body__c FROM VoiceCallTranscript__c WHERE LeadId__c = '{{fact.lead_id}}'`)],
      answer: failed.length > 0 ? failed.join(', ') : 'None',
      gold: failed.length > 0 ? failed : 'None',
      match: 'set',
      none: failed.length === 0,
      tags: failed.map((f) => f.toLowerCase()),
    });
  });
}

/** The lead_qualification template. */
export const leadQualificationTemplate: TaskTemplate = { taskType: 'lead_qualification', skill: 'policy_compliance', generate };
