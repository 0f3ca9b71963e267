/**
 * "Median 90 minutes; average 104 minutes." names two statistics of the same
 * thing side by side, each written straight after its name, and neither as an
 * aside in parentheses: the answer does not say which one the question asked
 * for, so it commits to neither. ("Avg first response: 90 min (median 64 min)"
 * commits to the average; "the median is 38 days, but the average is 44"
 * concludes with a verb, which the number matcher reads on its own.)
 */
import type { Quantity } from '../../text/quantities.js';

/** A statistic's name right before its figure, with at most two words between and no verb: "Median 90", "average wait: 104". */
const STATISTIC_BEFORE = /(?<!\d\s?)\b(median|mean|average|avg|minimum|maximum|min|max|p\d{2})\b((?:\s+(?!is\b|was\b|are\b|were\b|came\b|comes\b)[a-z]+){0,2})\s*[:=]?\s*(?:\*\*)?$/i;

function inParentheses(text: string, at: number): boolean {
  return text.lastIndexOf('(', at) > text.lastIndexOf(')', at - 1);
}

/** The statistics named beside each other (at least two kinds, two values), or `null` when the answer names one. */
export function parallelStatistics(actual: string, candidates: readonly Quantity[]): string[] | null {
  const named = candidates.flatMap((q) => {
    if (inParentheses(actual, q.start)) return [];
    const clause = actual.slice(Math.max(0, q.start - 40), q.start).split(/[.;,(\n]/).pop() ?? '';
    const m = STATISTIC_BEFORE.exec(clause);
    const name = m?.[1]?.toLowerCase().replace(/^avg$/, 'average').replace(/^mean$/, 'average');
    return name === undefined ? [] : [{ name, value: q.value, raw: q.raw }];
  });
  const kinds = new Set(named.map((n) => n.name));
  const values = new Set(named.map((n) => n.value));
  return kinds.size >= 2 && values.size >= 2 ? named.map((n) => `${n.name} ${n.raw}`) : null;
}
