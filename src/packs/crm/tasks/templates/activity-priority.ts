/**
 * activity_priority: a sales rep asks which task of one of their deals to work
 * on first. The priority guide (in the agent context) orders open tasks by
 * Priority, then by due date. The user holds the deal's name. The gold is the
 * first open task by that order, computed here from the Task rows; instances
 * whose first two tasks tie are skipped.
 *
 * How the reference reaches it: it lists the deal's open tasks (the evidence),
 * then runs the query an analyst writes after reading that list: the open
 * tasks of the highest priority present, earliest due date first, one row,
 * answering with its Id. None cases name a deal with no open task (a closed
 * deal keeps only completed ones) and state the deal upfront.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { buildTaskScenario, soql } from './task-scenario.js';

/** Priorities from most to least urgent. */
const PRIORITY_ORDER = ['Urgent', 'High', 'Normal', 'Low'];
const CLOSED_STATUSES = "('Completed', 'Deferred')";

const SECTION =
  'Activity priority: a task (Task, linked to its opportunity by WhatId) is open unless its Status is Completed or Deferred. ' +
  `Work on open tasks in order of Priority (${PRIORITY_ORDER.join(', then ')}) and, within the same priority, the earliest ` +
  'due date (ActivityDate) first. Reply with the Id of the task to do first, or None when the opportunity has no open task.';

interface OpenTask {
  id: string;
  priority: string;
  due: string;
}

interface Deal {
  id: string;
  name: string;
  owner: string;
  closed: number;
}

interface Instance {
  deal: Deal;
  first: OpenTask | null;
}

function rank(task: OpenTask): number {
  const i = PRIORITY_ORDER.indexOf(task.priority);
  return i === -1 ? PRIORITY_ORDER.length : i;
}

function openTasks(ctx: TaskContext, dealId: string): OpenTask[] {
  return rows<OpenTask>(
    ctx.db,
    `SELECT Id AS id, Priority AS priority, ActivityDate AS due FROM Task WHERE WhatId = ? AND Status NOT IN ${CLOSED_STATUSES} ORDER BY Id`,
    dealId,
  ).sort((a, b) => rank(a) - rank(b) || a.due.localeCompare(b.due));
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const deals = rows<Deal>(
    ctx.db,
    `SELECT o.Id AS id, o.Name AS name, u.Name AS owner, o.IsClosed AS closed FROM Opportunity o JOIN "User" u ON u.Id = o.OwnerId
      WHERE o.Name NOT LIKE '%''%' AND (SELECT COUNT(*) FROM Opportunity x WHERE x.Name = o.Name) = 1
        AND EXISTS (SELECT 1 FROM Task t WHERE t.WhatId = o.Id) ORDER BY o.Id`,
  );
  const open = deals.filter((d) => d.closed === 0);
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (open.length === 0) return undefined;
      const deal = rng.pick(open);
      const [first, second] = openTasks(ctx, deal.id);
      if (!first || (second && rank(second) === rank(first) && second.due === first.due)) return undefined;
      // A deal with one open task asks nothing; two or more make the order matter.
      return second ? { deal, first } : undefined;
    },
    none: (rng: Rng) => {
      if (deals.length === 0) return undefined;
      const deal = rng.pick(deals);
      return openTasks(ctx, deal.id).length === 0 ? { deal, first: null } : undefined;
    },
    key: (i) => i.deal.id,
  });
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const { deal, first } = instance;
    const listing = soql(
      "SELECT Id, Subject, Priority, ActivityDate, Status FROM Task WHERE What.Name = '{{fact.opportunity}}' " +
        `AND Status NOT IN ${CLOSED_STATUSES} ORDER BY ActivityDate`,
    );
    const pick = first
      ? soql(
          "SELECT Id FROM Task WHERE What.Name = '{{fact.opportunity}}' " +
            `AND Status NOT IN ${CLOSED_STATUSES} AND Priority = '${first.priority}' ORDER BY ActivityDate ASC LIMIT 1`,
        )
      : undefined;
    return buildTaskScenario(ctx, activityPriorityTemplate, index, {
      title: 'The task of a deal to work on first',
      persona: `${deal.owner}, a sales rep planning the day.`,
      goal: 'Find out which open task of one of your deals to work on first.',
      opening: none
        ? `Hi, for my deal ${deal.name}, which task should I work on first?`
        : rng.pick([
            'Hi, I have several tasks open on one of my deals. Which one should I do first?',
            'Hello. Which task on one of my opportunities should I work on first?',
          ]),
      facts: [{ id: 'opportunity', text: 'the name of my deal', value: deal.name, cues: ['opportunity', 'deal', 'which one', 'name'], withheld: !none }],
      audience: 'internal',
      sections: [SECTION],
      steps: pick ? [listing, pick] : [listing],
      answer: '{{last.Id}}',
      gold: first ? first.id : 'None',
      match: 'exact',
      none,
    });
  });
}

/** The activity_priority template. */
export const activityPriorityTemplate: TaskTemplate = { taskType: 'activity_priority', skill: 'information_retrieval', generate };
