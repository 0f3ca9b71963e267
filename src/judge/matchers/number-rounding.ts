/**
 * A figure written with fewer decimals than the gold rounds it: "$130" for
 * 129.99 and "190 dollars" for 189.99 are rounded, and a careful reader fails
 * them when the tolerance is finer than the rounding (a tolerance of 0.01 on
 * a price asks for the cents). A tolerance of half the answer's last digit
 * or more accepts the rounding ("~38 days" for 37.5 within 0.5).
 */
import type { Quantity } from '../../text/quantities.js';

/** Decimals written in a number's digits; `null` for a scaled form ("1.2k", "3M") whose precision is not its digits. */
function writtenDecimals(raw: string): number | null {
  if (/\d\s*(?:k|m|bn?|thousand|million|billion)\b/i.test(raw)) return null;
  const digits = /\d[\d,]*(?:\.(\d+))?/.exec(raw);
  return digits ? (digits[1] ?? '').length : null;
}

/**
 * True when `q`, read as its own number `value`, only reaches the gold by
 * rounding it to fewer decimals than the gold has, with half that step
 * larger than the tolerance.
 */
export function roundedPastTolerance(q: Quantity, value: number, gold: number, tolerance: number): boolean {
  if (tolerance <= 0 || value !== q.value || value === gold) return false;
  const written = writtenDecimals(q.raw);
  const goldDecimals = (String(gold).split('.')[1] ?? '').length;
  return written !== null && written < goldDecimals && 10 ** -written / 2 > tolerance * (1 + 1e-9);
}
