/**
 * top_issue_identification: the most frequent issue type among a product's
 * cases created in a period. The user holds the product and the period; the
 * gold is the Issue__c Id with the most cases (a strict leader), or "None"
 * when the product had no case in the period. The reference groups the cases
 * by IssueId__c, ordered by count, in one SOQL query.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { datetimeBounds, samplePeriod, type PeriodWindow } from '../period-window.js';
import { periodFacts, productFact } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** How cases tie to products and issues, for the agent. */
export const CASE_LINKS =
  'Case links: a case\'s issue type is its IssueId__c (an Issue__c record); a case concerns the product of its order item ' +
  '(Case.OrderItemId__c, then OrderItem.Product2Id). A case counts for a period when its CreatedDate falls in the period.';

const TEMPLATE = { taskType: 'top_issue_identification', skill: 'database_querying' } as const;

interface Instance {
  product: Named;
  window: PeriodWindow;
  issue: Named | null;
}

function issueCounts(ctx: TaskContext, productId: string, window: PeriodWindow): (Named & { n: number })[] {
  const [from, to] = datetimeBounds(window);
  return rows<Named & { n: number }>(
    ctx.db,
    `SELECT c.IssueId__c AS id, i.Name AS name, COUNT(*) AS n
       FROM "Case" c JOIN OrderItem oi ON oi.Id = c.OrderItemId__c JOIN Issue__c i ON i.Id = c.IssueId__c
      WHERE oi.Product2Id = ? AND c.CreatedDate >= ? AND c.CreatedDate <= ?
      GROUP BY c.IssueId__c ORDER BY n DESC, c.IssueId__c`,
    productId, from, to,
  );
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const products = namedRecords(ctx.db, 'Product2');
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const pick = (rng: Rng) => ({ product: rng.pick(products), window: samplePeriod(rng, ctx.today, ['quarter', 'half', 'months12']) });
  const issueNames = uniqueNames(namedRecords(ctx.db, 'Issue__c'));
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const [productHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    return {
      title: 'Most frequent issue type among a product\'s cases in a period',
      persona: `${persona}, a service manager preparing a quality report for the product team.`,
      goal: 'Find out which issue type was reported most often in cases about one product during the period you are reviewing.',
      opening: rng.pick([
        'Hi, the product team wants to know what goes wrong most with one of our products. What is the top issue?',
        'Hello. Which issue type comes up most often in the cases for a product I am looking at?',
        'Hi there, I need the most common issue reported for one of our products.',
      ]),
      facts: [productFact(instance.product.name, productHeld ?? true), ...periodFacts(instance.window, periodHeld ?? true)],
      audience: 'service-manager',
      sections: [CASE_LINKS],
      query:
        "SELECT IssueId__c, COUNT(Id) cases FROM Case WHERE OrderItemId__r.Product2.Name = '{{fact.product}}' " +
        'AND CreatedDate >= {{fact.period_start}}T00:00:00Z AND CreatedDate <= {{fact.period_end}}T23:59:59Z ' +
        'GROUP BY IssueId__c ORDER BY COUNT(Id) DESC LIMIT 1',
      answer: '{{last.IssueId__c}}',
      gold: instance.issue ? recordGold(instance.issue, issueNames) : 'None',
      match: 'exact',
      none,
      tags: [instance.window.kind],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => {
      const { product, window } = pick(rng);
      const [first, second] = issueCounts(ctx, product.id, window);
      if (first === undefined || (second !== undefined && second.n === first.n)) return undefined;
      return { product, window, issue: { id: first.id, name: first.name } };
    },
    none: (rng) => {
      const { product, window } = pick(rng);
      return issueCounts(ctx, product.id, window).length === 0 ? { product, window, issue: null } : undefined;
    },
    key: (i) => `${i.product.id}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The top_issue_identification template. */
export const topIssueTemplate: TaskTemplate = { taskType: 'top_issue_identification', skill: 'database_querying', generate };
