/**
 * handle_time: which service agent had the lowest (or highest) average handle
 * time on closed cases about a product, among cases created in a period. The
 * user holds the product and the period. The gold comes from the cases'
 * CreatedDate and ClosedDate; the reference reaches it with one aggregate over
 * the formula field `HandleTimeHours__c`, ordered and limited to one row.
 * None cases name a product with no closed case created in the period.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle, type Named } from '../org-lookups.js';
import { datetimeBounds, samplePeriod, type PeriodWindow } from '../period-window.js';
import { periodFacts, productFact } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';

/** The definition of handle time the agent is given. */
export const HANDLE_TIME_DEFINITION =
  'Handle time: the handle time of a case is the time from its creation (CreatedDate) to its closure (ClosedDate); only closed ' +
  'cases have one, and the Case field HandleTimeHours__c holds it in hours. An agent\'s average handle time is the mean over the ' +
  'closed cases they own (OwnerId). A case counts for a period when its CreatedDate falls in the period. A case concerns the ' +
  'product of its order item (Case.OrderItemId__c, then OrderItem.Product2Id).';

/** Smallest gap, in hours, between the best agent and the runner-up for an instance to count as clear. */
const MARGIN_HOURS = 0.1;

const TEMPLATE = { taskType: 'handle_time', skill: 'database_querying' } as const;

interface Instance {
  product: Named;
  window: PeriodWindow;
  direction: 'lowest' | 'highest';
  agent: Named | null;
}

interface AgentAverage {
  id: string;
  name: string;
  hours: number;
}

function averages(ctx: TaskContext, productId: string, window: PeriodWindow): AgentAverage[] {
  const [from, to] = datetimeBounds(window);
  return rows<AgentAverage>(
    ctx.db,
    `SELECT c.OwnerId AS id, u.Name AS name, AVG((julianday(c.ClosedDate) - julianday(c.CreatedDate)) * 24) AS hours
       FROM "Case" c JOIN OrderItem oi ON oi.Id = c.OrderItemId__c JOIN "User" u ON u.Id = c.OwnerId
      WHERE c.IsClosed = 1 AND c.ClosedDate IS NOT NULL AND oi.Product2Id = ? AND c.CreatedDate >= ? AND c.CreatedDate <= ?
      GROUP BY c.OwnerId ORDER BY hours, c.OwnerId`,
    productId, from, to,
  );
}

/** The agent a direction picks, when it beats the runner-up by the margin. */
function clearWinner(list: AgentAverage[], direction: 'lowest' | 'highest'): AgentAverage | undefined {
  if (list.length < 2) return undefined;
  const ordered = direction === 'lowest' ? list : [...list].reverse();
  const [first, second] = ordered as [AgentAverage, AgentAverage];
  return Math.abs(second.hours - first.hours) >= MARGIN_HOURS ? first : undefined;
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const products = namedRecords(ctx.db, 'Product2');
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const pick = (rng: Rng) => ({ product: rng.pick(products), window: samplePeriod(rng, ctx.today, ['month', 'quarter', 'half']) });
  const agents = uniqueNames(namedRecords(ctx.db, 'User'));
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const [productHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    const { direction } = instance;
    const adjective = direction === 'lowest' ? 'lowest' : 'highest';
    const order = direction === 'lowest' ? 'ASC' : 'DESC';
    return {
      title: `Agent with the ${adjective} average handle time for a product's cases in a period`,
      persona: `${persona}, a service manager reviewing how quickly the team closes product cases.`,
      goal: `Find out which service agent had the ${adjective} average handle time on closed cases about one product, among cases created in the period you are reviewing.`,
      opening: rng.pick([
        `Hi, I'm reviewing our support team. Which agent had the ${adjective} average handle time on cases about a product of ours?`,
        `Hello. I need to know which service agent had the ${adjective} average handle time for one product's cases over a period.`,
        `Quick question for my team review: who had the ${adjective} average handle time on a product's cases?`,
      ]),
      facts: [productFact(instance.product.name, productHeld ?? true), ...periodFacts(instance.window, periodHeld ?? true)],
      audience: 'service-manager',
      sections: [HANDLE_TIME_DEFINITION],
      query:
        "SELECT OwnerId, AVG(HandleTimeHours__c) avgHours FROM Case WHERE IsClosed = true AND OrderItemId__r.Product2.Name = '{{fact.product}}' " +
        'AND CreatedDate >= {{fact.period_start}}T00:00:00Z AND CreatedDate <= {{fact.period_end}}T23:59:59Z ' +
        `GROUP BY OwnerId ORDER BY AVG(HandleTimeHours__c) ${order} LIMIT 1`,
      answer: '{{last.OwnerId}}',
      gold: instance.agent ? recordGold(instance.agent, agents) : 'None',
      match: 'exact',
      none,
      tags: [instance.window.kind],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => {
      const { product, window } = pick(rng);
      const direction = rng.next() < 0.7 ? 'lowest' : 'highest';
      const winner = clearWinner(averages(ctx, product.id, window), direction);
      return winner ? { product, window, direction, agent: { id: winner.id, name: winner.name } } : undefined;
    },
    none: (rng) => {
      const { product, window } = pick(rng);
      return averages(ctx, product.id, window).length === 0 ? { product, window, direction: 'lowest', agent: null } : undefined;
    },
    key: (i) => `${i.product.id}/${i.window.start}/${i.window.end}/${i.direction}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The handle_time template. */
export const handleTimeTemplate: TaskTemplate = { taskType: 'handle_time', skill: 'database_querying', generate };
