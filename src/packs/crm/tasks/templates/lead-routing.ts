/**
 * lead_routing: a sales manager asks the agent to route an open lead under the
 * company's lead routing policy and to say who got it. The policy (the org's
 * own, restated in the agent context with its window as a date) sends a lead
 * to a sales representative of the territory covering the lead's state and,
 * when several reps cover it, to the one with the highest lead conversion
 * rate on leads created in the last six months. The user holds the lead Id.
 * The gold is computed here from Territory2, UserTerritory2Association and
 * the reps' leads; instances whose top two rates are within half a percentage
 * point are skipped.
 *
 * How the reference reaches it: it reads the lead's state and the reps of the
 * covering territory. With one rep, it assigns the lead to that rep straight
 * from the result. With several, it fetches each rep's lead and conversion
 * counts (SOQL has no ratio) and assigns the lead to the rep with the best
 * rate, the one judgement the reference states in the write. Either way it
 * reads the lead back, answering with its OwnerId; a state assertion checks
 * the stored owner. Routing always has an answer, so there are no "None"
 * cases.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { lookbackStart } from './lookback-start.js';
import { buildTaskScenario, soql, type ToolStep } from './task-scenario.js';

/** Smallest gap between the best rep's conversion rate and the runner-up's. */
const MARGIN_RATE = 0.005;

interface RepRate {
  id: string;
  name: string;
  rate: number;
}

interface Instance {
  leadId: string;
  state: string;
  reps: RepRate[];
  winner: RepRate;
  currentOwner: string;
}

function repsCovering(ctx: TaskContext, state: string, since: string): RepRate[] {
  return rows<{ id: string; name: string; total: number; converted: number }>(
    ctx.db,
    `SELECT u.Id AS id, u.Name AS name,
            (SELECT COUNT(*) FROM Lead l WHERE l.OwnerId = u.Id AND l.CreatedDate >= ?) AS total,
            (SELECT COUNT(*) FROM Lead l WHERE l.OwnerId = u.Id AND l.CreatedDate >= ? AND l.IsConverted = 1) AS converted
       FROM Territory2 t JOIN UserTerritory2Association a ON a.Territory2Id = t.Id JOIN "User" u ON u.Id = a.UserId
      WHERE a.RoleInTerritory2 = 'Sales Representative' AND (',' || t.Description || ',') LIKE ?
      GROUP BY u.Id ORDER BY u.Id`,
    `${since}T00:00:00Z`,
    `${since}T00:00:00Z`,
    `%,${state},%`,
  ).map((r) => ({ id: r.id, name: r.name, rate: r.total > 0 ? r.converted / r.total : 0 }));
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const { lookbackMonths } = ctx.policies.leadRouting;
  const since = lookbackStart(ctx.today, lookbackMonths);
  const leads = rows<{ id: string; state: string; owner: string }>(
    ctx.db,
    "SELECT Id AS id, State AS state, OwnerId AS owner FROM Lead WHERE IsConverted = 0 AND Status IN ('New', 'Contacted') AND State IS NOT NULL ORDER BY Id",
  );
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (leads.length === 0) return undefined;
      const lead = rng.pick(leads);
      const reps = repsCovering(ctx, lead.state, since);
      const [first, second] = [...reps].sort((a, b) => b.rate - a.rate);
      if (!first || (second && first.rate - second.rate < MARGIN_RATE)) return undefined;
      // Prefer leads the routing actually moves, so the write is visible in the state.
      if (first.id === lead.owner && rng.next() < 0.7) return undefined;
      return { leadId: lead.id, state: lead.state, reps, winner: first, currentOwner: lead.owner };
    },
    key: (i) => i.leadId,
  });
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const unique = uniqueNames(namedRecords(ctx.db, 'User'));
  const section =
    "Lead routing policy: assign a lead to a sales representative of the territory that covers the lead's State " +
    "(Territory2.Description lists the states a territory covers; its reps are the UserTerritory2Association rows with " +
    `RoleInTerritory2 'Sales Representative'). When several reps cover it, choose the one with the highest lead conversion rate ` +
    `(converted leads divided by all leads they own) among leads created on or after ${since} (the last ${lookbackMonths} ` +
    'months); break a tie by the fewest open leads. Assign the lead with assign_lead_owner and reply with the User Id of its new owner.';
  return planned.map(({ instance }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const reps = soql(
      "SELECT UserId, User.Name FROM UserTerritory2Association WHERE RoleInTerritory2 = 'Sales Representative' " +
        "AND Territory2.Description LIKE '%{{last.State}}%'",
    );
    const teamOf = `SELECT UserId FROM UserTerritory2Association WHERE RoleInTerritory2 = 'Sales Representative' AND Territory2.Description LIKE '%${instance.state}%'`;
    const steps: ToolStep[] =
      instance.reps.length === 1
        ? [
            soql("SELECT State FROM Lead WHERE Id = '{{fact.lead_id}}'"),
            reps,
            { tool: 'assign_lead_owner', args: { lead_id: '{{fact.lead_id}}', owner_id: '{{last.UserId}}' } },
          ]
        : [
            soql("SELECT State FROM Lead WHERE Id = '{{fact.lead_id}}'"),
            reps,
            soql(`SELECT OwnerId, COUNT(Id) leads FROM Lead WHERE CreatedDate >= ${since}T00:00:00Z AND OwnerId IN (${teamOf}) GROUP BY OwnerId`),
            soql(`SELECT OwnerId, COUNT(Id) converted FROM Lead WHERE CreatedDate >= ${since}T00:00:00Z AND IsConverted = true AND OwnerId IN (${teamOf}) GROUP BY OwnerId`),
            { tool: 'assign_lead_owner', args: { lead_id: '{{fact.lead_id}}', owner_id: instance.winner.id } },
          ];
    return buildTaskScenario(ctx, leadRoutingTemplate, index, {
      title: 'Route an open lead to the right sales rep of its territory',
      persona: `${persona}, a sales manager distributing new leads.`,
      goal: 'Have one open lead routed to the right sales rep under the lead routing policy, and learn who got it.',
      opening: rng.pick([
        'Hi, could you route one of our open leads to the right rep under the routing policy?',
        'Hello. A lead needs to go to the right sales rep per our routing policy. Can you assign it and tell me who gets it?',
      ]),
      facts: [{ id: 'lead_id', text: 'the lead Id', value: instance.leadId, cues: ['lead id', 'which lead', 'lead'], withheld: true }],
      audience: 'sales-manager',
      sections: [section],
      steps: [...steps, soql("SELECT OwnerId FROM Lead WHERE Id = '{{fact.lead_id}}'")],
      answer: '{{last.OwnerId}}',
      gold: recordGold({ id: instance.winner.id, name: instance.winner.name }, unique),
      match: 'exact',
      state: [
        {
          description: `The lead is owned by ${instance.winner.name}.`,
          query: `SELECT OwnerId FROM Lead WHERE Id = '${instance.leadId}'`,
          equals: [[instance.winner.id]],
        },
      ],
      none: false,
      tags: [instance.reps.length === 1 ? 'single-rep' : 'by-conversion-rate', ...(instance.currentOwner === instance.winner.id ? ['already-owned'] : [])],
    });
  });
}

/** The lead_routing template. */
export const leadRoutingTemplate: TaskTemplate = { taskType: 'lead_routing', skill: 'workflow_execution', generate };
