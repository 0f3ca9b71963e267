import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/registry/registry.js';
import type { Agent } from '../../src/agents/agent.js';
import { createScriptedAgent, type ScriptedAction } from '../../src/agents/scripted.js';
import { checkActions } from '../../src/judge/actions.js';
import { checkCommunicate } from '../../src/judge/communicate.js';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import type { TranscriptEntry } from '../../src/core/transcript.js';
import { runEpisode } from '../../src/runner/run-episode.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarios } from '../../src/scenario/load.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import { createManualClock } from '../../src/util/clock.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';

const builtins = createRegistry();

const call = (turn: number, name: string, args: Record<string, unknown>): TranscriptEntry => ({ role: 'agent', turn, action: { type: 'tool', call: { id: `c${turn}`, name, args } } });
const say = (turn: number, text: string, type: 'message' | 'answer' = 'message'): TranscriptEntry => ({ role: 'agent', turn, action: { type, text } });

describe('expect.communicate', () => {
  const transcript = [say(1, 'The refund is $1,234.50, going back to your Gift Card.'), call(2, 'refund', { amount: 99 })];
  it('finds numbers by value and phrases ignoring case and format', () => {
    const verdicts = checkCommunicate(['1234.5', 'gift card', 1234.5, 'USD 1,234.50'], transcript);
    expect(verdicts.map((v) => v.pass)).toEqual([true, true, true, true]);
    expect(verdicts[0]?.entry).toBe(0);
  });
  it('does not count tool arguments or absent values', () => {
    expect(checkCommunicate([99, 'store credit', '1234'], transcript).map((v) => v.pass)).toEqual([false, false, false]);
  });
});

describe('expect.actions', () => {
  const transcript = [call(1, 'find_user_id_by_email', { email: 'A@x.com' }), call(2, 'exchange_items', { order_id: '#W1', qty: '2' }), call(3, 'get_order', { order_id: '#W1' })];
  const writes = ['exchange_items', 'cancel_order'];
  it('passes required calls with an argument subset, compared format-tolerantly', () => {
    const [a, b, c] = checkActions({ required: [{ tool: 'exchange_items', args: { qty: 2 } }, { tool: 'find_user_id_by_email', args: { email: ' a@x.com' } }, 'get_*'], forbidden: [], order: [] }, transcript, writes);
    expect([a?.pass, b?.pass, c?.pass]).toEqual([true, true, true]);
  });
  it('fails a required call whose arguments differ, and a forbidden call that happened', () => {
    const verdicts = checkActions({ required: [{ tool: 'exchange_items', args: { order_id: '#W2' } }], forbidden: [{ writes: true }, 'cancel_*'], order: [] }, transcript, writes);
    expect(verdicts.map((v) => [v.kind, v.pass])).toEqual([['required', false], ['forbidden', false], ['forbidden', true]]);
    expect(verdicts[1]?.reason).toContain('exchange_items');
  });
  it('checks that every matching call follows a call of the first kind', () => {
    const rule = { first: 'find_user_id_by_email', then: { writes: true } };
    expect(checkActions({ required: [], forbidden: [], order: [rule] }, transcript, writes)[0]?.pass).toBe(true);
    const early = [transcript[1] as TranscriptEntry, transcript[0] as TranscriptEntry];
    expect(checkActions({ required: [], forbidden: [], order: [rule] }, early, writes)[0]).toMatchObject({ pass: false });
  });
});

describe('the τ²-bench retail example', () => {
  const worlds = worldEnvironments();
  const [loaded] = loadScenarios(['examples/tau2-retail/exchange-keyboard-thermostat.yaml'], { toolsFor: worlds.toolsFor });
  const scenario = loaded!.scenario;
  const play = async (agent: Agent) => {
    const environment = worlds.environmentFor(scenario);
    try {
      const { output } = await runEpisode({
        scenario,
        seed: 1,
        clock: createManualClock(),
        createId: createCounterIds(),
        agent,
        user: createAgendaUser({ seed: 1 }),
        environment,
        judge: createDeterministicJudge(),
        referenceEnvironment: () => worlds.environmentFor(scenario),
      });
      return output;
    } finally {
      environment.close();
    }
  };

  it('gives the reference agent full marks on both requests and every conversation assertion', async () => {
    const output = await play(builtins.agent('reference').create({ scenario, seed: 1, rng: createRng(1), meter: createUsageMeter() }));
    const scores = output.scores!;
    expect(output.termination.reason).toBe('agent_answered');
    expect(scores.success).toBe(true);
    expect(scores.goals?.map((g) => [g.id, g.pass])).toEqual([['exchange', true], ['other-order', true]]);
    expect(scores.stateReference).toMatchObject({ pass: true, differences: [] });
    expect(scores.stateReference?.tables).toContain('exchanges');
    expect(scores.communicate?.every((c) => c.pass)).toBe(true);
    expect(scores.actions?.every((a) => a.pass)).toBe(true);
    expect(scores.rubricItems).toEqual([{ id: 'confirms-before-writing', counts: false, judged: false, pass: false }]);
    // The second request opens only after the first answer.
    const opened = output.transcript.flatMap((e, i) => (e.role === 'user' && e.goal ? [[e.goal, i]] : []));
    const answered = output.transcript.flatMap((e, i) => (e.role === 'agent' && e.goal ? [[e.goal, i]] : []));
    expect(opened.map(([g]) => g)).toEqual(['exchange', 'other-order']);
    expect(answered.map(([g]) => g)).toEqual(['exchange', 'other-order']);
    expect(opened[1]![1]).toBeGreaterThan(answered[0]![1] as number);
  });

  it('fails an agent that writes before authenticating, exchanges one item only, transfers and gets both answers wrong', async () => {
    const actions: ScriptedAction[] = [
      { type: 'tool', name: 'exchange_delivered_order_items', args: { order_id: '#W2378156', item_ids: ['1151293680'], new_item_ids: ['7706410293'], payment_method_id: 'credit_card_9513926' } },
      { type: 'tool', name: 'transfer_to_human_agents', args: { summary: 'wants an exchange' } },
      { type: 'answer', text: 'All done, the keyboard is exchanged.' },
      { type: 'answer', text: 'It is pending.' },
    ];
    const scores = (await play(createScriptedAgent(actions))).scores!;
    expect(scores.success).toBe(false);
    expect(scores.goals?.map((g) => [g.id, g.pass])).toEqual([['exchange', false], ['other-order', false]]);
    expect(scores.stateReference?.pass).toBe(false);
    expect(scores.stateReference?.differences.map((d) => d.table)).toEqual(['exchanges']);
    expect(scores.communicate?.map((c) => c.pass)).toEqual([false, false, false]);
    expect(scores.actions?.map((a) => [a.kind, a.pass])).toEqual([['required', false], ['forbidden', false], ['order', false]]);
  });
});
