// Builders for judge tests: scenarios through the real schema (so defaults are
// filled exactly as the loader fills them) and transcripts entry by entry.
import { ScenarioSchema } from '../../src/scenario/schema.js';
import type { Scenario, ScenarioInput } from '../../src/scenario/schema.js';
import type { TranscriptEntry } from '../../src/core/transcript.js';

export function makeScenario(overrides: Partial<ScenarioInput> = {}): Scenario {
  return ScenarioSchema.parse({
    id: 'fixture',
    title: 'Fixture scenario',
    world: 'demo',
    user: { goal: 'Find out something.' },
    expect: { answer: '42', match: 'exact' },
    reference: [{ answer: '42' }],
    ...overrides,
  });
}

export const user = (turn: number, text: string, probe?: { id: string; wording: number }): TranscriptEntry =>
  probe ? { role: 'user', turn, text, probe, disclosed: [] } : { role: 'user', turn, text, disclosed: [] };

export const say = (turn: number, text: string): TranscriptEntry => ({ role: 'agent', turn, action: { type: 'message', text } });

export const answer = (turn: number, text: string): TranscriptEntry => ({ role: 'agent', turn, action: { type: 'answer', text } });

export const call = (turn: number, id: string, name: string, args: Record<string, unknown>): TranscriptEntry => ({
  role: 'agent',
  turn,
  action: { type: 'tool', call: { id, name, args } },
});

export const result = (turn: number, callId: string, name: string, value: unknown): TranscriptEntry => ({
  role: 'tool',
  turn,
  callId,
  name,
  outcome: { ok: true, value },
});
