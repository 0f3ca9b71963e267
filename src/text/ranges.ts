/**
 * Ranges and alternatives among quantities: "40-60", "between 40 and 60",
 * "7 or 8", "12, maybe 13", "42 if you count X, 39 if not". Their ends are
 * marked `range`, since a reader cannot take either as the answer.
 */
import type { Quantity } from './quantities.js';

const CHANGE_BEFORE =
  /\b(?:rose|fell|increased|decreased|grew|dropped|declined|went|jumped|climbed|changed|moved|reduced|raised|cut|up|down)\b[^.]{0,20}$/i;

/** Two quantities joined by a dash, "to", "through", "or", or "and" after "between", are the ends of a range. */
export function markRanges(t: string, quantities: Quantity[]): void {
  for (let i = 0; i + 1 < quantities.length; i += 1) {
    const a = quantities[i] as Quantity;
    const b = quantities[i + 1] as Quantity;
    if (a.date || b.date) continue;
    const gap = t.slice(a.end, b.start).toLowerCase();
    if (a.kind !== b.kind) continue;
    // "rose from 40 to 60" reports a change, not a range.
    const change = /^\s*to\s*$/.test(gap) && CHANGE_BEFORE.test(t.slice(Math.max(0, a.start - 30), a.start));
    const dash = /^\s*-{1,2}\s*$/.test(gap) || (!change && /^\s*(?:to|through|thru|till|until|or)\s*$/.test(gap));
    // "12, maybe 13", "12 (or 14 if …)", "probably 12, possibly 13": a second guess beside the first.
    const guess = /^\s*(?:\([^)]{0,40}\)\s*)?[,(-]?\s*(?:or\s+)?(?:maybe|possibly|perhaps|probably|potentially|or)\s*$/.test(gap);
    const between = /^\s*and\s*$/.test(gap) && /\bbetween\s+$/i.test(t.slice(Math.max(0, a.start - 10), a.start));
    // "If we include X, 42; otherwise 39", "42 if you count X, 39 if not": conditional alternatives.
    const conditional = gap.length <= 50 && !/[.!?]\s/.test(gap) && /\b(?:otherwise|alternatively|or else|if not|if you|depending)\b/.test(gap);
    if (dash || between || guess || conditional) {
      a.range = true;
      b.range = true;
    }
  }
}
