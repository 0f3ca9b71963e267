/**
 * Month and weekday names as agents write them: in full, abbreviated ("Aug",
 * "Sept.", "Wed"), or as numbers ("08/2024", "2024-08"). Scenarios that ask
 * for a month give golds such as "8/2024" and "August 2024"; readers take
 * "Aug 2024" and "2024-08" as the same month, and "Mon, Wed and Fri" as the
 * same three days.
 */

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
/** Abbreviations beyond the first three letters. */
const EXTRA_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = { september: ['sept'], tuesday: ['tue', 'tues'], thursday: ['thu', 'thur', 'thurs'], wednesday: ['weds'] };

/**
 * The written forms of a month or weekday name or abbreviation (lower
 * case), or `null` for any other word: the full name, its three-letter
 * abbreviation and common longer ones.
 *
 * @example calendarForms('Wednesday') // ['wednesday', 'wed', 'weds']
 */
export function calendarForms(word: string): string[] | null {
  const lower = word.toLowerCase().replace(/\.$/, '');
  // An abbreviation ("Mon", "Sept") stands for its full name.
  const name = [...MONTHS, ...WEEKDAYS].find((full) => full === lower || (lower.length >= 3 && (full.slice(0, 3) === lower || (EXTRA_ABBREVIATIONS[full] ?? []).includes(lower))));
  if (name === undefined) return null;
  return [...new Set([name, name.slice(0, 3), ...(EXTRA_ABBREVIATIONS[name] ?? [])])];
}

/**
 * The months or weekdays from `from` to `to` inclusive, in full and lower
 * case ("Jan", "Mar" gives January, February, March), or `null` unless both
 * are months or both weekdays and `to` comes after `from`.
 *
 * @example calendarSpan('Mon', 'Wed') // ['monday', 'tuesday', 'wednesday']
 */
export function calendarSpan(from: string, to: string): string[] | null {
  const a = calendarForms(from)?.[0];
  const b = calendarForms(to)?.[0];
  if (a === undefined || b === undefined) return null;
  const list = MONTHS.includes(a) ? MONTHS : WEEKDAYS;
  const i = list.indexOf(a);
  const j = list.indexOf(b);
  return i >= 0 && j > i ? list.slice(i, j + 1) : null;
}

/** A month of a year found in a text. */
export interface MonthYear {
  year: number;
  month: number;
  start: number;
  end: number;
}

const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const MONTH_YEAR = new RegExp(
  `\\b${MONTH_WORD}\\.?,?\\s+((?:19|20)\\d{2})\\b|(?<![\\d/.-])(0?[1-9]|1[0-2])\\s?[/.-]\\s?((?:19|20)\\d{2})(?![\\d/.-])|(?<![\\d/.-])((?:19|20)\\d{2})[-/](0[1-9]|1[0-2])(?![\\d/-])`,
  'gi',
);

/**
 * Every month-and-year in `text`: "August 2024", "Aug. 2024", "8/2024",
 * "08/2024", "2024-08". A full date ("2024-08-14") is not a month.
 *
 * @example monthYears('Peak: Aug 2024 (48 cases)')[0] // { year: 2024, month: 8, start: 6, end: 14 }
 */
export function monthYears(text: string): MonthYear[] {
  return [...text.matchAll(MONTH_YEAR)].map((m) => {
    const at = { start: m.index, end: m.index + m[0].length };
    if (m[1]) return { year: Number(m[2]), month: MONTHS.findIndex((name) => name.startsWith((m[1] ?? '').toLowerCase().slice(0, 3))) + 1, ...at };
    if (m[3]) return { year: Number(m[4]), month: Number(m[3]), ...at };
    return { year: Number(m[5]), month: Number(m[6]), ...at };
  });
}

/**
 * The month's name, when gold alternatives give a month both as a date
 * ("8/2024", "August 2024") and as a bare month number ("8", "08"): the
 * scenario then accepts the month alone, and "August" is that month as much
 * as "8" is. Empty otherwise.
 *
 * @example monthNamesFor(['8/2024', 'August 2024', '8']) // ['August', 'Aug']
 */
export function monthNamesFor(alternatives: readonly (string | number)[]): string[] {
  const bare = new Set(alternatives.map((a) => String(a).trim()).filter((a) => /^(?:0?[1-9]|1[0-2])$/.test(a)).map(Number));
  const named = alternatives.flatMap((a) => monthYears(String(a)).map((m) => m.month)).filter((m) => bare.has(m));
  return [...new Set(named)].flatMap((m) => (calendarForms(MONTHS[m - 1] as string) ?? []).map((form) => `${form.charAt(0).toUpperCase()}${form.slice(1)}`));
}
