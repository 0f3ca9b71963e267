/**
 * sales_amount_understanding: closed-won sales in a period. Two questions:
 * which sales rep closed the largest total amount (an Id), and what total an
 * account's won deals came to (a number, or "None" when the account won no
 * deal in the period). A deal falls in a period by its CloseDate. The
 * reference sums Opportunity.Amount with one SOQL aggregate.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { samplePeriod, type PeriodWindow } from '../period-window.js';
import { accountFact, periodFacts } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryFact, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** The definition of sales amounts the agent is given. */
export const SALES_AMOUNT_DEFINITION =
  'Sales: a sale is a closed-won opportunity (IsWon = true, StageName \'Closed Won\'); its amount is Opportunity.Amount in US ' +
  'dollars and it falls in a period when its CloseDate does. A rep\'s sales are those of the opportunities they own (OwnerId). ' +
  'Give amounts in dollars to the cent.';

/** Smallest gap, in dollars, between the top rep and the runner-up. */
const MARGIN = 1;

const TEMPLATE = { taskType: 'sales_amount_understanding', skill: 'database_querying' } as const;

interface Instance {
  variant: 'top-rep' | 'account-total';
  window: PeriodWindow;
  account: Named | null;
  rep: Named | null;
  total: number | null;
}

function repTotals(ctx: TaskContext, window: PeriodWindow): (Named & { total: number })[] {
  return rows<Named & { total: number }>(
    ctx.db,
    `SELECT o.OwnerId AS id, u.Name AS name, SUM(o.Amount) AS total FROM Opportunity o JOIN "User" u ON u.Id = o.OwnerId
      WHERE o.IsWon = 1 AND o.CloseDate >= ? AND o.CloseDate <= ? GROUP BY o.OwnerId ORDER BY total DESC, o.OwnerId`,
    window.start, window.end,
  );
}

function accountTotal(ctx: TaskContext, accountId: string, window: PeriodWindow): number | null {
  const [row] = rows<{ total: number | null }>(
    ctx.db,
    'SELECT SUM(Amount) AS total FROM Opportunity WHERE IsWon = 1 AND AccountId = ? AND CloseDate >= ? AND CloseDate <= ?',
    accountId, window.start, window.end,
  );
  return row?.total ?? null;
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const accountNames = namedRecords(ctx.db, 'Account');
  const unique = uniqueNames(accountNames);
  // Accounts with at least one opportunity, named uniquely, so a name identifies the account.
  const withDeals = new Set(rows<{ id: string }>(ctx.db, 'SELECT DISTINCT AccountId AS id FROM Opportunity').map((r) => r.id));
  const accounts = accountNames.filter((a) => unique.has(a.name) && withDeals.has(a.id));
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const window = (rng: Rng, kinds: Parameters<typeof samplePeriod>[2]) => samplePeriod(rng, ctx.today, kinds);
  const users = uniqueNames(namedRecords(ctx.db, 'User'));
  const b2b = ctx.org === 'b2b';
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const period = 'AND CloseDate >= {{fact.period_start}} AND CloseDate <= {{fact.period_end}}';
    if (instance.variant === 'top-rep') {
      return {
        title: 'Sales rep with the largest closed-won amount in a period',
        persona: `${persona}, a sales manager preparing the team leaderboard.`,
        goal: 'Find out which sales rep closed the largest total amount of won deals in the period you are reviewing.',
        opening: rng.pick([
          'Hi, for the leaderboard: which rep brought in the most closed-won revenue?',
          'Hello. Who on the sales team had the highest total of won deals?',
        ]),
        facts: periodFacts(instance.window, true),
        audience: 'sales-manager',
        sections: [SALES_AMOUNT_DEFINITION],
        query: `SELECT OwnerId, SUM(Amount) total FROM Opportunity WHERE IsWon = true ${period} GROUP BY OwnerId ORDER BY SUM(Amount) DESC LIMIT 1`,
        answer: '{{last.OwnerId}}',
        gold: instance.rep ? recordGold(instance.rep, users) : 'None',
        match: 'exact',
        none,
        tags: [instance.window.kind, 'top-rep'],
      };
    }
    const [accountHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    const facts: QueryFact[] = [accountFact(instance.account?.name ?? '', accountHeld ?? true, b2b), ...periodFacts(instance.window, periodHeld ?? true)];
    const customer = b2b ? 'one of our customer companies' : 'one of our customers';
    return {
      title: 'Total closed-won amount of an account in a period',
      persona: `${persona}, a sales manager preparing an account review.`,
      goal: `Find out the total amount of the won deals of ${customer} in the period you are reviewing.`,
      opening: rng.pick([
        `Hi, I'm preparing an account review. How much did we sell to ${customer} in closed-won deals?`,
        `Hello. What was the total of won opportunities for ${customer}?`,
      ]),
      facts,
      audience: 'sales-manager',
      sections: [SALES_AMOUNT_DEFINITION],
      query: `SELECT SUM(Amount) total FROM Opportunity WHERE IsWon = true AND Account.Name = '{{fact.account}}' ${period}`,
      answer: '{{last.total}}',
      gold: instance.total === null ? 'None' : Math.round(instance.total * 100) / 100,
      match: 'number',
      tolerance: 0.01,
      none,
      tags: [instance.window.kind, 'account-total'],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => {
      if (rng.next() < 0.5) {
        const w = window(rng, ['month', 'quarter', 'half']);
        const [first, second] = repTotals(ctx, w);
        if (first === undefined || (second !== undefined && first.total - second.total < MARGIN)) return undefined;
        return { variant: 'top-rep', window: w, account: null, rep: { id: first.id, name: first.name }, total: first.total };
      }
      if (accounts.length === 0) return undefined;
      const account = rng.pick(accounts);
      const w = window(rng, ['quarter', 'half', 'months12']);
      const total = accountTotal(ctx, account.id, w);
      return total === null ? undefined : { variant: 'account-total', window: w, account, rep: null, total };
    },
    none: (rng) => {
      if (accounts.length === 0) return undefined;
      const account = rng.pick(accounts);
      const w = window(rng, ['quarter', 'half']);
      return accountTotal(ctx, account.id, w) === null ? { variant: 'account-total', window: w, account, rep: null, total: null } : undefined;
    },
    key: (i) => `${i.variant}/${i.account?.id ?? '*'}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The sales_amount_understanding template. */
export const salesAmountTemplate: TaskTemplate = { taskType: 'sales_amount_understanding', skill: 'database_querying', generate };
