/**
 * Finds the calendar values written in a piece of text, in the forms agents
 * use: ISO ("2025-03-14", "2025/03/14"), numeric day-month-year with slashes,
 * dots or dashes ("03/14/2025", "14.03.2025"), month names and abbreviations
 * with or without ordinals and a weekday ("Fri, 14 Mar 2025", "March 14th,
 * 2025", "the 14th of March"), months of a year ("Sept. 2024", "09/2024"),
 * quarters ("Q3 2024", "2024-Q3", "3Q24", "the third quarter of 2024", "July–September 2024") and
 * fiscal years ("FY2024", "FY 24", "fiscal year 2024"), and times of day
 * ("08:15", "8:15 AM", "8.15pm", "noon"). Each value keeps only
 * the fields the text gives, so "March 14" has no year.
 *
 * Numeric dates with both parts at most 12 are ambiguous. Slashes and dashes
 * are read month first (US) unless the caller says the text uses day first;
 * dots are read day first (European). A part above 12 settles the order.
 *
 * Hand-written rather than a library: chrono-style parsers read one date
 * relative to a reference day, resolve missing years to the current one (not
 * deterministic) and do not read quarters or fiscal years.
 */

/** What a calendar value names. */
export type CalendarKind = 'day' | 'month' | 'quarter' | 'half' | 'fiscal-year' | 'time';

/** One calendar value found in a text; absent fields were not written. */
export interface CalendarValue {
  kind: CalendarKind;
  year?: number;
  month?: number;
  day?: number;
  quarter?: number;
  /** 1 or 2 for a half year ("H2 2024", "the second half of 2024"). */
  half?: number;
  /** A time of day: the hour (0–23; a 12-hour time without am/pm keeps its written hour) and minute. */
  hour?: number;
  minute?: number;
  start: number;
  end: number;
}

/** Which order a numeric date with two parts at most 12 is read in. */
export type DayOrder = 'mdy' | 'dmy';

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const WEEKDAY = '(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+(?:the\\s+)?)?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const YEAR = "((?:19|20)\\d{2}|'\\d{2})";
const ORDINAL_QUARTER: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, last: 4, final: 4 };

interface Form {
  pattern: RegExp;
  read: (m: RegExpExecArray, order: DayOrder) => Omit<CalendarValue, 'start' | 'end'> | null;
}

