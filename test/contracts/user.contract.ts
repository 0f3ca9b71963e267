/**
 * The conformance suite every SimulatedUser implementation runs. It plays a
 * fixed series of agent messages against the user, building each view the way
 * the episode machine does, and checks the disclosure rules that make the fact
 * ledger trustworthy:
 * - a disclosed fact's value appears verbatim in the message;
 * - `never` facts are never disclosed, nor their values written;
 * - at most `maxDisclosuresPerTurn` facts are newly disclosed on request a turn,
 *   and unasked disclosures are only volunteer facts that are due;
 * - no invented values: no other fact's value appears unless disclosed before;
 * - an on_request fact the agent asks for by cue gets disclosed;
 * - the same seed gives the same replies.
 *
 * Usage: `userContract('agenda', (seed) => createAgendaUser({ seed }))`.
 */
import { personaText } from '../../src/scenario/persona.js';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { mentionsValue } from '../../src/core/cues.js';
import type { LedgerEntry } from '../../src/simulated-user/ledger.js';
import type { SimulatedUser, UserReply, UserStopReason, UserView } from '../../src/simulated-user/user.js';

/** The scenario the user contract plays: every disclosure rule appears once. */
export const userContractScenario: Scenario = ScenarioSchema.parse({
  id: 'user-contract',
  title: 'User contract',
  world: 'demo',
  persona: 'A customer who is short of time.',
  user: {
    goal: 'I want to know where my parcel is',
    facts: [
      { id: 'order', text: 'my order number', value: 'A-1001', disclose: 'on_request', cues: ['order number', 'order'], needed: true },
      { id: 'email', text: 'my email address', value: 'kim@example.org', disclose: 'on_request', cues: ['email'], needed: true },
      { id: 'zip', text: 'my postcode', value: 'ZX9 4QP', disclose: 'volunteer', cues: ['postcode', 'zip'] },
      { id: 'phone', text: 'my phone number', value: '555-0199', disclose: 'volunteer', volunteer_at: 3, cues: ['phone'] },
      { id: 'ssn', text: 'my social security number', value: '078-05-1120', disclose: 'never', cues: ['social security', 'ssn'] },
    ],
    unknowns: [{ id: 'purchase_date', cues: ['purchase date', 'when did you buy'], text: 'the purchase date' }],
    max_disclosures_per_turn: 1,
  },
  expect: { answer: 'in transit' },
  reference: [{ ask: 'order' }, { answer: 'in transit' }],
});

/** The agent's side of the played conversation: each entry is answered by one user turn. */
export const userContractAgentTurns: readonly { text: string; kind: 'message' | 'answer' }[] = [
  { text: 'Could you give me your order number and your email?', kind: 'message' },
  { text: 'Thanks. And the email address on the account?', kind: 'message' },
  { text: 'For verification, what is your social security number?', kind: 'message' },
  { text: 'What was the purchase date?', kind: 'message' },
  { text: 'Let me look into that for you.', kind: 'message' },
  { text: 'Sorry, could you repeat the order number?', kind: 'message' },
  { text: 'Your parcel is in transit.', kind: 'answer' },
];

const STOP_REASONS: readonly UserStopReason[] = ['goal_met', 'out_of_scope', 'gave_up'];

/** One played conversation: the view each turn was given and the reply to it. */
export interface PlayedTurn {
  view: UserView;
  reply: UserReply;
}

/** Plays the opening and then one user turn per agent turn, recording the ledger as the machine does. */
export async function playUser(user: SimulatedUser, scenario: Scenario = userContractScenario, agentTurns = userContractAgentTurns): Promise<PlayedTurn[]> {
  const signal = new AbortController().signal;
  const conversation: UserView['conversation'][number][] = [];
  const ledger: LedgerEntry[] = [];
  const played: PlayedTurn[] = [];
  for (let turn = 1; turn <= agentTurns.length + 1; turn++) {
    const view: UserView = {
      turn,
      persona: personaText(scenario.persona),
      goal: scenario.user.goal,
      ...(scenario.user.opening === undefined ? {} : { opening: scenario.user.opening }),
      facts: scenario.user.facts,
      unknowns: scenario.user.unknowns,
      maxDisclosuresPerTurn: scenario.user.max_disclosures_per_turn,
      conversation: [...conversation],
      ledger: [...ledger],
    };
    const reply = await user.reply(view, { signal });
    played.push({ view, reply });
    conversation.push({ role: 'user', text: reply.message });
    for (const d of reply.disclosed) {
      if (!ledger.some((e) => e.factId === d.factId)) ledger.push({ turn, factId: d.factId, asked: d.asked, reason: d.asked ? 'asked' : 'volunteered' });
    }
    if (reply.stop) break;
    const agent = agentTurns[turn - 1];
    if (agent) conversation.push({ role: 'agent', ...agent });
  }
  return played;
}

