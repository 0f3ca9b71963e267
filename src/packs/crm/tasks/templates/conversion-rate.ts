/**
 * conversion_rate_comprehension: the share of closed opportunities that were
 * won (the opportunity conversion, or win, rate) in a period. Two questions:
 * which sales rep had the highest (or lowest) rate among reps with enough
 * closed deals (an Id), and what one rep's rate was (a percentage, or "None"
 * when the rep closed nothing in the period). The gold counts won and lost
 * deals; the reference averages Probability, which Salesforce sets to 100 on
 * Closed Won and 0 on Closed Lost, so its mean over closed deals is the rate.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { samplePeriod, type PeriodWindow } from '../period-window.js';
import { periodFacts, repFact } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** Closed deals a rep needs in the period to be ranked. */
const MIN_CLOSED = 3;
/** Smallest gap, in percentage points, between the best rep and the runner-up. */
const MARGIN_POINTS = 0.5;

/** The definition of the conversion rate the agent is given. */
export const CONVERSION_DEFINITION =
  'Conversion rate: the conversion rate of a set of opportunities is the share of its closed opportunities that were won, ' +
  'Closed Won ÷ (Closed Won + Closed Lost), as a percentage. An opportunity counts for a period when it is closed ' +
  '(IsClosed = true) and its CloseDate falls in the period; a rep\'s opportunities are those they own (OwnerId). When ' +
  `ranking reps, only reps with at least ${MIN_CLOSED} closed opportunities in the period count. Give a rate as a percentage ` +
  'to one decimal.';

const TEMPLATE = { taskType: 'conversion_rate_comprehension', skill: 'database_querying' } as const;

interface Instance {
  variant: 'rank' | 'rep-rate';
  direction: 'highest' | 'lowest';
  window: PeriodWindow;
  rep: Named | null;
  rate: number | null;
}

/** Win rate in percent per owner of deals closed in the window, with the number of closed deals, highest first. */
function repRates(ctx: TaskContext, window: PeriodWindow): (Named & { rate: number; closed: number })[] {
  return rows<Named & { rate: number; closed: number }>(
    ctx.db,
    `SELECT o.OwnerId AS id, u.Name AS name, 100.0 * SUM(o.IsWon) / COUNT(*) AS rate, COUNT(*) AS closed
       FROM Opportunity o JOIN "User" u ON u.Id = o.OwnerId
      WHERE o.IsClosed = 1 AND o.CloseDate >= ? AND o.CloseDate <= ?
      GROUP BY o.OwnerId ORDER BY rate DESC, o.OwnerId`,
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
        title: `Sales rep with the ${direction} opportunity conversion rate in a period`,
        persona: `${persona}, a sales manager reviewing how well reps convert their pipeline.`,
        goal: `Find out which sales rep had the ${direction} conversion rate on opportunities closed in the period you are reviewing.`,
        opening: rng.pick([
          `Hi, which rep had the ${direction} win rate on closed opportunities?`,
          `Hello. Who converted the ${direction === 'highest' ? 'most' : 'fewest'} of their closed opportunities into wins, as a rate?`,
        ]),
        facts: periodFacts(instance.window, true),
        audience: 'sales-manager',
        sections: [CONVERSION_DEFINITION],
        query:
          `SELECT OwnerId, AVG(Probability) winRate FROM Opportunity WHERE IsClosed = true ${period} ` +
          `GROUP BY OwnerId HAVING COUNT(Id) >= ${MIN_CLOSED} ORDER BY AVG(Probability) ${direction === 'highest' ? 'DESC' : 'ASC'} LIMIT 1`,
        answer: '{{last.OwnerId}}',
        gold: instance.rep ? recordGold(instance.rep, unique) : 'None',
        match: 'exact',
        none,
        tags: [instance.window.kind, 'rank'],
      };
    }
    const [repHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    return {
      title: 'Opportunity conversion rate of a rep in a period',
      persona: `${persona}, a sales manager preparing a one-to-one with a rep.`,
      goal: 'Find out the conversion rate of the opportunities one of your reps closed in the period you are reviewing.',
      opening: rng.pick([
        'Hi, what was the win rate of one of my reps on their closed opportunities?',
        'Hello. I need the conversion rate of one rep\'s closed deals.',
      ]),
      facts: [repFact(instance.rep?.name ?? '', repHeld ?? true), ...periodFacts(instance.window, periodHeld ?? true)],
      audience: 'sales-manager',
      sections: [CONVERSION_DEFINITION],
      query: `SELECT AVG(Probability) winRate FROM Opportunity WHERE IsClosed = true AND Owner.Name = '{{fact.rep}}' ${period}`,
      answer: '{{last.winRate}}',
      gold: instance.rate === null ? 'None' : Math.round(instance.rate * 100) / 100,
      match: 'number',
      tolerance: 0.06,
      none,
      tags: [instance.window.kind, 'rep-rate'],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (rng.next() < 0.6) {
        const window = samplePeriod(rng, ctx.today, ['quarter', 'half', 'months12']);
        const direction = rng.next() < 0.7 ? 'highest' : 'lowest';
        const ranked = repRates(ctx, window).filter((r) => r.closed >= MIN_CLOSED);
        const ordered = direction === 'highest' ? ranked : [...ranked].reverse();
        const [first, second] = ordered;
        if (first === undefined || second === undefined || Math.abs(second.rate - first.rate) < MARGIN_POINTS) return undefined;
        return { variant: 'rank', direction, window, rep: { id: first.id, name: first.name }, rate: first.rate };
      }
      if (reps.length === 0) return undefined;
      const rep = rng.pick(reps);
      const window = samplePeriod(rng, ctx.today, ['quarter', 'half', 'months12']);
      const found = repRates(ctx, window).find((r) => r.id === rep.id);
      return found ? { variant: 'rep-rate', direction: 'highest', window, rep, rate: found.rate } : undefined;
    },
    none: (rng: Rng) => {
      if (reps.length === 0) return undefined;
      const rep = rng.pick(reps);
      const window = samplePeriod(rng, ctx.today, ['month', 'quarter']);
      return repRates(ctx, window).some((r) => r.id === rep.id) ? undefined : { variant: 'rep-rate', direction: 'highest', window, rep, rate: null };
    },
    key: (i) => `${i.variant}/${i.direction}/${i.variant === 'rank' ? '*' : i.rep?.id}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The conversion_rate_comprehension template. */
export const conversionRateTemplate: TaskTemplate = { taskType: 'conversion_rate_comprehension', skill: 'database_querying', generate };
