/**
 * Dates compared as dates. When a gold is one calendar value (a day, a month
 * of a year, a quarter, a fiscal year or a time of day), an answer that writes calendar
 * values is judged on them, whatever their form: "Fri, 14 Mar 2025",
 * "14.03.2025" and "March 14th, 2025" all say 2025-03-14. An answer must
 * commit to one value: several different ones fail unless a later one
 * replaces the earlier ("due Nov 5 but pushed to Nov 19"), and alternatives
 * ("Q2 or Q3") always fail.
 */
import { dayOrderOf, findCalendarValues, sameCalendarValue, type CalendarValue } from '../../text/dates.js';
import { calendarForms } from '../../text/calendar.js';
import { unwrapAnswer } from './answer-text.js';
import { outcome, type MatchOutcome } from './outcome.js';

/** Words between two values that replace the first with the second. */
const REPLACED_BY = /(?:→|->|=>|⟶|➡|\b(?:moved|pushed|rescheduled|postponed|changed|updated|brought forward|delayed|extended|shifted|now|instead|actually|correction|rather|but|sorry|i mean|wait|scratch that|make that|misread|my mistake|oops)\b|\?\s*no\b)/i;
/** A superlative in the clause that leads to a value: "the most escalations came in". */
const SUPERLATIVE = /\b(?:most|highest|peak(?:ed)?|busiest|largest|biggest|greatest|heaviest|top)\b/i;
/** Words between two values that offer them as alternatives, or join them as one answer ("Q2 and Q3 tied"). */
const ALTERNATIVE = /^[\s,]*(?:or|and\/or|\/|possibly|maybe|perhaps)(?=\s|$)|^\s*,?\s*(?:and|&)\s*(?:the\s+)?$|\bor\b/i;
/**
 * A day written without its year ("June 30") takes the year of a value of the
 * same month that gives one ("the end of June 2025 (June 30)", "Nov 5 or Nov
 * 6, 2024").
 */
function withInheritedYears(values: readonly CalendarValue[]): CalendarValue[] {
  return values.map((v) => {
    if (v.kind !== 'day' || v.year !== undefined) return v;
    const years = new Set(values.filter((o) => o.month === v.month && o.year !== undefined).map((o) => o.year));
    return years.size === 1 ? { ...v, year: [...years][0] as number } : v;
  });
}

/**
 * Months named alone ("March", "Mar", "Sept."), capitalised as names are, and
 * not "May I …"; a month followed by a day or a year is a calendar value of
 * its own and found by `findCalendarValues`.
 */
