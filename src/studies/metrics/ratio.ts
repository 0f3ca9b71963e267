/**
 * The shape every metric reports: the counts behind a rate, so that a report
 * can print "12/40 (30 %)", pool across groups, or attach an interval. A rate
 * over nothing is `null`, never NaN, so results stay valid JSON.
 */

/** numerator / denominator, with both counts kept. */
export interface Ratio {
  numerator: number;
  denominator: number;
  /** numerator / denominator, or null when the denominator is 0. */
  value: number | null;
}

/** Builds a `Ratio`. */
export function ratio(numerator: number, denominator: number): Ratio {
  return { numerator, denominator, value: denominator === 0 ? null : numerator / denominator };
}
