/**
 * A value the answer gives as asked for or put forward, then sets against the
 * one that came about: "The rep requested 15%, but only 10% was approved", "The
 * vendor quoted $500; after some back and forth we settled on $450", "You asked
 * to move 3 bags, but only 2 could be transferred". The first is what someone
 * wanted; the answer settles on the second, and a careful reader takes that
 * one as its figure. (A target set against the actual figure is the same
 * reading, kept in number-superseded.ts.) When the question asked for the
 * requested value, this reads the answer as giving another one: a wrong fail,
 * which is the safe side of an ambiguous reading.
 */
import type { Quantity } from '../../text/quantities.js';

/** Words that put a value forward without it coming about, then up to four words before the value. */
const PUT_FORWARD = /\b(?:request(?:ed|s|ing)|asked(?:\s+for|\s+to\s+\p{L}+)?|asking\s+for|wanted|proposed|suggested|quoted|pitched|sought|hoped\s+for|initially\s+(?:offered|asked)|originally\s+(?:offered|asked))\b(?:\s+[\p{L}'’-]+){0,4}?\s*(?:was|is|of|at|for|:)?\s*(?:a|an|the)?\s*[$€£]?$/iu;

/** Between the two values: a turn or a settlement ("but", "only", "settled on", "was approved"). */
const SETTLES = /\b(?:but|however|though|although|yet|instead|only|whereas|while|in the end|eventually|ultimately|finally|settled|agreed|ended up|landed|came in at|approved|granted|signed|accepted)\b/i;

/** The clause before a position: from the last sentence or clause break. */
function clauseBefore(actual: string, at: number): string {
  return actual.slice(Math.max(0, at - 80), at).split(/[.;!?\n](?:\s|$)|;|,\s*(?:but|however|though|although|yet)\b/).pop() ?? '';
}

/**
 * Whether `q` is a value the answer gives as requested, asked for, proposed
 * or quoted, and a later value of the same kind and unit, after a turn or a
 * settlement within the next sentence, is the one that came about.
 *
 * @example putForwardThenSettled('The rep requested 15%, but only 10% was approved.', q15, [q15, q10]) // true
 */
export function putForwardThenSettled(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  if (!PUT_FORWARD.test(clauseBefore(actual, q.start))) return false;
  return candidates.some((r) => {
    if (r.start <= q.end || r.start - q.end > 120 || r.value === q.value || r.kind !== q.kind || r.unit !== q.unit) return false;
    const between = actual.slice(q.end, r.start);
    // The same sentence or the next one, and the later value is not itself put forward ("…, and later asked for 20%").
    return (between.match(/[.!?](?:\s|$)/g) ?? []).length <= 1 && SETTLES.test(between) && !PUT_FORWARD.test(clauseBefore(actual, r.start));
  });
}
