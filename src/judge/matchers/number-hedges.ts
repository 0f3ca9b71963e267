/**
 * Hedges on a number in an answer: bounds, guesses and approximations that
 * keep it from being an exact answer (see the `number` matcher).
 */
import type { Quantity } from '../../text/quantities.js';

/**
 * Bounds say the value lies beyond the number ("nearly 100", "at least 250",
 * "250+") and guesses that it may not be it ("probably 12"), so they never
 * state it. Approximations ("about 250", "~250",
 * "250 or so") do not state a count either; on a number with decimals or a
 * percent they mark the rounding of a stated value ("about 21.4%") and pass.
 */
export const BOUND_BEFORE = /\b(?:(?:i think|i believe|i guess|i'?m fairly sure|if i recall(?: correctly)?,?|my guess is)(?: (?:it'?s|it is|that'?s|that is|there (?:are|were)|we have|you have))?|probably|possibly|maybe|perhaps|potentially|might be|could be|(?:i'?d |i would |we'?d )?(?:estimate|guess)(?: it at| at| it'?s| that)?|i'?d say|nearly|almost|just (?:over|under|shy of|below|above)|(?:well|slightly|a (?:little|bit)) (?:over|under|below|above)|over|under|above|below|more than|less than|fewer than|at least|at most|no more than|no fewer than|no less than|up to|upwards of|north of|south of|shy of|close to|approaching|not quite|in excess of)\s*(?:\*\*)?\s*$/i;
const BOUND_AFTER = /^(?:\s*\*\*)?\s*(?:\+(?![\d])|\?|,?\s*(?:give or take|i think|i believe|i guess|probably|maybe|perhaps)\b|or (?:more|less|fewer|so|above|below|higher|lower)\b|plus\b|and (?:up|above|counting)\b|-?ish\b)/i;
export const APPROXIMATE_BEFORE = /(?:\b(?:about|approximately|approx\.?|around|roughly|circa|ca\.|some|an estimated|estimated|in the region of|in the ballpark of|ballpark|give or take)|(?<!~)~(?!~)|≈|\bsomewhere (?:around|near))\s*(?:\*\*)?\s*$/i;

/** The hedge on a quantity that keeps it from being an exact answer, or `null`. */
export function hedgeOn(actual: string, q: Quantity): string | null {
  const lead = actual.slice(Math.max(0, q.start - 30), q.start);
  const tail = actual.slice(q.end, q.end + 20);
  const bound = BOUND_BEFORE.exec(lead)?.[0] ?? BOUND_AFTER.exec(tail)?.[0];
  if (bound !== undefined) return bound.replace(/\*\*/g, '').trim();
  const approximate = APPROXIMATE_BEFORE.exec(lead)?.[0];
  const rounded = q.kind === 'percent' || !Number.isInteger(q.value) || roundsStated(actual, q);
  return approximate !== undefined && !rounded ? approximate.trim() : null;
}

/**
 * "≈38 min (37.6 before rounding)", "~38 (rounded from 37.6)": a parenthesis right after the number that gives the
 * value it rounds says the approximation is a rounding, as for a decimal.
 */
function roundsStated(actual: string, q: Quantity): boolean {
  const note = /^\s*(?:\p{L}+\.?\s*)?\(([^)]{1,60})\)/u.exec(actual.slice(q.end, q.end + 80))?.[1] ?? '';
  return /\bround/i.test(note) && [...note.matchAll(/\d+(?:\.\d+)?/g)].some((m) => Math.round(Number(m[0])) === q.value && m[0].includes('.'));
}
