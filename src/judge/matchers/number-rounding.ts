/**
 * A figure written with fewer decimals than the gold rounds it: "$130" for
 * 129.99 and "190 dollars" for 189.99 are rounded, and a careful reader fails
 * them when the tolerance is finer than the rounding (a tolerance of 0.01 on
 * a price asks for the cents). A tolerance of half the answer's last digit
 * or more accepts the rounding ("~38 days" for 37.5 within 0.5). A scaled
 * form rounds at its last digit times its scale: "1.3k" is written to the
 * hundred, so it rounds 1299.99.
 */
import type { Quantity } from '../../text/quantities.js';

const SCALES: Readonly<Record<string, number>> = { k: 1e3, thousand: 1e3, m: 1e6, mm: 1e6, mn: 1e6, mln: 1e6, million: 1e6, b: 1e9, bn: 1e9, billion: 1e9, trillion: 1e12 };

/** The step of a number's last written digit: 0.01 for "$129.99", 1 for "130", 100 for "1.3k"; `null` when it has no digits. */
function writtenStep(raw: string): number | null {
  const m = /(\d[\d,]*)(?:\.(\d+))?\s*(k|mm|mn|mln|m|bn|b|thousand|million|billion|trillion)?(?![\p{L}])/iu.exec(raw);
  if (m === null) return null;
  const scale = m[3] === undefined ? 1 : (SCALES[m[3].toLowerCase()] ?? 1);
  return 10 ** -(m[2] ?? '').length * scale;
}

/**
 * True when `q`, read as its own number `value`, only reaches the gold by
 * rounding it to a coarser step than the gold is written to, with half that
 * step larger than the tolerance.
 */
export function roundedPastTolerance(q: Quantity, value: number, gold: number, tolerance: number): boolean {
  if (tolerance <= 0 || value !== q.value || value === gold) return false;
  const step = writtenStep(q.raw);
  if (step === null) return false;
  // The gold is finer than the step when it is no whole number of steps ("129.99" is not a whole number of 1s).
  const steps = gold / step;
  return Math.abs(steps - Math.round(steps)) > 1e-6 && step / 2 > tolerance * (1 + 1e-9);
}
