/**
 * The first day of a rolling look-back window ("the last 6 months"), as the
 * routing policies use one. The agent context states the date itself, so the
 * agent, the reference and the gold query all count from the same day.
 */

/**
 * The day `months` calendar months before `today` (`YYYY-MM-DD`), clamped to
 * the end of a shorter month.
 *
 * @example lookbackStart('2025-06-15', 6) // '2024-12-15'
 */
export function lookbackStart(today: string, months: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const first = new Date(Date.UTC(y, m - 1 - months, 1));
  const last = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  return new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth(), Math.min(d, last))).toISOString().slice(0, 10);
}
