/**
 * "Discount: 0.15" for a gold of 15: a bare fraction reads as a percent only
 * when the gold is measured (a tolerance) or not whole, since "0.42" does not
 * answer a count of 42. A rate's own name right before the fraction says it is
 * a rate, so it reads as its percent whatever the gold.
 */
import type { Quantity } from '../../text/quantities.js';

const RATE_BEFORE = /(?:\b|_)(?:discount|rate|share|percentage|proportion|ratio|margin|conversion|utili[sz]ation|churn|markup)["']?\s*(?:is|was|of|=|:)?\s*(?:\*\*)?\s*$/i;

/** Whether a rate's name stands right before `q` ("Discount: 0.15", "win rate of 0.32"). */
export function underRateName(actual: string, q: Quantity): boolean {
  return RATE_BEFORE.test(actual.slice(Math.max(0, q.start - 30), q.start));
}

/**
 * A JSON answer of one numeric field, written as its key and value ("{"win_rate": 35}" → "win_rate: 35"), so that
 * the key can say what the number is; `null` for any other answer. Reading it as prose would keep only the value.
 *
 * @example numberField('{"win_rate": 35}') // 'win_rate: 35'
 */
export function numberField(answer: string): string | null {
  const m = /^\s*\{\s*"([^"\n]{1,40})"\s*:\s*(-?\d+(?:\.\d+)?)\s*\}\s*$/.exec(answer);
  return m === null ? null : `${m[1] ?? ''}: ${m[2] ?? ''}`;
}