function bareMonths(text: string): CalendarValue[] {
  // An answer that is only a month may be written in lower case ("oct").
  const whole = calendarForms(text.trim()) !== null && MONTH_ORDER.includes(calendarForms(text.trim())?.[0] ?? '');
  if (whole) return [{ kind: 'month', month: MONTH_ORDER.indexOf(calendarForms(text.trim())?.[0] ?? '') + 1, start: text.indexOf(text.trim()), end: text.indexOf(text.trim()) + text.trim().replace(/\.$/, '').length }];
  return [...text.matchAll(/(?<![\p{L}\p{N}])(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May(?! (?:I|we|be)\b)|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|JAN|FEB|MAR|APR|JUN|JUL|AUG|SEP|OCT|NOV|DEC)\.?(?![\p{L}\p{N}])/gu)].map((m) => ({
    kind: 'month', month: MONTH_ORDER.indexOf(calendarForms(m[0])?.[0] ?? '') + 1, start: m.index, end: m.index + m[0].replace(/\.$/, '').length,
  }));
}
const MONTH_ORDER = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words before a value that make it the former one. */
const FORMER = /(?:\b(?:started|began|begun|starting|beginning)(?: \w+ing)? (?:in|on|at)|\bafter(?: (?:a|an|the))?(?: [\w-]+)?|\bfrom|\b(?:was|were) originally|\bpreviously|\bformerly|\boriginally|\bused to be|\(\s*(?:was|prev\.?))\s+(?:the\s+)?$/i;
/** A negation just before a value: "not March 3", "wasn't on the 5th". */
const NEGATED = /\b(?:not|never|isn't|wasn't|aren't|weren't|rather than|instead of)\s+(?:on\s+|in\s+|the\s+)?$/i;

/**
 * The verdict for a calendar gold, or `null` when the gold is not one
 * calendar value or the answer writes none (other rules then decide).
 *
 * @example dateVerdict('2025-03-14', 'Fri, 14 Mar 2025')?.pass // true
 */
export function dateVerdict(expected: string | number, actual: string, matcher: string): MatchOutcome | null {
  const goldText = unwrapAnswer(String(expected));
  // A month's name alone ("March") is that month in any year, as a month of a year or named alone in the answer.
  const goldMonth = bareMonths(goldText)[0];
  const golds = goldMonth !== undefined && goldMonth.start === 0 && goldMonth.end === goldText.length ? [goldMonth] : findCalendarValues(goldText, dayOrderOf(goldText));
  const gold = golds[0];
  if (golds.length !== 1 || gold === undefined || gold.start !== 0 || gold.end !== goldText.length) return null;
  const answer = unwrapAnswer(actual);
  const order = dayOrderOf(answer) === 'dmy' ? 'dmy' : dayOrderOf(goldText);
  const dated = findCalendarValues(answer, order);
  const months = goldMonth === undefined ? [] : bareMonths(answer).filter((m) => !dated.some((v) => v.start <= m.start && m.start < v.end));
  const found = withInheritedYears([...dated, ...months].sort((a, b) => a.start - b.start)).filter((v) => !NEGATED.test(answer.slice(Math.max(0, v.start - 20), v.start)));
  // "It was pushed from May 31", "(previously March 3)": a former value, when another is given.
  // "From March 1 to March 31, 2025, … closed on 2025-03-01": a period's two ends are context when a value follows it.
  const period = new Set<CalendarValue>();
  for (let i = 0; i + 2 < found.length; i += 1) {
    const [a, b] = [found[i] as CalendarValue, found[i + 1] as CalendarValue];
    if (/\bfrom\s+$/i.test(answer.slice(Math.max(0, a.start - 6), a.start)) && /^\s*(?:to|until|through|-)\s*$/i.test(answer.slice(a.end, b.start))) [a, b].forEach((v) => period.add(v));
  }
  const current = found.filter((v) => !period.has(v) && !FORMER.test(answer.slice(Math.max(0, v.start - 30), v.start)));
  const values = current.length > 0 ? current : found;
  if (values.length === 0) return null;
  const written = (v: CalendarValue): string => JSON.stringify(answer.slice(v.start, v.end));
  const same = values.filter((v) => v.kind === gold.kind);
  if (same.length === 0) return outcome(false, `${matcher}: the answer gives ${written(values[0] as CalendarValue)}, not a ${gold.kind} like ${JSON.stringify(goldText)}`);
  let committed = same[0] as CalendarValue;
  // Other values after the committed one that replace nothing are context ("August 2024, followed by September").
  let context = false;
  for (const next of same.slice(1)) {
    if (sameCalendarValue(next, committed) && sameCalendarValue(committed, next)) continue;
    const between = answer.slice(committed.end, next.start);
    const lead = answer.slice(Math.max(0, committed.start - 12), committed.start);
    const either = /\beither\s+$/i.test(lead);
    // "moved from 08:15 to 09:40": the value it went to.
    const fromTo = /\bfrom\s+$/i.test(lead) && /^\s*(?:to|until|till)\s*$/i.test(between);
    // "Nov 5 — wait, or Nov 6?" offers both; "Nov 5, or rather Nov 6" replaces the first.
    const offered = /\bor\b(?!\s+rather)/i.test(between);
    // "January was quiet; the most escalations came in February": the value the superlative is said of.
    // "October had the most cases (58), ahead of November": a superlative that is the first value's own predicate is not.
    const ranked = SUPERLATIVE.test(between) && !/^\W*(?:had|has|was|is|saw|got|recorded|logged|led|leads)\s+(?:the\s+)?\S*\s*(?:most|highest|largest|biggest|top|peak)\b/i.test(between) && !SUPERLATIVE.test(answer.slice(Math.max(0, committed.start - 40), committed.end + 20).split(/[.;!?]\s/)[0] ?? '');
    // "peaked in spring (Mar–May)": a span of months names none of them alone.
    if (committed.kind === 'month' && next.kind === 'month' && /^\s*(?:–|—|-|to|through|thru)\s*$/i.test(between) && !/\bfrom\s+$/i.test(lead)) return outcome(false, `${matcher}: ${written(committed)} opens a span of months, not one month`);
    if (!either && (fromTo || ranked || (REPLACED_BY.test(between) && !offered))) committed = next;
    else if (either || ALTERNATIVE.test(between)) return outcome(false, `${matcher}: ${written(committed)} and ${written(next)} are given together or as alternatives`);
    else context = true;
  }
  // "| Mar | 214 |\n| Apr | 198 |": a table or list of months that singles none out names several.
  // "April: 96; May: 88; June: 91" lists them too.
  const labelled = same.every((v) => /^\s*[:=]\s*\d/.test(answer.slice(v.end)));
  const listed = goldMonth !== undefined && context && (labelled || /^\s*(?:\||[-*•]\s|\d+[.)]\s)/m.test(actual)) && !/✅|←|<-/.test(actual) && new Set(same.map((v) => v.month)).size > 1;
  // "- **Mar: 118**" … "peaked in **March 2025**": bold singles one month out of the list.
  const bold = [...actual.matchAll(/\*\*([^*\n]+)\*\*/g)].flatMap((m) => [...findCalendarValues(m[1] ?? ''), ...bareMonths(m[1] ?? '')]);
  if (listed && bold.length > 0 && bold.every((v) => v.month === gold.month && (v.year === undefined || gold.year === undefined || v.year === gold.year))) return { ...outcome(true, `${matcher}: the answer lists several months and singles out ${JSON.stringify(goldText)} in bold`), uncertain: true };
  if (listed) return { ...outcome(false, `${matcher}: the answer lists several months and singles none out`), uncertain: true };
  const pass = sameCalendarValue(gold, committed);
  const verdict = outcome(pass, `${matcher}: the answer's ${gold.kind} ${written(committed)} ${pass ? 'is' : 'is not'} ${JSON.stringify(goldText)}${context ? ', other dates read as context' : ''}`);
  return pass && context ? { ...verdict, uncertain: true } : verdict;
}
