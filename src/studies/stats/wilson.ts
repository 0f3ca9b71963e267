/**
 * The Wilson score interval for a binomial proportion: unlike the textbook
 * p ± z·√(p(1−p)/n) it stays inside [0, 1] and does not collapse to a point
 * when k = 0 or k = n, which is exactly when rates such as leakage are
 * interesting. It treats trials as independent, so for episodes clustered by
 * task prefer the cluster bootstrap.
 */
import { UsersimError } from '../../errors.js';
import { normalQuantile } from './normal.js';

/** A proportion with its confidence interval. */
export interface RateInterval {
  /** k / n. */
  estimate: number;
  lower: number;
  upper: number;
  level: number;
}

/**
 * The Wilson interval for k successes in n trials:
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) / (1 + z²/n).
 *
 * @example
 * wilsonInterval(8, 10); // { estimate: 0.8, lower: 0.4902, upper: 0.9433, level: 0.95 }
 */
export function wilsonInterval(k: number, n: number, level = 0.95): RateInterval {
  if (!Number.isInteger(n) || n < 1 || !Number.isInteger(k) || k < 0 || k > n) {
    throw new UsersimError('E_USAGE', `wilsonInterval: need integers 0 ≤ k ≤ n, n ≥ 1; got k=${k} n=${n}`);
  }
  if (!(level > 0 && level < 1)) throw new UsersimError('E_USAGE', `wilsonInterval: level must be in (0, 1), got ${level}`);
  const z = normalQuantile(1 - (1 - level) / 2);
  const z2 = z * z;
  const p = k / n;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // Clamp away rounding noise at the ends (k = 0 gives a lower bound of exactly 0).
  return { estimate: p, lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), level };
}
