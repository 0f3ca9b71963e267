/**
 * best_region_identification: the customer region (the account's shipping
 * state) whose cases closed fastest on average in a period, optionally for
 * one issue type. Small states would win by luck, so only states with enough
 * closed cases are ranked; the threshold is part of the question. The gold is
 * the state code (its name is accepted too), or "None" when no case of the
 * issue type was closed in the period. The reference groups the cases by
 * Account.ShippingState with a HAVING clause.
 */
import type { Rng } from '../../../../util/rng.js';
import { STATES } from '../../org/vocabulary.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, rows, usersWithTitle, type Named } from '../org-lookups.js';
import { datetimeBounds, samplePeriod, type PeriodWindow } from '../period-window.js';
import { issueFact, periodFacts } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryFact, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { HANDLE_TIME_DEFINITION } from './handle-time.js';

/** Smallest gap, in hours, between the best state and the runner-up. */
const MARGIN_HOURS = 0.1;

const TEMPLATE = { taskType: 'best_region_identification', skill: 'database_querying' } as const;

interface Instance {
  issue: Named | null;
  window: PeriodWindow;
  minCases: number;
  state: string | null;
}

function stateAverages(ctx: TaskContext, issueId: string | null, window: PeriodWindow, minCases: number): { state: string; hours: number }[] {
  const [from, to] = datetimeBounds(window);
  const params: (string | number)[] = issueId === null ? [from, to, minCases] : [issueId, from, to, minCases];
  return rows<{ state: string; hours: number }>(
    ctx.db,
    `SELECT a.ShippingState AS state, AVG((julianday(c.ClosedDate) - julianday(c.CreatedDate)) * 24) AS hours
       FROM "Case" c JOIN Account a ON a.Id = c.AccountId
      WHERE c.IsClosed = 1 AND c.ClosedDate IS NOT NULL AND a.ShippingState IS NOT NULL
        ${issueId === null ? '' : 'AND c.IssueId__c = ?'} AND c.CreatedDate >= ? AND c.CreatedDate <= ?
      GROUP BY a.ShippingState HAVING COUNT(*) >= ? ORDER BY hours, state`,
    ...params,
  );
}

function closedCases(ctx: TaskContext, issueId: string, window: PeriodWindow): number {
  const [from, to] = datetimeBounds(window);
  const [row] = rows<{ n: number }>(ctx.db, 'SELECT COUNT(*) AS n FROM "Case" WHERE IsClosed = 1 AND IssueId__c = ? AND CreatedDate >= ? AND CreatedDate <= ?', issueId, from, to);
  return row?.n ?? 0;
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const issues = namedRecords(ctx.db, 'Issue__c');
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const stateName = new Map(STATES.map((s) => [s.code, s.name]));
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const { issue, minCases } = instance;
    const held = none ? [false, false] : chooseWithheld(rng, issue ? 2 : 1);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    const facts: QueryFact[] = [
      ...(issue ? [issueFact(issue.name, held[0] ?? true)] : []),
      ...periodFacts(instance.window, held[issue ? 1 : 0] ?? true),
    ];
    const about = issue ? ' for one issue type' : '';
    const name = instance.state === null ? undefined : stateName.get(instance.state);
    return {
      title: `Region with the fastest case handling${about} in a period`,
      persona: `${persona}, a service manager comparing regions for a process review.`,
      goal: `Find out which customer state had the lowest average handle time on closed cases${about} during the period you are reviewing.`,
      opening: rng.pick([
        `Hi, which region closes cases fastest${about}? I mean the customer's state.`,
        `Hello. I'd like to know the state where our cases${about} get resolved quickest on average.`,
      ]),
      facts,
      audience: 'service-manager',
      sections: [
        HANDLE_TIME_DEFINITION,
        `Regions: a case's region is the shipping state of its account (Account.ShippingState), written as a two-letter code. ` +
          `When ranking regions, only states with at least ${minCases} closed cases in the period count; the best region has the ` +
          'lowest average handle time.',
      ],
      query:
        'SELECT Account.ShippingState, AVG(HandleTimeHours__c) avgHours FROM Case WHERE IsClosed = true ' +
        (issue ? "AND IssueId__r.Name = '{{fact.issue}}' " : '') +
        'AND CreatedDate >= {{fact.period_start}}T00:00:00Z AND CreatedDate <= {{fact.period_end}}T23:59:59Z ' +
        `GROUP BY Account.ShippingState HAVING COUNT(Id) >= ${minCases} ORDER BY AVG(HandleTimeHours__c) ASC LIMIT 1`,
      answer: '{{last.ShippingState}}',
      gold: instance.state === null ? 'None' : name ? [instance.state, name] : instance.state,
      match: 'exact',
      none,
      tags: [instance.window.kind, issue ? 'issue' : 'all-cases'],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      const issue = rng.next() < 0.4 ? rng.pick(issues) : null;
      const window = samplePeriod(rng, ctx.today, issue ? ['half', 'months12'] : ['quarter', 'half', 'months12']);
      const minCases = issue ? 3 : 5;
      const [first, second] = stateAverages(ctx, issue?.id ?? null, window, minCases);
      if (first === undefined || second === undefined || second.hours - first.hours < MARGIN_HOURS) return undefined;
      return { issue, window, minCases, state: first.state };
    },
    none: (rng: Rng) => {
      const issue = rng.pick(issues);
      const window = samplePeriod(rng, ctx.today, ['month', 'quarter']);
      return closedCases(ctx, issue.id, window) === 0 ? { issue, window, minCases: 3, state: null } : undefined;
    },
    key: (i) => `${i.issue?.id ?? '*'}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The best_region_identification template. */
export const bestRegionTemplate: TaskTemplate = { taskType: 'best_region_identification', skill: 'database_querying', generate };
