import { describe, expect, it } from 'vitest';
import type { Observation } from '../../src/agents/agent.js';
import { createScriptedAgent, type ScriptedAction } from '../../src/agents/scripted.js';
import { createCounterIds } from '../../src/util/ids.js';

const observation: Observation = { context: '', tools: [], messages: [{ role: 'user', text: 'Hi' }] };
const options = () => ({ signal: new AbortController().signal, nextCallId: createCounterIds('c') });

describe('scripted agent', () => {
  it('plays its actions in order, whatever it observes, taking tool-call ids from nextCallId', async () => {
    const agent = createScriptedAgent([
      { type: 'message', text: 'Order number?' },
      { type: 'tool', name: 'find', args: { q: 1 } },
      { type: 'tool', call: { id: 'ignored', name: 'find' } },
      { type: 'answer', text: '5' },
    ]);
    const opts = options();
    const played = [];
    for (let i = 0; i < 4; i++) played.push(await agent.act(observation, opts));
    expect(agent.name).toBe('scripted');
    expect(played).toEqual([
      { type: 'message', text: 'Order number?' },
      { type: 'tool', call: { id: 'c1', name: 'find', args: { q: 1 } } },
      { type: 'tool', call: { id: 'c2', name: 'find', args: {} } },
      { type: 'answer', text: '5' },
    ]);
  });

  it('throws E_AGENT once its actions run out', async () => {
    const agent = createScriptedAgent([{ type: 'answer', text: 'x' }], { name: 'fixed' });
    await agent.act(observation, options());
    await expect(agent.act(observation, options())).rejects.toMatchObject({ code: 'E_AGENT' });
    expect(agent.name).toBe('fixed');
  });

  it('is unaffected by later changes to the list it was given, and hands out fresh objects', async () => {
    const actions: ScriptedAction[] = [{ type: 'tool', name: 'find', args: { q: 1 } }];
    const agent = createScriptedAgent(actions);
    (actions[0] as { args: Record<string, unknown> }).args.q = 2;
    const action = await agent.act(observation, options());
    expect(action).toEqual({ type: 'tool', call: { id: 'c1', name: 'find', args: { q: 1 } } });
  });
});