/** Registers the user contract for one implementation. */
export function userContract(name: string, makeUser: (seed: number) => SimulatedUser, scenario: Scenario = userContractScenario): void {
  const facts = scenario.user.facts;
  const byId = new Map(facts.map((f) => [f.id, f]));

  describe(`SimulatedUser contract: ${name}`, () => {
    it('has a name and replies with a message on every turn', async () => {
      const user = makeUser(1);
      expect(user.name).toMatch(/\S/);
      for (const { reply } of await playUser(user, scenario)) {
        expect(reply.message).toMatch(/\S/);
        if (reply.stop !== undefined) expect(STOP_REASONS).toContain(reply.stop);
      }
    });

    it.each([1, 2, 3, 4, 5])('keeps every disclosure rule (seed %i)', async (seed) => {
      for (const { view, reply } of await playUser(makeUser(seed), scenario)) {
        const before = new Set(view.ledger.map((e) => e.factId));
        const fresh = reply.disclosed.filter((d) => !before.has(d.factId));
        for (const d of reply.disclosed) {
          const fact = byId.get(d.factId);
          expect(fact, `turn ${view.turn}: unknown fact id ${d.factId}`).toBeDefined();
          expect(fact?.disclose, `turn ${view.turn}: disclosed never-fact ${d.factId}`).not.toBe('never');
          expect(reply.message.includes(String(fact?.value)), `turn ${view.turn}: value of ${d.factId} missing from "${reply.message}"`).toBe(true);
        }
        expect(fresh.filter((d) => d.asked).length, `turn ${view.turn}: too many disclosures`).toBeLessThanOrEqual(view.maxDisclosuresPerTurn);
        for (const d of fresh.filter((x) => !x.asked)) {
          const fact = byId.get(d.factId);
          expect(fact?.disclose === 'volunteer' && (fact.volunteer_at ?? 1) <= view.turn, `turn ${view.turn}: ${d.factId} volunteered out of rule`).toBe(true);
        }
        const allowed = new Set([...before, ...reply.disclosed.map((d) => d.factId)]);
        for (const fact of facts) {
          if (allowed.has(fact.id)) continue;
          expect(mentionsValue(reply.message, fact.value), `turn ${view.turn}: "${reply.message}" carries undisclosed ${fact.id}`).toBe(false);
        }
      }
    });

    it('discloses asked on_request facts, volunteers due facts, and never the never-facts', async () => {
      const played = await playUser(makeUser(11), scenario);
      const last = played.at(-1) as PlayedTurn;
      const ledger = new Set([...last.view.ledger.map((e) => e.factId), ...last.reply.disclosed.map((d) => d.factId)]);
      for (const fact of facts) {
        if (fact.disclose === 'never') expect(ledger.has(fact.id)).toBe(false);
        if (fact.disclose === 'volunteer' && (fact.volunteer_at ?? 1) <= last.view.turn) expect(ledger.has(fact.id), fact.id).toBe(true);
      }
    });

    it('discloses the on_request facts the agent asks for by cue', async () => {
      // The first two agent turns ask for the order number, then the email address, one a turn.
      const played = await playUser(makeUser(12));
      expect(played[1]?.reply.disclosed).toContainEqual({ factId: 'order', asked: true, why: expect.any(String) });
      expect(played[2]?.reply.disclosed).toContainEqual({ factId: 'email', asked: true, why: expect.any(String) });
    });

    it('is deterministic under the same seed', async () => {
      const a = await playUser(makeUser(42), scenario);
      const b = await playUser(makeUser(42), scenario);
      expect(b.map((t) => t.reply)).toEqual(a.map((t) => t.reply));
    });

    it('rejects when its signal is already aborted', async () => {
      const controller = new AbortController();
      controller.abort(new Error('cancelled'));
      const [first] = await playUser(makeUser(1), scenario, []);
      await expect(makeUser(1).reply((first as PlayedTurn).view, { signal: controller.signal })).rejects.toThrow();
    });
  });
}
