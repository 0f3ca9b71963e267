/**
 * How many paired episodes a comparison needs, and what zero observed events
 * tell you. For McNemar's test the sample size follows Connor (1987,
 * Biometrics 43:207–211): with discordant proportions p10 (first variant
 * succeeds, second fails) and p01, ψ = p10 + p01 and δ = p10 − p01,
 *
 *   n = ⌈ (z₁₋α/₂·√ψ + z₁₋β·√(ψ − δ²))² / δ² ⌉ pairs.
 *
 * For leakage, the "rule of three": if none of n independent probes leaked,
 * the one-sided 95 % upper bound on the leak rate is 1 − 0.05^(1/n) (exact,
 * Clopper–Pearson), about 3/n.
 */
import { UsersimError } from '../../errors.js';
import { normalCdf, normalQuantile } from './normal.js';

/** The expected discordant proportions of a paired design. */
export interface McNemarDesign {
  /** Expected share of pairs where the first variant succeeds and the second fails. */
  p10: number;
  /** Expected share of pairs where the first variant fails and the second succeeds. */
  p01: number;
  /** Two-sided significance level (default 0.05). */
  alpha?: number;
}

/** The pairs a McNemar comparison needs, with the inputs used. */
export interface McNemarSampleSize {
  /** Pairs needed, rounded up. */
  pairs: number;
  /** The formula's value before rounding. */
  exact: number;
  psi: number;
  delta: number;
  alpha: number;
  power: number;
  method: 'connor-1987';
}

function checkDesign({ p10, p01, alpha = 0.05 }: McNemarDesign): { psi: number; delta: number; alpha: number } {
  if (!(p10 >= 0 && p01 >= 0 && p10 + p01 <= 1)) throw new UsersimError('E_USAGE', `sample size: need p10, p01 ≥ 0 with p10 + p01 ≤ 1, got ${p10}, ${p01}`);
  if (p10 === p01) throw new UsersimError('E_USAGE', 'sample size: p10 = p01 means no difference to detect');
  if (!(alpha > 0 && alpha < 1)) throw new UsersimError('E_USAGE', `sample size: alpha must be in (0, 1), got ${alpha}`);
  return { psi: p10 + p01, delta: p10 - p01, alpha };
}

/**
 * Pairs needed to detect p10 ≠ p01 with McNemar's test.
 *
 * @example
 * mcnemarSampleSize({ p10: 0.2, p01: 0.1 }); // pairs 234 (α 0.05, power 0.8)
 */
export function mcnemarSampleSize(design: McNemarDesign & { power?: number }): McNemarSampleSize {
  const { psi, delta, alpha } = checkDesign(design);
  const power = design.power ?? 0.8;
  if (!(power > 0 && power < 1)) throw new UsersimError('E_USAGE', `sample size: power must be in (0, 1), got ${power}`);
  const zA = normalQuantile(1 - alpha / 2);
  const zB = normalQuantile(power);
  const exact = (zA * Math.sqrt(psi) + zB * Math.sqrt(psi - delta * delta)) ** 2 / (delta * delta);
  return { pairs: Math.ceil(exact), exact, psi, delta, alpha, power, method: 'connor-1987' };
}

/**
 * The power of McNemar's test with `pairs` pairs: Connor's formula solved for
 * power, Φ((|δ|·√n − z₁₋α/₂·√ψ) / √(ψ − δ²)).
 */
export function mcnemarPower(design: McNemarDesign & { pairs: number }): number {
  const { psi, delta, alpha } = checkDesign(design);
  if (!(design.pairs > 0)) throw new UsersimError('E_USAGE', `power: pairs must be positive, got ${design.pairs}`);
  const zA = normalQuantile(1 - alpha / 2);
  return normalCdf((Math.abs(delta) * Math.sqrt(design.pairs) - zA * Math.sqrt(psi)) / Math.sqrt(psi - delta * delta));
}

/** The upper bound on a rate after zero events. */
export interface ZeroEventBound {
  n: number;
  confidence: number;
  /** 1 − (1 − confidence)^(1/n): the exact one-sided upper bound. */
  exact: number;
  /** −ln(1 − confidence)/n: 2.996/n ≈ 3/n at 95 %, the rule of three. */
  approx: number;
}

/**
 * The upper bound on an event rate after zero events in n trials.
 *
 * @example
 * zeroEventUpperBound(100); // exact 0.0295, approx 0.0300
 */
export function zeroEventUpperBound(n: number, confidence = 0.95): ZeroEventBound {
  if (!Number.isInteger(n) || n < 1) throw new UsersimError('E_USAGE', `zero-event bound: n must be a positive integer, got ${n}`);
  if (!(confidence > 0 && confidence < 1)) throw new UsersimError('E_USAGE', `zero-event bound: confidence must be in (0, 1), got ${confidence}`);
  return { n, confidence, exact: 1 - (1 - confidence) ** (1 / n), approx: -Math.log(1 - confidence) / n };
}

/**
 * Trials with zero events needed to bound the rate below `rate`:
 * ⌈ln(1 − confidence) / ln(1 − rate)⌉.
 *
 * @example
 * trialsForZeroEventBound(0.01); // 299
 */
export function trialsForZeroEventBound(rate: number, confidence = 0.95): number {
  if (!(rate > 0 && rate < 1)) throw new UsersimError('E_USAGE', `zero-event trials: rate must be in (0, 1), got ${rate}`);
  if (!(confidence > 0 && confidence < 1)) throw new UsersimError('E_USAGE', `zero-event trials: confidence must be in (0, 1), got ${confidence}`);
  return Math.ceil(Math.log(1 - confidence) / Math.log(1 - rate));
}
