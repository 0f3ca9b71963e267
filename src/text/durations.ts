/**
 * Time units beside quantities: the unit written after a number ("45
 * minutes", "3.5 h", glued "24h"), and durations written in two parts that
 * are one quantity ("1h 30m", "2 hours and 15 minutes", "6:12 (mm:ss)").
 * `findQuantities` reads the numbers; this module says what time they measure.
 */
import type { Quantity } from './quantities.js';

// "3.5 h", "30 s": a one-letter unit only when nothing but punctuation or the end follows. "4 business days" are days.
export const TIME_UNIT_AFTER = /^\s*(?:of\s+an?\s+)?(?:business\s+|working\s+|calendar\s+)?(hours?|hrs?|minutes?|mins?|seconds?|secs?|days?|weeks?|months?|years?|yrs?|[hs](?=\s*(?:$|[.,;:!?)\]]|\s\d|\s\(|\s(?:across|over|for|on|in|per|and|or|to|from|with|average|avg|mean|median)\b)))(?![\p{L}])/iu;
export const TIME_UNITS: Readonly<Record<string, string>> = { hours: 'hour', hrs: 'hour', hr: 'hour', h: 'hour', minutes: 'minute', mins: 'minute', min: 'minute', seconds: 'second', secs: 'second', sec: 'second', s: 'second', days: 'day', weeks: 'week', months: 'month', years: 'year', yrs: 'year', yr: 'year' };
export const TIME_GLUED: Readonly<Record<string, string>> = { h: 'hour', hr: 'hour', hrs: 'hour', min: 'minute', mins: 'minute', sec: 'second', secs: 'second' };
/** Seconds per time unit, keyed by the singular `Quantity.unit` writes; a month and a year at their average length. */
export const SECONDS_PER_UNIT: Readonly<Record<string, number>> = { second: 1, minute: 60, hour: 3600, day: 86400, week: 604800, month: 2629800, year: 31557600 };

/**
 * "6:12 (mm:ss)", "4:30 min": minutes and seconds written like a clock, labelled as such, are one duration in minutes
 * (6.2). An unlabelled "6:12" stays a time of day.
 */
export function minutesAndSeconds(t: string, original: string, quantities: readonly Quantity[]): Quantity[] {
  const out = [...quantities];
  for (const m of t.matchAll(/(?<![\d:.])(\d{1,3}):([0-5]\d)(?![\d:])(?=\s*(?:\(\s*(?:mm?:ss|min(?:utes)?\s*:\s*sec(?:onds)?)\s*\)|mins?\b|minutes\b))/gi)) {
    const start = m.index;
    const end = start + m[0].length;
    const value = Number(m[1]) + Number(m[2]) / 60;
    const inside = out.filter((q) => q.start >= start && q.end <= end);
    if (inside.length === 0) continue;
    out.splice(out.indexOf(inside[0] as Quantity), inside.length, { value, kind: 'plain', start, end, raw: original.slice(start, end), unit: 'minute' });
  }
  return out;
}

/** A larger time unit, the next smaller one and how many of those make one: "1h 30m", "6 days 12 hours". */
const COMPOUND_UNITS: Readonly<Record<string, readonly [string, number]>> = { week: ['day', 7], day: ['hour', 24], hour: ['minute', 60], minute: ['second', 60] };

/** "1h 30m", "2 hours and 15 minutes", "6 days 12 hours": a time unit followed by the next smaller one is one duration, in the larger unit. */
export function mergeDurations(t: string, quantities: readonly Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const last = out[out.length - 1];
    const smaller = last?.unit === undefined ? undefined : COMPOUND_UNITS[last.unit];
    if (last && smaller && q.unit === smaller[0] && !last.range && !q.range && /^\s*(?:[a-z]+)?\s*,?\s*(?:and\s+)?$/i.test(t.slice(last.end, q.start))) {
      out[out.length - 1] = { ...last, value: last.value + q.value / smaller[1], end: q.end, raw: `${last.raw}${t.slice(last.end, q.end)}` };
    } else out.push(q);
  }
  return out;
}
