/**
 * sales_cycle_understanding: how long won deals took to close. Two
 * questions: which sales rep had the shortest (or longest) average sales
 * cycle on deals won in a period (an Id), and what one rep's average was (a
 * number of days, or "None" when the rep won nothing in the period). The gold
 * comes from CreatedDate and CloseDate; the reference averages the
 * formula field `SalesCycleDays__c` in one SOQL aggregate.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { samplePeriod, type PeriodWindow } from '../period-window.js';
import { periodFacts, repFact } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** The definition of the sales cycle the agent is given. */
export const SALES_CYCLE_DEFINITION =
  'Sales cycle: the sales cycle of a closed opportunity is the number of days from the day it was created (the date of ' +
  'CreatedDate) to its CloseDate; the Opportunity field SalesCycleDays__c holds it. Averages are taken over closed-won ' +
  'opportunities (IsWon = true) whose CloseDate falls in the period, per owner (OwnerId) when asked about a rep. Give an ' +
  'average in days to one decimal.';

/** Smallest gap, in days, between the best rep and the runner-up. */
const MARGIN_DAYS = 0.5;

const TEMPLATE = { taskType: 'sales_cycle_understanding', skill: 'database_querying' } as const;

interface Instance {
  variant: 'rank' | 'rep-average';
  direction: 'shortest' | 'longest';
  window: PeriodWindow;
  rep: Named | null;
  days: number | null;
}

/** Average cycle per owner of won deals closed in the window, shortest first. */
function repCycles(ctx: TaskContext, window: PeriodWindow): (Named & { days: number })[] {
  return rows<Named & { days: number }>(
    ctx.db,
    `SELECT o.OwnerId AS id, u.Name AS name, AVG(julianday(o.CloseDate) - julianday(substr(o.CreatedDate, 1, 10))) AS days
       FROM Opportunity o JOIN "User" u ON u.Id = o.OwnerId
      WHERE o.IsWon = 1 AND o.CloseDate >= ? AND o.CloseDate <= ?
      GROUP BY o.OwnerId ORDER BY days, o.OwnerId`,
    window.start, window.end,
  );
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const users = namedRecords(ctx.db, 'User');
  const unique = uniqueNames(users);
  const owners = new Set(rows<{ id: string }>(ctx.db, 'SELECT DISTINCT OwnerId AS id FROM Opportunity').map((r) => r.id));
  const reps = users.filter((u) => owners.has(u.id) && unique.has(u.name));
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const period = 'AND CloseDate >= {{fact.period_start}} AND CloseDate <= {{fact.period_end}}';
        if (instance.variant === 'rank') {
      const { direction } = instance;
      return {
        title: `Sales rep with the ${direction} average sales cycle in a period`,
        persona: `${persona}, a sales manager looking at how fast deals move.`,
        goal: `Find out which sales rep had the ${direction} average sales cycle on deals won in the period you are reviewing.`,
        opening: rng.pick([
          `Hi, which of our reps had the ${direction} sales cycle on won deals?`,
          `Hello. I'd like to know who closed their won deals with the ${direction} average cycle.`,
        ]),
        facts: periodFacts(instance.window, true),
        audience: 'sales-manager',
        sections: [SALES_CYCLE_DEFINITION],
        query:
          `SELECT OwnerId, AVG(SalesCycleDays__c) avgDays FROM Opportunity WHERE IsWon = true ${period} ` +
          `GROUP BY OwnerId ORDER BY AVG(SalesCycleDays__c) ${direction === 'shortest' ? 'ASC' : 'DESC'} LIMIT 1`,
        answer: '{{last.OwnerId}}',
        gold: instance.rep ? recordGold(instance.rep, unique) : 'None',
        match: 'exact',
        none,
        tags: [instance.window.kind, 'rank'],
      };
    }
    const [repHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    return {
      title: 'Average sales cycle of a rep\'s won deals in a period',
      persona: `${persona}, a sales manager preparing a one-to-one with a rep.`,
      goal: 'Find out the average sales cycle, in days, of the deals one of your reps won in the period you are reviewing.',
      opening: rng.pick([
        'Hi, how long on average did one of my reps take to close the deals they won?',
        'Hello. I need the average sales cycle in days for one rep\'s won deals.',
      ]),
      facts: [repFact(instance.rep?.name ?? '', repHeld ?? true), ...periodFacts(instance.window, periodHeld ?? true)],
      audience: 'sales-manager',
      sections: [SALES_CYCLE_DEFINITION],
      query: `SELECT AVG(SalesCycleDays__c) avgDays FROM Opportunity WHERE IsWon = true AND Owner.Name = '{{fact.rep}}' ${period}`,
      answer: '{{last.avgDays}}',
      gold: instance.days === null ? 'None' : Math.round(instance.days * 100) / 100,
      match: 'number',
      tolerance: 0.06,
      none,
      tags: [instance.window.kind, 'rep-average'],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (rng.next() < 0.6) {
        const window = samplePeriod(rng, ctx.today, ['quarter', 'half', 'months12']);
        const direction = rng.next() < 0.7 ? 'shortest' : 'longest';
        const list = repCycles(ctx, window);
        const ordered = direction === 'shortest' ? list : [...list].reverse();
        const [first, second] = ordered;
        if (first === undefined || second === undefined || Math.abs(second.days - first.days) < MARGIN_DAYS) return undefined;
        return { variant: 'rank', direction, window, rep: { id: first.id, name: first.name }, days: first.days };
      }
      if (reps.length === 0) return undefined;
      const rep = rng.pick(reps);
      const window = samplePeriod(rng, ctx.today, ['quarter', 'half', 'months12']);
      const found = repCycles(ctx, window).find((r) => r.id === rep.id);
      return found ? { variant: 'rep-average', direction: 'shortest', window, rep, days: found.days } : undefined;
    },
    none: (rng: Rng) => {
      if (reps.length === 0) return undefined;
      const rep = rng.pick(reps);
      const window = samplePeriod(rng, ctx.today, ['month', 'quarter']);
      return repCycles(ctx, window).some((r) => r.id === rep.id) ? undefined : { variant: 'rep-average', direction: 'shortest', window, rep, days: null };
    },
    key: (i) => `${i.variant}/${i.direction}/${i.variant === 'rank' ? '*' : i.rep?.id}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The sales_cycle_understanding template. */
export const salesCycleTemplate: TaskTemplate = { taskType: 'sales_cycle_understanding', skill: 'database_querying', generate };
