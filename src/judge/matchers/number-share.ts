/**
 * "Your refund will be 50% of $825.00": an answer may state an amount as a
 * share of another and leave the product unwritten. A careful reader works it
 * out (412.50), so the product answers a gold of that amount; the percent and
 * the whole are still read as themselves.
 */
import type { Quantity } from '../../text/quantities.js';

/** The amount "P% of X" states, when `picked` is the percent and X follows it; `null` otherwise. */
export function shareOf(actual: string, candidates: readonly Quantity[], picked: Quantity): { value: number; raw: string } | null {
  if (picked.kind !== 'percent') return null;
  const whole = candidates.find((q) => q.start >= picked.end && /^\s+of\s+(?:the\s+|your\s+|its\s+|their\s+)?$/i.test(actual.slice(picked.end, q.start)));
  if (whole === undefined || whole.kind === 'percent') return null;
  return { value: Math.round(((picked.value / 100) * whole.value) * 1e6) / 1e6, raw: actual.slice(picked.start, whole.end) };
}
