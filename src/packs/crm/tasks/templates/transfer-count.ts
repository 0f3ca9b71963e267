/**
 * transfer_count: how cases about an issue were passed between agents in a
 * period. A transfer is an `Owner Assignment` entry of CaseHistory__c that
 * moves a case from one agent (OldValue__c) to another; it happens when the
 * entry is created. Two questions: which agent transferred the most cases
 * away (an Id, or "None" when nobody transferred any), and how many transfers
 * there were (a count). The reference groups or counts the history entries
 * with one SOQL query.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { datetimeBounds, samplePeriod, type PeriodWindow } from '../period-window.js';
import { issueFact, periodFacts } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** The definition of a transfer the agent is given. */
export const TRANSFER_DEFINITION =
  'Transfers: a transfer is a CaseHistory__c record with Field__c = \'Owner Assignment\' whose OldValue__c holds the User Id of ' +
  'the previous owner (the first assignment of a case has no OldValue__c and is not a transfer). The transfer counts against the ' +
  'previous owner, and it falls in a period when the history record\'s CreatedDate does. A case\'s issue type is its IssueId__c.';

const TEMPLATE = { taskType: 'transfer_count', skill: 'database_querying' } as const;

interface Instance {
  issue: Named;
  window: PeriodWindow;
  variant: 'agent' | 'count';
  agent: Named | null;
  count: number;
}

interface AgentTransfers {
  id: string;
  name: string;
  n: number;
}

function transfers(ctx: TaskContext, issueId: string, window: PeriodWindow): AgentTransfers[] {
  const [from, to] = datetimeBounds(window);
  return rows<AgentTransfers>(
    ctx.db,
    `SELECT h.OldValue__c AS id, u.Name AS name, COUNT(*) AS n
       FROM CaseHistory__c h JOIN "Case" c ON c.Id = h.CaseId__c JOIN "User" u ON u.Id = h.OldValue__c
      WHERE h.Field__c = 'Owner Assignment' AND h.OldValue__c IS NOT NULL AND c.IssueId__c = ? AND h.CreatedDate >= ? AND h.CreatedDate <= ?
      GROUP BY h.OldValue__c ORDER BY n DESC, h.OldValue__c`,
    issueId, from, to,
  );
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const issues = namedRecords(ctx.db, 'Issue__c');
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const pick = (rng: Rng) => ({ issue: rng.pick(issues), window: samplePeriod(rng, ctx.today, ['month', 'quarter', 'half']) });
  const users = uniqueNames(namedRecords(ctx.db, 'User'));
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const [issueHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    const where =
      "Field__c = 'Owner Assignment' AND OldValue__c != null AND CaseId__r.IssueId__r.Name = '{{fact.issue}}' " +
      'AND CreatedDate >= {{fact.period_start}}T00:00:00Z AND CreatedDate <= {{fact.period_end}}T23:59:59Z';
    const agentVariant = instance.variant === 'agent';
    return {
      title: agentVariant ? 'Agent who transferred the most cases of an issue type in a period' : 'Number of case transfers for an issue type in a period',
      persona: `${persona}, a service manager looking into how often cases bounce between agents.`,
      goal: agentVariant
        ? 'Find out which service agent transferred the most cases of one issue type to a colleague during the period you are reviewing.'
        : 'Find out how many times cases of one issue type were transferred between agents during the period you are reviewing.',
      opening: agentVariant
        ? rng.pick([
            'Hi. Cases of one issue type keep getting handed around. Which agent transferred the most of them?',
            'Hello, I want to know which agent passed on the most cases of a certain issue type to colleagues.',
          ])
        : rng.pick([
            'Hi. How many times were cases of one of our issue types transferred between agents?',
            'Hello, I need the number of case transfers for a particular issue type.',
          ]),
      facts: [issueFact(instance.issue.name, issueHeld ?? true), ...periodFacts(instance.window, periodHeld ?? true)],
      audience: 'service-manager',
      sections: [TRANSFER_DEFINITION],
      query: agentVariant
        ? `SELECT OldValue__c, COUNT(Id) transfers FROM CaseHistory__c WHERE ${where} GROUP BY OldValue__c ORDER BY COUNT(Id) DESC LIMIT 1`
        : `SELECT COUNT() FROM CaseHistory__c WHERE ${where}`,
      answer: agentVariant ? '{{last.OldValue__c}}' : '{{last.totalSize}}',
      gold: agentVariant ? (instance.agent ? recordGold(instance.agent, users) : 'None') : instance.count,
      match: agentVariant ? 'exact' : 'number',
      none,
      tags: [instance.window.kind, instance.variant],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => {
      const { issue, window } = pick(rng);
      const list = transfers(ctx, issue.id, window);
      const total = list.reduce((s, a) => s + a.n, 0);
      if (rng.next() < 0.4) return total > 0 ? { issue, window, variant: 'count', agent: null, count: total } : undefined;
      const [first, second] = list;
      // A clear leader: strictly more transfers than the runner-up.
      if (first === undefined || (second !== undefined && second.n === first.n)) return undefined;
      return { issue, window, variant: 'agent', agent: { id: first.id, name: first.name }, count: total };
    },
    none: (rng) => {
      const { issue, window } = pick(rng);
      return transfers(ctx, issue.id, window).length === 0 ? { issue, window, variant: 'agent', agent: null, count: 0 } : undefined;
    },
    key: (i) => `${i.issue.id}/${i.window.start}/${i.window.end}/${i.variant}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The transfer_count template. */
export const transferCountTemplate: TaskTemplate = { taskType: 'transfer_count', skill: 'database_querying', generate };
