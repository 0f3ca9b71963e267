/**
 * case_routing: a service manager asks the agent to route an open case under
 * the company's case routing policy and to say who got it. The policy (the
 * org's own, restated in the agent context with its window as a date) picks
 * the service agent with the lowest average handle time on closed cases of
 * the same issue created in the last six months. The user holds the case Id.
 * The gold is that agent, computed here from CreatedDate and ClosedDate;
 * instances without a clear winner (fewer than two agents, or a gap under
 * six minutes) are skipped.
 *
 * How the reference reaches it: it reads the case's issue, runs one aggregate
 * over `HandleTimeHours__c` ordered ascending and limited to one row, assigns
 * the case to that owner with `assign_case_owner`, and reads the case back,
 * answering with its OwnerId; a state assertion checks the stored owner.
 * Routing always has an answer, so there are no "None" cases.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { lookbackStart } from './lookback-start.js';
import { buildTaskScenario, soql } from './task-scenario.js';

/** Smallest gap, in hours, between the best agent and the runner-up. */
const MARGIN_HOURS = 0.1;

interface Instance {
  caseId: string;
  caseNumber: string;
  issue: string;
  currentOwner: string;
  winner: { id: string; name: string };
}

interface AgentAverage {
  id: string;
  name: string;
  hours: number;
}

function averages(ctx: TaskContext, issueId: string, since: string): AgentAverage[] {
  return rows<AgentAverage>(
    ctx.db,
    `SELECT c.OwnerId AS id, u.Name AS name, AVG((julianday(c.ClosedDate) - julianday(c.CreatedDate)) * 24) AS hours
       FROM "Case" c JOIN "User" u ON u.Id = c.OwnerId
      WHERE c.IsClosed = 1 AND c.ClosedDate IS NOT NULL AND c.IssueId__c = ? AND c.CreatedDate >= ?
      GROUP BY c.OwnerId ORDER BY hours, c.OwnerId`,
    issueId,
    `${since}T00:00:00Z`,
  );
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const { lookbackMonths } = ctx.policies.caseRouting;
  const since = lookbackStart(ctx.today, lookbackMonths);
  const open = rows<{ id: string; number: string; issueId: string; issue: string; owner: string }>(
    ctx.db,
    `SELECT c.Id AS id, c.CaseNumber AS number, c.IssueId__c AS issueId, i.Name AS issue, c.OwnerId AS owner
       FROM "Case" c JOIN Issue__c i ON i.Id = c.IssueId__c WHERE c.IsClosed = 0 ORDER BY c.Id`,
  );
  const byIssue = new Map<string, AgentAverage[]>();
  const averagesOf = (issueId: string): AgentAverage[] => {
    const hit = byIssue.get(issueId) ?? averages(ctx, issueId, since);
    byIssue.set(issueId, hit);
    return hit;
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (open.length === 0) return undefined;
      const c = rng.pick(open);
      const [first, second] = averagesOf(c.issueId);
      if (!first || !second || second.hours - first.hours < MARGIN_HOURS) return undefined;
      // Prefer cases the routing actually moves, so the write is visible in the state.
      if (first.id === c.owner && rng.next() < 0.8) return undefined;
      return { caseId: c.id, caseNumber: c.number, issue: c.issue, currentOwner: c.owner, winner: { id: first.id, name: first.name } };
    },
    key: (i) => i.caseId,
  });
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const unique = uniqueNames(namedRecords(ctx.db, 'User'));
  const section =
    `Case routing policy: assign a case to the service agent with the lowest average handle time on closed cases of the same ` +
    `issue (Case.IssueId__c) created on or after ${since} (the last ${lookbackMonths} months); break a tie by the fewest open ` +
    'cases. Handle time is the time from CreatedDate to ClosedDate; Case.HandleTimeHours__c holds it in hours for closed cases. ' +
    'Assign the case with assign_case_owner and reply with the User Id of its new owner.';
  return planned.map(({ instance }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    return buildTaskScenario(ctx, caseRoutingTemplate, index, {
      title: 'Route an open case to the agent with the best handle time on its issue',
      persona: `${persona}, a service manager triaging the queue.`,
      goal: 'Have one open case routed to the right service agent under the routing policy, and learn who got it.',
      opening: rng.pick([
        'Hi, could you route one of our open cases to the right agent under the routing policy?',
        'Morning! I need a case reassigned following our routing policy. Can you handle it and tell me who gets it?',
      ]),
      facts: [{ id: 'case_id', text: 'the case Id', value: instance.caseId, cues: ['case id', 'which case', 'case'], withheld: true }],
      audience: 'service-manager',
      sections: [section],
      steps: [
        soql("SELECT IssueId__c, IssueId__r.Name FROM Case WHERE Id = '{{fact.case_id}}'"),
        soql(
          "SELECT OwnerId, AVG(HandleTimeHours__c) avgHours FROM Case WHERE IsClosed = true AND IssueId__c = '{{last.IssueId__c}}' " +
            `AND CreatedDate >= ${since}T00:00:00Z GROUP BY OwnerId ORDER BY AVG(HandleTimeHours__c) ASC LIMIT 1`,
        ),
        { tool: 'assign_case_owner', args: { case_id: '{{fact.case_id}}', owner_id: '{{last.OwnerId}}' } },
        soql("SELECT OwnerId FROM Case WHERE Id = '{{fact.case_id}}'"),
      ],
      answer: '{{last.OwnerId}}',
      gold: recordGold(instance.winner, unique),
      match: 'exact',
      state: [
        {
          description: `Case ${instance.caseNumber} is owned by ${instance.winner.name}.`,
          query: `SELECT OwnerId FROM "Case" WHERE Id = '${instance.caseId}'`,
          equals: [[instance.winner.id]],
        },
      ],
      none: false,
      tags: instance.currentOwner === instance.winner.id ? ['already-owned'] : [],
    });
  });
}

/** The case_routing template. */
export const caseRoutingTemplate: TaskTemplate = { taskType: 'case_routing', skill: 'workflow_execution', generate };
