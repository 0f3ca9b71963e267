/**
 * "Discount: 0.15" for a gold of 15: a bare fraction reads as a percent only
 * when the gold is measured (a tolerance) or not whole, since "0.42" does not
 * answer a count of 42. A rate's own name right before the fraction says it is
 * a rate, so it reads as its percent whatever the gold.
 */
import type { Quantity } from '../../text/quantities.js';

const RATE_BEFORE = /\b(?:discount|rate|share|percentage|proportion|ratio|margin|conversion|utili[sz]ation|churn|markup)\s*(?:is|was|of|=|:)?\s*(?:\*\*)?\s*$/i;

/** Whether a rate's name stands right before `q` ("Discount: 0.15", "win rate of 0.32"). */
export function underRateName(actual: string, q: Quantity): boolean {
  return RATE_BEFORE.test(actual.slice(Math.max(0, q.start - 30), q.start));
}
