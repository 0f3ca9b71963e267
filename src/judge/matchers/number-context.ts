/**
 * Numbers an answer gives as context around the one it answers with, for
 * the `number` matcher: the whole a narrower part is taken from ("Pipeline
 * is $1.25M but only $830k of it is closed-won"), a policy bound beside the
 * record's own value ("The cap is 15%, and this quote has 18%"), the price
 * of what goes beyond an allowance ("extra bags are $50 each"), and the
 * difference in points between two percents ("27.5 %, i.e. 7.5 points over"), the
 * other numbers when one clause says it is the one the user asked about
 * ("Q4, the quarter you asked about, came in at 52.5 days"). It also reads
 * an answer that gives one statistic and says it did not work out another
 * ("Median is 46 days; I didn't compute the mean"): the number answers
 * something else than was asked.
 */
import type { Quantity } from '../../text/quantities.js';

/** "but only $830,000 of it": the part after the whole, said to be the narrower one. */
const PART_OF = /\bbut\s+only\s+(?:about\s+|around\s+|roughly\s+)?$/i;
const PART_AFTER = /^\s*(?:\p{L}+\s+)?of\s+(?:it|them|that|those|these|this)\b/iu;
/** A bound's label right before its value: "the policy cap is", "limit:", "threshold of". */
const BOUND_LABEL = /\b(?:cap|limit|ceiling|threshold|maximum|max|allowance)\s*(?:is|was|of|at|:)\s*$/i;
/** The record's own value after the bound, in the same sentence: "and this quote has", "but your line used". */
const OWN_VALUE = /\b(?:this|your|the current)\s+\p{L}+\s+(?:has|had|is|was|shows|showed|carries|got|used|came in at|sits at|stands at)(?:\s+\p{L}+ed)?\s*(?:at\s+)?$/iu;
/** A clause that says it holds what was asked: "the quarter you asked about", "the one you asked for". */
const ASKED = /\b(?:you asked (?:about|for)|you(?:'re| are) asking about|in question)\b/i;
/** A statistic the answer says it did not work out: "I didn't compute the mean". */
const NOT_COMPUTED = /\b(?:didn't|did not|haven't|have not|couldn't|could not|can't|cannot|wasn't able to)\s+(?:compute|calculate|work out|get|pull|determine)\s+(?:the\s+)?(mean|average|median|total|sum|maximum|minimum)\b/i;
const STATISTICS = ['mean', 'average', 'median', 'total', 'sum', 'maximum', 'minimum'];

/** A clause about what goes beyond an allowance: "each extra bag is", "the third costs", "additional seats are". */
const BEYOND = /(?:^|[;,.!?\n]|\band\b|\bbut\b)[^;,.!?\n]*\b(?:extra|additional|excess|further|the (?:third|fourth|fifth|3rd|4th|5th|next) (?:one|bag|item|seat|piece)?|beyond (?:that|those|the allowance)|anything (?:above|over|beyond))\b[^;,.!?\n\d]{0,30}$/i;

/** A difference in percentage points: "7.5 points over", "3 pp below", "2 percentage points higher". */
const POINTS_APART = /^\s*(?:percentage\s+|%\s*)?(?:points?|pts?|pp)\b\s*(?:over|above|under|below|higher|lower|more|less|beyond|past|short|ahead|behind)\b/i;

/** What makes a count an allowance: "2 free checked bags", "1 bag included", "two at no charge". */
const ALLOWANCE = /\b(?:free|included|complimentary|at no (?:extra )?(?:charge|cost)|no charge)\b/i;

/**
 * Whether `q` is context beside another of `candidates`: a whole a later part narrows or a sentence opens with ("Of
 * 512 leads, 64 converted"), a bound beside the record's value, or the price of what goes beyond an allowance beside
 * the allowance's count ("2 free checked bags; extra bags are $50 each").
 */
export function contextBeside(actual: string, q: Quantity, candidates: readonly Quantity[]): boolean {
  // "Of 512 leads created in Q1, 64 converted": the whole a sentence opens with is the base its figures are taken from.
  if (/(?:^|[.;!?\n]\s*)of\s+(?:the\s+|all\s+|our\s+|your\s+|those\s+|these\s+)?$/i.test(actual.slice(Math.max(0, q.start - 12), q.start)) && /^(?:[^.;!?\n,\d]|(?<=\p{L})\d){1,60},/u.test(actual.slice(q.end)) && candidates.some((r) => r.start > q.end && !/[.;!?\n]/.test(actual.slice(q.end, r.start)))) return true;
  // "…; this quote's discount is 27.5 %, i.e. 7.5 points over": a difference in points from an earlier percent compares
  // the figures, it is not one of them.
  if (q.kind === 'plain' && POINTS_APART.test(actual.slice(q.end, q.end + 40)) && candidates.some((r) => r.end <= q.start && r.kind === 'percent')) return true;
  const allowance = (r: Quantity): boolean => r.kind === 'plain' && r.end <= q.start && r.unit === undefined && ALLOWANCE.test(actual.slice(r.end, r.end + 40).split(/[;.!?\n]/)[0] ?? '');
  if (q.kind === 'currency' && BEYOND.test(actual.slice(Math.max(0, q.start - 60), q.start)) && candidates.some(allowance)) return true;
  return candidates.some((r) => {
    if (r.start <= q.end || r.kind !== q.kind || /[.!?\n](?:\s|$)/.test(actual.slice(q.end, r.start))) return false;
    const before = actual.slice(Math.max(0, r.start - 40), r.start);
    // A part is less than its whole; "a third of them" is a share of it, not the part's own figure.
    if (PART_OF.test(before) && PART_AFTER.test(actual.slice(r.end, r.end + 30)) && r.value >= 1 && r.value < q.value) return true;
    return BOUND_LABEL.test(actual.slice(Math.max(0, q.start - 30), q.start)) && OWN_VALUE.test(before);
  });
}

/** The candidates in the one clause that says it holds what was asked, or all of them. */
export function askedAbout(actual: string, candidates: readonly Quantity[]): Quantity[] {
  const clauses = actual.split(/(?<=[;.!?\n])\s/);
  let at = 0;
  for (const clause of clauses) {
    const start = actual.indexOf(clause, at);
    at = start + clause.length;
    const asked = ASKED.exec(clause);
    if (asked === null) continue;
    // "week 2, the week you asked about, had 18": the clause's figure follows the remark; a label's number precedes it.
    const after = candidates.filter((q) => q.start >= start + asked.index && q.end <= at);
    const inside = after.length > 0 ? after : candidates.filter((q) => q.start >= start && q.end <= at);
    if (inside.length > 0 && inside.length < candidates.length) return inside;
  }
  return [...candidates];
}

/**
 * The statistic `picked` is labelled with and the other one the answer says it did not work out, or `null`:
 * "Median cycle length is 46 days; I didn't compute the mean" gives the median, not the mean.
 */
export function otherStatistic(actual: string, picked: Quantity): string | null {
  const missing = NOT_COMPUTED.exec(actual)?.[1]?.toLowerCase();
  if (missing === undefined) return null;
  const sentence = actual.slice(0, picked.start).split(/[.;!?\n]\s*/).pop() ?? '';
  const own = STATISTICS.find((s) => new RegExp(`\\b${s}\\b`, 'i').test(sentence));
  const same = (a: string, b: string): boolean => a === b || (['mean', 'average'].includes(a) && ['mean', 'average'].includes(b));
  return own !== undefined && !same(own, missing) ? missing : null;
}
