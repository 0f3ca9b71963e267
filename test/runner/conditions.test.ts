/**
 * The conditions derive sound openings from a scenario: `full` states each
 * needed fact once in prose, `concat` as a bullet list, neither repeats a
 * value the opening already has nor gives a `never` fact, and the agenda
 * user speaks the opening as is while declaring those facts disclosed.
 */
import { describe, expect, it } from 'vitest';
import { applyCondition, conditionFacts } from '../../src/runner/conditions.js';
import { ScenarioSchema, type Scenario } from '../../src/scenario/schema.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import type { UserView } from '../../src/simulated-user/user.js';

function scenario(opening: string | undefined): Scenario {
  return ScenarioSchema.parse({
    id: 's',
    title: 'S',
    world: 'demo',
    user: {
      goal: 'Cancel your blender order',
      ...(opening === undefined ? {} : { opening }),
      facts: [
        { id: 'order', text: 'my order number', value: 5027, disclose: 'on_request', cues: ['order number'], needed: true },
        { id: 'email', text: 'the email address on my account', value: 'ben@example.com', disclose: 'on_request', cues: ['email'], needed: true },
        { id: 'card', text: 'my card number', value: '4111', disclose: 'never', needed: true },
        { id: 'colour', text: 'the colour', value: 'red', disclose: 'on_request', cues: ['colour'] },
      ],
    },
    expect: { answer: 'cancelled' },
    reference: [{ answer: 'cancelled' }],
  });
}

function firstView(s: Scenario): UserView {
  return {
    turn: 1,
    persona: '',
    goal: s.user.goal,
    ...(s.user.opening === undefined ? {} : { opening: s.user.opening }),
    facts: s.user.facts,
    unknowns: [],
    maxDisclosuresPerTurn: 1,
    conversation: [],
    ledger: [],
  };
}

const count = (text: string, needle: string) => text.split(needle).length - 1;

describe('applyCondition', () => {
  it('leaves sharded as written', () => {
    const s = scenario('Hi, I need to cancel an order.');
    expect(applyCondition(s, 'sharded')).toBe(s);
    expect(conditionFacts(s, 'sharded')).toEqual([]);
  });

  it('full states each needed, disclosable fact once in prose; concat as a bullet list', () => {
    const s = scenario('Hi, I need to cancel an order.');
    expect(applyCondition(s, 'full').user.opening).toBe('Hi, I need to cancel an order. My order number is 5027. The email address on my account is ben@example.com.');
    expect(applyCondition(s, 'concat').user.opening).toBe('Hi, I need to cancel an order.\n\n- My order number: 5027\n- The email address on my account: ben@example.com');
    expect(conditionFacts(s, 'full')).toEqual(['order', 'email']);
    const facts = applyCondition(s, 'full').user.facts;
    expect(facts.map((f) => [f.id, f.disclose, f.volunteer_at])).toEqual([
      ['order', 'volunteer', 1],
      ['email', 'volunteer', 1],
      ['card', 'never', undefined],
      ['colour', 'on_request', undefined],
    ]);
  });

  it('does not repeat a value the opening already states, and builds an opening from the goal when there is none', () => {
    const s = scenario('Hi, this is about order 5027');
    expect(applyCondition(s, 'full').user.opening).toBe('Hi, this is about order 5027. The email address on my account is ben@example.com.');
    expect(conditionFacts(s, 'concat')).toEqual(['email']);
    expect(applyCondition(scenario(undefined), 'full').user.opening).toMatch(/^Cancel your blender order\. My order number is 5027\./);
    const told = scenario('Order 5027, email ben@example.com.');
    expect(applyCondition(told, 'concat').user.opening).toBe('Order 5027, email ben@example.com.');
  });

  it('the agenda user speaks the opening as is and declares those facts disclosed at turn 1', async () => {
    for (const condition of ['full', 'concat'] as const) {
      const s = applyCondition(scenario('Hi, I need to cancel an order.'), condition);
      const reply = await createAgendaUser({ seed: 3 }).reply(firstView(s), { signal: new AbortController().signal });
      expect(reply.message).toBe(s.user.opening);
      expect(reply.disclosed).toEqual([
        { factId: 'order', asked: false },
        { factId: 'email', asked: false },
      ]);
      expect(count(reply.message, '5027')).toBe(1);
      expect(count(reply.message, 'ben@example.com')).toBe(1);
      expect(reply.message).not.toContain('4111');
    }
  });
});
