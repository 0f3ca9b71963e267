/**
 * A count said as a frequency word: "was transferred twice", "escalated
 * once". The word is the answer when it follows the verb it counts and every
 * number the answer writes is an aside in parentheses ("the case (opened by 3
 * agents' queue) was transferred twice"); "twice as long", "once a week" and
 * "at once" count nothing.
 */
import type { Quantity } from '../../text/quantities.js';

const FREQUENCY = /\b\p{L}+(?:ed|en)\s+(?:only\s+|just\s+|exactly\s+)?(once|twice|thrice)\b(?!\s+(?:as|a|an|per|more|over|the|that|again|before|it|you|we|i)\b)/iu;
const VALUES: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** The count a frequency word after its verb gives, when every candidate is in parentheses; `null` otherwise. */
export function frequencyCount(actual: string, candidates: readonly Quantity[]): { value: number; raw: string } | null {
  const m = FREQUENCY.exec(actual);
  const word = m?.[1]?.toLowerCase();
  if (m === null || word === undefined) return null;
  const aside = (q: Quantity): boolean => /\([^()]*$/.test(actual.slice(0, q.start)) && /^[^()]*\)/.test(actual.slice(q.end));
  return candidates.every(aside) ? { value: VALUES[word] ?? 0, raw: m[0] } : null;
}
