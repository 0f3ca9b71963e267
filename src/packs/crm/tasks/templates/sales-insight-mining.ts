/**
 * sales_insight_mining: a sales manager asks which lost deals on a product
 * were lost for a given reason, the kind of insight CRMArena-Pro mines from
 * call transcripts. The reason exists only in the text of the last call of a
 * lost deal ("… the main reason is that <reason>."), so the agent has to read
 * or search the transcripts. The user holds the product. The gold is the
 * names of those deals, found by reading every lost-deal call's text here;
 * answers are scored by token F1, as CRMArena scores this task.
 *
 * How the reference reaches it: one SOQL query over the call transcripts of
 * lost deals whose text states the reason and whose deal has the product on a
 * line item, answering with the deals' names. F1 tasks have no "None" cases
 * in CRMArena, so there are none here.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { buildTaskScenario, soql } from './task-scenario.js';

/** The sentence of a lost-deal call that states why; the reason follows it up to the full stop. */
const REASON_LEAD = 'the main reason is that ';
const MAX_DEALS = 4;

const INSIGHT_SECTION =
  'Sales calls: calls with customers are stored as VoiceCallTranscript__c (Body__c holds the transcript; OpportunityId__c ' +
  'links a call to its opportunity, LeadId__c to its lead). A deal is on a product when the product is one of its line items ' +
  '(OpportunityLineItem). A lost deal has StageName Closed Lost. Reply with the names of the opportunities, separated by commas.';

interface LostDeal {
  id: string;
  name: string;
  reason: string;
  products: string[];
}

interface Instance {
  product: string;
  reason: string;
  deals: string[];
}

/** Lost deals whose calls state a reason, with the products on their lines. */
function lostDeals(ctx: TaskContext): LostDeal[] {
  const calls = rows<{ id: string; name: string; body: string }>(
    ctx.db,
    `SELECT o.Id AS id, o.Name AS name, v.Body__c AS body FROM VoiceCallTranscript__c v JOIN Opportunity o ON o.Id = v.OpportunityId__c
      WHERE o.StageName = 'Closed Lost' AND v.Body__c LIKE ? AND o.Name NOT LIKE '%''%' ORDER BY o.Id, v.Id`,
    `%${REASON_LEAD}%`,
  );
  const lines = rows<{ opp: string; product: string }>(
    ctx.db,
    "SELECT DISTINCT li.OpportunityId AS opp, p.Name AS product FROM OpportunityLineItem li JOIN Product2 p ON p.Id = li.Product2Id WHERE p.Name NOT LIKE '%''%'",
  );
  const byOpp = new Map<string, string[]>();
  for (const l of lines) byOpp.set(l.opp, [...(byOpp.get(l.opp) ?? []), l.product]);
  return calls.flatMap((c) => {
    const after = c.body.slice(c.body.indexOf(REASON_LEAD) + REASON_LEAD.length);
    const reason = after.slice(0, after.indexOf('.')).trim();
    return reason === '' || reason.includes("'") ? [] : [{ id: c.id, name: c.name, reason, products: byOpp.get(c.id) ?? [] }];
  });
}

function draw(deals: LostDeal[], rng: Rng): Instance | undefined {
  const seed = rng.pick(deals);
  const product = seed.products.length > 0 ? rng.pick(seed.products) : undefined;
  if (product === undefined) return undefined;
  const matching = deals.filter((d) => d.reason === seed.reason && d.products.includes(product));
  const names = [...new Set(matching.map((d) => d.name))];
  if (names.length > MAX_DEALS || names.length !== matching.length) return undefined;
  return { product, reason: seed.reason, deals: names };
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const deals = lostDeals(ctx);
  if (deals.length === 0) return [];
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => draw(deals, rng),
    key: (i) => `${i.product}/${i.reason}`,
  });
  return planned.map(({ instance }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    return buildTaskScenario(ctx, salesInsightMiningTemplate, index, {
      title: 'Lost deals on a product whose calls give a stated reason',
      persona: `${persona}, a sales manager looking for patterns in lost deals.`,
      goal: `Find out which of the lost deals on one of your products the customer turned down because ${instance.reason}.`,
      opening: rng.pick([
        `Hi, I'm reviewing lost deals. On one of our products, which deals did we lose because ${instance.reason}?`,
        `Hello. Can you tell me which lost deals on a product of ours the customer walked away from because ${instance.reason}?`,
      ]),
      facts: [{ id: 'product', text: 'the product', value: instance.product, cues: ['product', 'which device', 'which model', 'item'], withheld: true }],
      audience: 'sales-manager',
      sections: [INSIGHT_SECTION],
      steps: [
        soql(
          "SELECT OpportunityId__r.Name FROM VoiceCallTranscript__c WHERE OpportunityId__r.StageName = 'Closed Lost' " +
            `AND Body__c LIKE '%${REASON_LEAD}${instance.reason}%' ` +
            "AND OpportunityId__c IN (SELECT OpportunityId FROM OpportunityLineItem WHERE Product2.Name = '{{fact.product}}')",
        ),
      ],
      answer: '{{last.OpportunityId__r.Name}}',
      gold: instance.deals.join(', '),
      match: 'f1',
      none: false,
      tags: [`deals-${instance.deals.length}`],
    });
  });
}

/** The sales_insight_mining template. */
export const salesInsightMiningTemplate: TaskTemplate = { taskType: 'sales_insight_mining', skill: 'information_retrieval', generate };
