/**
 * Seeded sampling helpers for the generator: skewed multipliers, normal noise
 * and weighted picks, all drawing from an `Rng` so a seed fixes every value.
 */
import type { Rng } from '../../../util/rng.js';

/** A log-normal multiplier with median 1 (Box–Muller from the seeded stream). */
export function logNormal(rng: Rng, sigma: number): number {
  return Math.exp(sigma * gaussian(rng));
}

/** A standard normal sample. */
export function gaussian(rng: Rng): number {
  const u = Math.max(rng.next(), 1e-12);
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Picks an index with probability proportional to `weights`. */
export function weightedIndex(rng: Rng, weights: readonly number[]): number {
  let total = 0;
  for (const w of weights) total += w;
  let r = rng.next() * total;
  for (let i = 0; i < weights.length; i++) {
    r -= weights[i] ?? 0;
    if (r < 0) return i;
  }
  return weights.length - 1;
}

/** Cumulative sums, for repeated weighted picks by binary search. */
export function cumulative(weights: readonly number[]): number[] {
  const out: number[] = [];
  let total = 0;
  for (const w of weights) out.push((total += w));
  return out;
}

/** A weighted pick over the first `limit` entries of a cumulative array (all when omitted). */
export function pickCumulative(rng: Rng, cum: readonly number[], limit = cum.length): number {
  if (limit <= 0) return -1;
  const total = cum[limit - 1] ?? 0;
  const r = rng.next() * total;
  let lo = 0;
  let hi = limit - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((cum[mid] ?? 0) > r) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Rounds to cents. */
export function cents(n: number): number {
  return Math.round(n * 100) / 100;
}
