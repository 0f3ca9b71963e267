/**
 * SOQL's relative date literals (TODAY, LAST_N_DAYS:30, THIS_QUARTER, …)
 * resolved to half-open day ranges against the org's "today". The org runs in
 * UTC with an en_US locale, so weeks start on Sunday, and its fiscal year
 * starts in January, so the FISCAL forms equal the calendar ones. Ranges
 * follow Salesforce's definitions: `LAST_N_DAYS:n` includes today and the n
 * days before it, while `LAST_N_MONTHS:n` (and weeks, quarters, years) covers
 * the n whole periods before the current one, excluding it.
 *
 * @example
 * resolveDateLiteral('THIS_QUARTER', undefined, '2024-06-15') // { start: '2024-04-01', end: '2024-07-01' }
 */
import { addMonths, civilFromDays, dayOfWeek, daysFromCivil, formatCivil, parseCivil, type CivilDate } from './civil-date.js';

/** A half-open range of days: `start` ≤ day < `end`, both `YYYY-MM-DD`. */
export interface DateRange {
  start: string;
  end: string;
}

type Unit = 'DAY' | 'WEEK' | 'MONTH' | 'QUARTER' | 'YEAR';

const UNIT_WORDS: Record<string, Unit> = {
  DAYS: 'DAY', WEEK: 'WEEK', WEEKS: 'WEEK', MONTH: 'MONTH', MONTHS: 'MONTH', QUARTER: 'QUARTER', QUARTERS: 'QUARTER',
  YEAR: 'YEAR', YEARS: 'YEAR', FISCAL_QUARTER: 'QUARTER', FISCAL_QUARTERS: 'QUARTER', FISCAL_YEAR: 'YEAR',
  FISCAL_YEARS: 'YEAR',
};

type Form = { kind: 'this' | 'last' | 'next'; unit: Unit } | { kind: 'lastN' | 'nextN' | 'ago'; unit: Unit };

/** Parses a literal's name into its form, or undefined when it is not a date literal. */
function formOf(name: string): Form | undefined {
  const upper = name.toUpperCase();
  if (upper === 'TODAY') return { kind: 'this', unit: 'DAY' };
  if (upper === 'YESTERDAY') return { kind: 'last', unit: 'DAY' };
  if (upper === 'TOMORROW') return { kind: 'next', unit: 'DAY' };
  if (upper === 'LAST_90_DAYS' || upper === 'NEXT_90_DAYS') return { kind: upper.startsWith('LAST') ? 'lastN' : 'nextN', unit: 'DAY' };
  let match = /^(THIS|LAST|NEXT)_([A-Z_]+)$/.exec(upper);
  if (match && !match[2]?.startsWith('N_')) {
    const unit = UNIT_WORDS[match[2] as string];
    if (unit && unit !== 'DAY' && !(match[2] as string).endsWith('S')) return { kind: (match[1] as string).toLowerCase() as 'this', unit };
  }
  match = /^(LAST|NEXT)_N_([A-Z_]+)$/.exec(upper);
  if (match) {
    const unit = UNIT_WORDS[match[2] as string];
    if (unit && (match[2] as string).endsWith('S')) return { kind: match[1] === 'LAST' ? 'lastN' : 'nextN', unit };
  }
  match = /^N_([A-Z_]+)_AGO$/.exec(upper);
  if (match) {
    const unit = UNIT_WORDS[match[1] as string];
    if (unit && (match[1] as string).endsWith('S')) return { kind: 'ago', unit };
  }
  return undefined;
}

/**
 * Whether `name` is a date literal, and whether it takes `:n`. `LAST_90_DAYS`
 * is the one `_N_`-free literal that still means "the last n days".
 */
export function dateLiteralArity(name: string): 'plain' | 'withN' | undefined {
  const form = formOf(name);
  if (!form) return undefined;
  if (/^(LAST|NEXT)_90_DAYS$/i.test(name)) return 'plain';
  return form.kind === 'lastN' || form.kind === 'nextN' || form.kind === 'ago' ? 'withN' : 'plain';
}

/** The start of the period of `unit` that contains `day`. */
function periodStart(day: CivilDate, unit: Unit): number {
  switch (unit) {
    case 'DAY':
      return daysFromCivil(day);
    case 'WEEK':
      return daysFromCivil(day) - dayOfWeek(day);
    case 'MONTH':
      return daysFromCivil({ ...day, day: 1 });
    case 'QUARTER':
      return daysFromCivil({ year: day.year, month: Math.floor((day.month - 1) / 3) * 3 + 1, day: 1 });
    case 'YEAR':
      return daysFromCivil({ year: day.year, month: 1, day: 1 });
  }
}

/** The start of the period `k` periods after the one starting at `start`. */
function shift(start: number, unit: Unit, k: number): number {
  switch (unit) {
    case 'DAY':
      return start + k;
    case 'WEEK':
      return start + 7 * k;
    case 'MONTH':
      return daysFromCivil(addMonths(civilFromDays(start), k));
    case 'QUARTER':
      return daysFromCivil(addMonths(civilFromDays(start), 3 * k));
    case 'YEAR':
      return daysFromCivil(addMonths(civilFromDays(start), 12 * k));
  }
}

/**
 * Resolves a date literal against `today` (`YYYY-MM-DD`). `n` is the number
 * after the colon for the `_N_` forms. Returns undefined for an unknown name or
 * a bad `today`.
 */
export function resolveDateLiteral(name: string, n: number | undefined, today: string): DateRange | undefined {
  const form = formOf(name);
  const day = parseCivil(today);
  if (!form || !day) return undefined;
  const count = /^(LAST|NEXT)_90_DAYS$/i.test(name) ? 90 : (n ?? 0);
  const current = periodStart(day, form.unit);
  let range: [number, number];
  switch (form.kind) {
    case 'this':
      range = [current, shift(current, form.unit, 1)];
      break;
    case 'last':
      range = [shift(current, form.unit, -1), current];
      break;
    case 'next':
      range = [shift(current, form.unit, 1), shift(current, form.unit, 2)];
      break;
    case 'lastN':
      // Salesforce counts today in LAST_N_DAYS, but not the current week, month, quarter or year in the others.
      range = form.unit === 'DAY' ? [current - count, current + 1] : [shift(current, form.unit, -count), current];
      break;
    case 'nextN':
      range = [shift(current, form.unit, 1), shift(current, form.unit, 1 + count)];
      break;
    case 'ago':
      range = [shift(current, form.unit, -count), shift(current, form.unit, 1 - count)];
      break;
  }
  return { start: formatCivil(civilFromDays(range[0])), end: formatCivil(civilFromDays(range[1])) };
}
