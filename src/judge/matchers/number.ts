/**
 * The `number` matcher, for counts, amounts, durations and rates. The first
 * number written in the answer is compared with the gold within an absolute
 * tolerance, so "The average handle time is 4.5 minutes." matches 4.5 and
 * "$12,500" matches 12500.
 */

/**
 * A number as people write it: an optional sign, an optional currency symbol
 * (either side of the sign), digits with optional thousands commas, optional
 * decimals. A trailing "%" is allowed and ignored. The sign also accepts the
 * Unicode minus.
 */
const NUMBER =
  /(?<![\p{L}\p{N}.])([-+\u2212]?)\s?[$€£¥₹]?\s?([-+\u2212]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?!\d)/u;

/**
 * Parses the first number in `text`, or returns null when there is none.
 * Thousands commas and currency symbols are dropped; a percent sign is
 * ignored, so "45%" parses as 45 (not 0.45). Digits glued to letters, as in
 * "Q3" or "A113", do not count as a number.
 *
 * @example parseFirstNumber('Total: -$1,234.50 (net)') // -1234.5
 */
export function parseFirstNumber(text: string): number | null {
  const match = NUMBER.exec(text);
  if (!match) return null;
  const negative = [match[1], match[2]].some((sign) => sign === '-' || sign === '\u2212');
  const value = Number((match[3] ?? '').replace(/,/g, ''));
  if (!Number.isFinite(value)) return null;
  return negative ? -value : value;
}

/**
 * Whether the first number in `actual` is within `tolerance` (absolute) of
 * the first number in `expected`. A tiny relative slack absorbs floating-point
 * noise, so 0.1 + 0.2 matches 0.3 with a zero tolerance.
 *
 * @example numberMatch(4.5, 'About 4.52 minutes', 0.05) // true
 */
export function numberMatch(expected: string | number, actual: string, tolerance = 0): boolean {
  const gold = typeof expected === 'number' ? expected : parseFirstNumber(expected);
  const got = parseFirstNumber(actual);
  if (gold === null || got === null) return false;
  const slack = 1e-9 * Math.max(1, Math.abs(gold));
  return Math.abs(got - gold) <= tolerance + slack;
}
