/**
 * Sample quantiles by linear interpolation between order statistics: numpy's
 * default `method="linear"` (Hyndman and Fan's type 7). Lost in Conversation
 * computes A90 and U90_10 with numpy, so matching its method keeps our figures
 * comparable with theirs. `simple-statistics`' `quantile` uses a different
 * rule (nearest rank, averaging at even splits), so it is not used here.
 */
import { UsersimError } from '../../errors.js';

/**
 * The q-quantile (0 ≤ q ≤ 1) of `values`: with the values sorted as
 * x[0] ≤ … ≤ x[n−1] and h = (n − 1)·q, the result is
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 *
 * @example
 * quantileLinear([0, 0.5, 1, 1], 0.1); // 0.15 (h = 0.3, so 0 + 0.3·0.5)
 */
export function quantileLinear(values: readonly number[], q: number): number {
  if (values.length === 0) throw new UsersimError('E_USAGE', 'quantileLinear: no values');
  if (!(q >= 0 && q <= 1)) throw new UsersimError('E_USAGE', `quantileLinear: q must be in [0, 1], got ${q}`);
  const sorted = [...values].sort((a, b) => a - b);
  return quantileSortedLinear(sorted, q);
}

/** As `quantileLinear`, for values already sorted ascending (no copy, no sort). */
export function quantileSortedLinear(sorted: readonly number[], q: number): number {
  const h = (sorted.length - 1) * q;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  const above = sorted[Math.min(lo + 1, sorted.length - 1)] as number;
  return below + (h - lo) * (above - below);
}
