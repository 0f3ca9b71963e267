/**
 * `expect.communicate`: values or phrases the agent must have told the user,
 * in some message or in its answer (τ²-bench's communicate check). τ² lowers
 * case and drops thousands commas; here numbers are read as quantities, so
 * "$1,234.50", "1234.5" and "USD 1.234,50" all communicate 1234.5, and
 * phrases are compared after folding case, width, quotes and diacritics.
 * Tool-call arguments do not count: they are not said to the user.
 */
import type { TranscriptEntry } from '../core/transcript.js';
import { findQuantities } from '../text/quantities.js';
import { comparable } from './matchers/answer-text.js';

/** Whether one required value was communicated, and where. */
export interface CommunicateVerdict {
  value: string | number;
  pass: boolean;
  /** Index of the first transcript entry that communicates it. */
  entry?: number;
  reason: string;
}

/**
 * Checks each value against the agent's messages and answers.
 *
 * @example checkCommunicate(['$1,234.50'], transcript)[0]?.pass
 */
export function checkCommunicate(values: readonly (string | number)[], transcript: readonly TranscriptEntry[]): CommunicateVerdict[] {
  const said = transcript.flatMap((e, i) =>
    e.role === 'agent' && (e.action.type === 'message' || e.action.type === 'answer') ? [{ text: e.action.text, entry: i }] : [],
  );
  return values.map((value) => {
    const number = numericValue(value);
    const phrase = comparable(String(value));
    const hit = said.find(({ text }) =>
      number !== null
        ? findQuantities(text).some((q) => Math.abs(q.value - number) <= 1e-9 * Math.max(1, Math.abs(number)))
        : phrase !== '' && ` ${comparable(text)} `.includes(` ${phrase} `),
    );
    return hit
      ? { value, pass: true, entry: hit.entry, reason: `communicated in transcript entry ${hit.entry}` }
      : { value, pass: false, reason: `no agent message or answer states ${JSON.stringify(value)}` };
  });
}

/** The number a value stands for, when it is one quantity and nothing else ("$1,234.50", 42). */
function numericValue(value: string | number): number | null {
  if (typeof value === 'number') return value;
  const found = findQuantities(value);
  if (found.length !== 1) return null;
  const q = found[0];
  return q && value.replace(q.raw, '').trim() === '' ? q.value : null;
}