const FORMS: readonly Form[] = [
  // ISO and year-first: 2025-03-14, 2025/03/14, 2025.03.14.
  { pattern: /(?<![\d.])((?:19|20)\d{2})([-/.])(\d{1,2})\2(\d{1,2})(?![\d])/g, read: (m) => day(Number(m[1]), Number(m[3]), Number(m[4])) },
  // Numeric day and month with a year last: 03/14/2025, 14.03.2025, 3-14-25.
  {
    pattern: /(?<![\d./-])(\d{1,2})([-/.])(\d{1,2})\2((?:19|20)\d{2}|\d{2})(?![\d/-]|\.\d)/g,
    read: (m, order) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const year = fullYear(m[4] ?? '');
      const dayFirst = a > 12 ? true : b > 12 ? false : m[2] === '.' || order === 'dmy';
      return dayFirst ? day(year, b, a) : day(year, a, b);
    },
  },
  // Month name then day: "Fri, March 14th, 2025", "Mar 14", "March 14 2025".
  { pattern: new RegExp(`\\b${WEEKDAY}${MONTH}\\s+${DAY}(?![\\d:])(?:,?\\s+${YEAR}(?!\\d))?`, 'gi'), read: (m) => day(m[3] ? fullYear(m[3]) : undefined, monthOf(m[1]), Number(m[2])) },
  // Day then month name: "Fri, 14 Mar 2025", "the 14th of March, 2025", "14-Mar-2025".
  { pattern: new RegExp(`(?<![\\d.])${WEEKDAY}(?:the\\s+)?${DAY}(?:\\s+of\\s+|\\s+|-)${MONTH}(?:,?[\\s-]+${YEAR}(?!\\d)|-(\\d{2})(?!\\d))?`, 'gi'), read: (m) => day(m[3] ?? m[4] ? fullYear(m[3] ?? m[4] ?? '') : undefined, monthOf(m[2]), Number(m[1])) },
  // A span of months that is a quarter or a half year: "January–March 2025" is Q1 2025, "Jul to Dec" H2.
  { pattern: new RegExp(`\\b${MONTH}\\s*(?:[-\u2013\u2014]|\\s(?:to|through|thru|until)\\s)\\s*${MONTH}(?:,?\\s+${YEAR}(?!\\d))?`, 'gi'), read: (m) => monthSpan(monthOf(m[1]), monthOf(m[2]), m[3]) },
  // Quarters: "2024-Q3", "Q3 2024", "Q3 FY2024", "Q3 of 2024", "Q3'24", "Q3".
  { pattern: /\b((?:19|20)\d{2})[-\s]?Q([1-4])\b/gi, read: (m) => quarter(m[2], m[1]) },
  { pattern: /\bQ([1-4])(?:(?:\s*(?:of\s+)?(?:FY|fiscal(?:\s+year)?)?\s*|\s*'|-)((?:19|20)\d{2}|\d{2}))?(?![\d\p{L}])/giu, read: (m) => quarter(m[1], m[2]) },
  { pattern: /\b([1-4])Q\s?((?:19|20)\d{2}|\d{2})\b/gi, read: (m) => quarter(m[1], m[2]) },
  {
    pattern: /\b(first|second|third|fourth|1st|2nd|3rd|4th|last|final)\s+(?:fiscal\s+)?quarter(?:\s+(?:of|in)\s+(?:the\s+)?(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d{2}|'?\d{2}))?/gi,
    read: (m) => quarter(String(ORDINAL_QUARTER[(m[1] ?? '').toLowerCase()]), m[2]),
  },
  // Half years: "H2 2024", "H2 FY24", "the second half of 2024".
  { pattern: /\bH([12])(?:\s*(?:FY\s*)?'?((?:19|20)\d{2}|\d{2}))?(?![\d\p{L}])/gu, read: (m) => ({ kind: 'half', half: Number(m[1]), ...(m[2] ? { year: fullYear(m[2]) } : {}) }) },
  { pattern: /\b(first|second|1st|2nd)\s+half\s+of\s+(?:the\s+)?(?:(?:FY|fiscal(?:\s+year)?)\s*)?((?:19|20)\d{2})/gi, read: (m) => ({ kind: 'half', half: /^(?:first|1st)$/i.test(m[1] ?? '') ? 1 : 2, year: Number(m[2]) }) },
  // Fiscal years: "FY2024", "FY 24", "FY'24", "fiscal year 2024", "fiscal 2024".
  { pattern: /\b(?:FY\s?'?|fiscal\s+(?:year\s+)?)((?:19|20)\d{2}|\d{2})(?!\d)/gi, read: (m) => ({ kind: 'fiscal-year', year: fullYear(m[1] ?? '') }) },
  // Times of day: "08:15", "8:15 AM", "8.15am", "8 pm", "17:40:00", "noon".
  { pattern: /(?<![\d:.])(\d{1,2}):(\d{2})(?::\d{2})?(?:\s*([ap])\.?\s?m\b\.?)?(?![\d:])/gi, read: (m) => time(m[1], m[2], m[3]) },
  { pattern: /(?<![\d:.])(\d{1,2})\.(\d{2})\s*([ap])\.?\s?m\b\.?/gi, read: (m) => time(m[1], m[2], m[3]) },
  { pattern: /(?<![\d:.])(\d{1,2})\s*([ap])\.?\s?m\b\.?/gi, read: (m) => time(m[1], '00', m[2]) },
  { pattern: /\b(noon|midday|midnight)\b/gi, read: (m) => ({ kind: 'time', hour: /^mid/i.test(m[1] ?? '') && /night/i.test(m[1] ?? '') ? 0 : 12, minute: 0 }) },
  // Months of a year: "March 2025", "Sept. 2024", "09/2024", "2024-09".
  { pattern: new RegExp(`\\b${MONTH},?\\s+${YEAR}(?!\\d)`, 'gi'), read: (m) => month(fullYear(m[2] ?? ''), monthOf(m[1])) },
  { pattern: /(?<![\d/.-])(0?[1-9]|1[0-2])\s?[/.-]\s?((?:19|20)\d{2})(?![\d/.-])/g, read: (m) => month(Number(m[2]), Number(m[1])) },
  { pattern: /(?<![\d/.-])((?:19|20)\d{2})[-/](0[1-9]|1[0-2])(?![\d/-])/g, read: (m) => month(Number(m[1]), Number(m[2])) },
  // Compact ISO: "20260115".
  { pattern: /(?<![\p{L}\p{N}])((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?![\p{L}\p{N}])/gu, read: (m) => day(Number(m[1]), Number(m[2]), Number(m[3])) },
];

function fullYear(written: string): number {
  const digits = written.replace(/^'/, '');
  return digits.length === 2 ? 2000 + Number(digits) : Number(digits);
}

function monthOf(name: string | undefined): number {
  return MONTH_NAMES.indexOf((name ?? '').toLowerCase().slice(0, 3)) + 1;
}

function day(year: number | undefined, m: number, d: number): Omit<CalendarValue, 'start' | 'end'> | null {
  if (m < 1 || m > 12 || d < 1 || d > 31) return null;
  return year === undefined ? { kind: 'day', month: m, day: d } : { kind: 'day', year, month: m, day: d };
}

function month(year: number, m: number): Omit<CalendarValue, 'start' | 'end'> | null {
  return m >= 1 && m <= 12 ? { kind: 'month', year, month: m } : null;
}

function time(h: string | undefined, m: string | undefined, meridiem: string | undefined): Omit<CalendarValue, 'start' | 'end'> | null {
  let hour = Number(h);
  const minute = Number(m);
  if (minute > 59 || hour > 23 || (meridiem !== undefined && (hour < 1 || hour > 12))) return null;
  if (meridiem !== undefined) hour = (hour % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
  return { kind: 'time', hour, minute };
}

function monthSpan(from: number, to: number, year: string | undefined): Omit<CalendarValue, 'start' | 'end'> | null {
  const of = year === undefined ? {} : { year: fullYear(year) };
  if (to - from === 2 && from % 3 === 1) return { kind: 'quarter', quarter: (from + 2) / 3, ...of };
  if (to - from === 5 && (from === 1 || from === 7)) return { kind: 'half', half: from === 1 ? 1 : 2, ...of };
  return null;
}

function quarter(q: string | undefined, year: string | undefined): Omit<CalendarValue, 'start' | 'end'> {
  return year === undefined ? { kind: 'quarter', quarter: Number(q) } : { kind: 'quarter', quarter: Number(q), year: fullYear(year) };
}

/**
 * Every calendar value in `text`, in reading order. Where two forms overlap
 * the earlier form in the list above wins (a full date over the month inside
 * it).
 *
 * @example findCalendarValues('Fri, 14 Mar 2025')[0] // { kind: 'day', year: 2025, month: 3, day: 14, start: 0, end: 16 }
 */
export function findCalendarValues(text: string, order: DayOrder = 'mdy'): CalendarValue[] {
  const found: CalendarValue[] = [];
  for (const form of FORMS) {
    for (const m of text.matchAll(form.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const value = form.read(m as RegExpExecArray, order);
      if (value) found.push({ ...value, start, end });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * The order a text's own numeric dates imply: day first when one of them can
 * only be read that way ("14/03/2025"), otherwise month first.
 *
 * @example dayOrderOf('14/03/2025') // 'dmy'
 */
export function dayOrderOf(text: string): DayOrder {
  for (const m of text.matchAll(/(?<![\d./-])(\d{1,2})[/-](\d{1,2})[/-](?:\d{2}|\d{4})(?!\d)/g)) {
    if (Number(m[1]) > 12 && Number(m[2]) <= 12) return 'dmy';
  }
  return 'mdy';
}

/**
 * Whether an answer's value says what the gold's value says: the same kind,
 * and every field the gold gives equal (a gold without a year accepts any
 * year). A day is not its month, nor a quarter its year.
 *
 * @example sameCalendarValue({ kind: 'quarter', quarter: 3 }, { kind: 'quarter', quarter: 3, year: 2025, start: 0, end: 9 }) // true
 */
export function sameCalendarValue(gold: Omit<CalendarValue, 'start' | 'end'>, answer: Omit<CalendarValue, 'start' | 'end'>): boolean {
  if (gold.kind !== answer.kind) return false;
  return (['year', 'month', 'day', 'quarter', 'half', 'hour', 'minute'] as const).every((field) => gold[field] === undefined || gold[field] === answer[field]);
}
