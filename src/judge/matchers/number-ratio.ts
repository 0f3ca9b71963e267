/**
 * A count of a total as a rate ("3 out of 12", "1 in 4", "23 of 66 deals"),
 * for the `number` matcher: a reader works the rate out when the question
 * asks for one, and compares it at the gold's precision.
 */
import type { Quantity } from '../../text/quantities.js';

/** "3 out of 12", "1 in 4": the rate a count of a total states, when `q` is the count. */
export function ratioAt(actual: string, all: readonly Quantity[], q: Quantity): { value: number; raw: string } | null {
  const total = all.find((t) => t.start >= q.end && /^\s*(?:[a-z]{1,5}\s+)?(?:out of|in|of)\s+(?:the\s+|all\s+|your\s+|my\s+|our\s+|their\s+|its\s+|these\s+|those\s+)?$/i.test(actual.slice(q.end, t.start)));
  if (!total || total.value <= 0 || q.kind !== 'plain' || total.kind !== 'plain' || q.value > total.value) return null;
  return { value: q.value / total.value, raw: actual.slice(q.start, total.end) };
}

/** Equal within `slack`, or equal once rounded to the gold's decimals (1/3 is 0.333). */
export function sameRounded(value: number, gold: number, slack: number): boolean {
  const decimals = (String(gold).split('.')[1] ?? '').length;
  return Math.abs(value - gold) <= slack || Number(value.toFixed(decimals)) === gold;
}
