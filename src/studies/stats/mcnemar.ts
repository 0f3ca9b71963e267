/**
 * McNemar's test for paired binary outcomes, e.g. whether the same episode
 * (scenario, condition, seed) succeeds under two agent variants. Only the
 * discordant pairs carry information: b pairs where the first variant
 * succeeded and the second failed, c pairs the other way round. With few
 * discordant pairs the exact binomial test is used (the χ² approximation is
 * poor there); otherwise χ² with Edwards' continuity correction.
 */
import { UsersimError } from '../../errors.js';
import { chiSquare1Sf } from './normal.js';

/** The outcome of a McNemar test. */
export interface McNemarResult {
  /** Pairs where the first outcome is true and the second false. */
  b: number;
  /** Pairs where the first outcome is false and the second true. */
  c: number;
  /** All pairs, concordant ones included. */
  n: number;
  /** For `chi2`: (|b − c| − 1)² / (b + c); for `exact`: min(b, c), the binomial tail count. */
  statistic: number;
  /** Two-sided p-value. */
  pValue: number;
  method: 'exact' | 'chi2';
}

/** Options of the McNemar test. */
export interface McNemarOptions {
  /** Use the exact binomial test when b + c is below this (default 25). */
  exactBelow?: number;
}

/**
 * Exact two-sided binomial p-value for k successes in m trials at p = ½:
 * 2·P(X ≤ min(k, m − k)), capped at 1. Up to m = 1000 the coefficients are
 * summed directly (exact for small m, and C(1000, 500)·2⁻¹⁰⁰⁰ is still
 * representable); beyond that, in log space so that 0.5^m cannot underflow.
 */
function exactBinomialHalf(k: number, m: number): number {
  const low = Math.min(k, m - k);
  let tail = 0;
  if (m <= 1000) {
    let coefficient = 1; // C(m, i)
    for (let i = 0; i <= low; i++) {
      if (i > 0) coefficient = (coefficient * (m - i + 1)) / i;
      tail += coefficient;
    }
    return Math.min(1, 2 * tail * 0.5 ** m);
  }
  let logCoefficient = 0;
  const logHalfPowM = m * Math.log(0.5);
  for (let i = 0; i <= low; i++) {
    if (i > 0) logCoefficient += Math.log((m - i + 1) / i);
    tail += Math.exp(logCoefficient + logHalfPowM);
  }
  return Math.min(1, 2 * tail);
}

/**
 * McNemar's test from the discordant counts.
 *
 * @example
 * mcnemarFromCounts(3, 12);  // exact: p = 2·(1+15+105+455)/2^15 = 0.03515625
 * mcnemarFromCounts(20, 40); // χ² = 19²/60 = 6.0167, p ≈ 0.01417
 */
export function mcnemarFromCounts(b: number, c: number, options: McNemarOptions & { n?: number } = {}): McNemarResult {
  for (const [name, v] of [['b', b], ['c', c]] as const) {
    if (!Number.isInteger(v) || v < 0) throw new UsersimError('E_USAGE', `mcnemar: ${name} must be a non-negative integer, got ${v}`);
  }
  const exactBelow = options.exactBelow ?? 25;
  const n = options.n ?? b + c;
  const m = b + c;
  if (m < exactBelow) {
    return { b, c, n, statistic: Math.min(b, c), pValue: m === 0 ? 1 : exactBinomialHalf(b, m), method: 'exact' };
  }
  // Edwards' correction; clamped at 0 so that |b − c| = 0 gives statistic 0, p 1.
  const statistic = Math.max(0, Math.abs(b - c) - 1) ** 2 / m;
  return { b, c, n, statistic, pValue: chiSquare1Sf(statistic), method: 'chi2' };
}

/**
 * McNemar's test over pairs of outcomes `[first, second]`.
 *
 * @example
 * mcnemar([[true, false], [false, true], [true, true]]);
 */
export function mcnemar(pairs: readonly (readonly [boolean, boolean])[], options: McNemarOptions = {}): McNemarResult {
  let b = 0;
  let c = 0;
  for (const [first, second] of pairs) {
    if (first && !second) b++;
    else if (!first && second) c++;
  }
  return mcnemarFromCounts(b, c, { ...options, n: pairs.length });
}
