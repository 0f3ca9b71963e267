/**
 * Finds the quantities written in a piece of text, the way a careful reader
 * sees them: "$12.5k", "(1,234.00)", "8 per cent", "seven", "2.5 million
 * euros", "１２３", "1.234,5". Each one comes with its offsets, what it is
 * (plain, percent, currency) and flags for numbers that are usually not the
 * quantity asked about (years, ids, date parts, ranges). Judgements then pick
 * the quantity they need; this module only reads.
 *
 * Hand-written rather than a library: the locale parsers on npm read one
 * well-formed number, not every number inside an agent's sentence with the
 * context that says whether it is a year or an order number.
 */
import { CURRENCY_AFTER, CURRENCY_BEFORE, currencyCode, mergeCents } from './currencies.js';
import { mergeDurations, minutesAndSeconds, TIME_GLUED, TIME_UNIT_AFTER, TIME_UNITS } from './durations.js';
import { foldAligned } from './fold.js';
import { findFractions } from './fractions.js';
import { findNumberWords } from './number-words.js';
import { markRanges } from './ranges.js';

/** What kind of quantity was written. */
export type QuantityKind = 'plain' | 'percent' | 'currency';

/** One quantity found in a text. */
export interface Quantity {
  /** The value as written, scaled by k/M/bn and words; percents keep their number (8 for "8%"). */
  value: number;
  kind: QuantityKind;
  /** ISO 4217 code for a currency amount (USD for "$" and "bucks"). */
  currency?: string;
  /** Offsets in the original text, covering sign, currency, suffix and percent. */
  start: number;
  end: number;
  /** `text.slice(start, end)`. */
  raw: string;
  /** A four-digit integer 1900–2100 written where a year goes ("in 2023", "March 2024"). */
  year?: boolean;
  /** One end of a range or alternative ("40-60", "between 40 and 60", "7 or 8"). */
  range?: boolean;
  /** A label rather than a measure: "#5023", "order 5023", "case 00042". */
  id?: boolean;
  /** Part of a date or time ("2024-03-14", "3/14", "10:30"). */
  date?: boolean;
  /** Written in words ("seven"). */
  spelled?: boolean;
  /** The time unit written after it ("hour" in "45 minutes" is "minute"), singular. */
  unit?: string;
}

const NUMERAL =
  /(?<![\p{L}\p{N}_.])(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d{1,3}(?:'\d{3})+(?:\.\d+)?|\d{1,3},\d{1,2}(?![\d,])(?<!\d,\d{1,3},\d{1,2})|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d{1,2}(?!\d)|\d{1,3}(?:\.\d{3})+,\d+|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?!\d)(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)/gu;

const SCALE_ATTACHED: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, m: 1e6, M: 1e6, mm: 1e6, MM: 1e6, mn: 1e6, bn: 1e9, Bn: 1e9, BN: 1e9, b: 1e9, B: 1e9 };
const SCALE_WORD = /^\s*(thousand|million|billion|trillion|bn|mn|mln|k)(?![\p{L}\p{N}])/iu;
const SCALE_WORD_VALUE: Readonly<Record<string, number>> = { thousand: 1e3, k: 1e3, million: 1e6, mn: 1e6, mln: 1e6, billion: 1e9, bn: 1e9, trillion: 1e12 };
const PERCENT_AFTER = /^\s?(?:%|(?:percent|per\s?cent|pct|percentage points?)(?![\p{L}]))/iu;
const YEAR_BEFORE =
  /\b(?:in|since|of|during|from|until|till|by|year|fy|before|after|early|mid|late|q[1-4]|h[12]|jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s*(?:\d{1,2}(?:st|nd|rd|th)?,?\s*)?$/i;
const ID_BEFORE = /(?:#\s?|\b(?:order|case|ticket|invoice|account|acct|id|no\.|number|ref|reference|po|sku|item|contract|quote)\s*[:#]?\s*)$/i;

interface Span {
  value: number;
  start: number;
  end: number;
  integer: boolean;
  digits: string;
  spelled: boolean;
  unit?: string | undefined;
}

/**
 * Every quantity in `text`, in reading order. Digits may be ASCII or
 * full-width; thousands may be grouped with commas, spaces or (with a decimal
 * comma) dots; "k", "M", "bn" and the words thousand/million/billion scale the
 * number; a sign, the minus sign or accounting parentheses around a currency
 * amount make it negative. Digits glued to letters ("Q3", "A113", "3rd",
 * "10am") are not quantities.
 *
 * @example findQuantities('Revenue fell 8% to $2.5M in 2023.').map((q) => [q.value, q.kind])
 * // [[8, 'percent'], [2500000, 'currency'], [2023, 'plain']] (the last with year: true)
 */
export function findQuantities(text: string): Quantity[] {
  const t = foldAligned(text);
  const spans: Span[] = [];
  for (const m of t.matchAll(NUMERAL)) {
    const literal = m[0];
    spans.push({ value: parseLiteral(literal), start: m.index, end: m.index + literal.length, integer: !/[.,\s]/.test(literal), digits: literal, spelled: false });
  }
  for (const w of findNumberWords(t)) {
    if (!spans.some((s) => s.start < w.end && w.start < s.end)) {
      spans.push({ value: w.value, start: w.start, end: w.end, integer: true, digits: '', spelled: true });
    }
  }
  // Fraction phrases ("twelve and a half", "half a dozen") replace the plain numbers inside them.
  for (const f of findFractions(t)) {
    const kept = spans.filter((s) => !(s.start < f.end && f.start < s.end));
    spans.length = 0;
    spans.push(...kept, { value: f.value, start: f.start, end: f.end, integer: false, digits: '', spelled: true, unit: f.unit });
  }
  spans.sort((a, b) => a.start - b.start);
  const quantities: Quantity[] = [];
  for (const span of spans) {
    const q = qualify(t, text, span);
    if (q) quantities.push(q);
  }
  markRanges(t, quantities);
  return minutesAndSeconds(t, text, mergeCents(t, mergeDurations(t, quantities)));
}

/** The value of a numeral; the regex has already decided which separator groups thousands. */
function parseLiteral(literal: string): number {
  // "1,5", "12,75": a decimal comma (a thousands group would have three digits).
  if (/^\d{1,3},\d{1,2}$/.test(literal)) return Number(literal.replace(',', '.'));
  if (/^\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+,\d+$/.test(literal)) return Number(literal.replace(/[ \u00a0\u202f\u2009]/g, '').replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3})+,\d+$/.test(literal)) return Number(literal.replace(/\./g, '').replace(',', '.'));
  if (/^\d{1,3}(?:\.\d{3}){2,}$/.test(literal)) return Number(literal.replace(/\./g, ''));
  return Number(literal.replace(/[,'\s\u00a0\u202f\u2009]/g, ''));
}

function qualify(t: string, original: string, span: Span): Quantity | null {
  let { value } = span;
  let start = span.start;
  let end = span.end;
  let rest = t.slice(end);
  // Digits glued to letters: a scale suffix, or not a quantity at all ("3rd", "10am", "5x").
  if (!span.spelled) {
    const glued = /^[\p{L}]+/u.exec(rest);
    // "24h", "1h 30m", "45min": a time unit glued on. A lone "m" is minutes only after hours ("1h 30m"), else millions.
    const timeUnit = glued ? (glued[0] === 'm' && /\dh(?:rs?)?\s*(?:and\s+)?$/i.test(before(t, span.start)) ? 'minute' : TIME_GLUED[glued[0].toLowerCase()]) : undefined;
    if (glued && timeUnit) {
      span.unit = timeUnit;
      end += glued[0].length;
      rest = t.slice(end);
    } else if (glued) {
      const scale = SCALE_ATTACHED[glued[0]];
      if (scale === undefined) return null;
      value *= scale;
      end += glued[0].length;
      rest = t.slice(end);
    } else {
      const word = SCALE_WORD.exec(rest);
      if (word) {
        value *= SCALE_WORD_VALUE[(word[1] ?? '').toLowerCase()] ?? 1;
        end += word[0].length;
        rest = t.slice(end);
      }
    }
  }
  let kind: QuantityKind = 'plain';
  let currency: string | undefined;
  const percent = PERCENT_AFTER.exec(rest);
  if (percent) {
    kind = 'percent';
    end += percent[0].length;
  } else {
    const after = CURRENCY_AFTER.exec(rest);
    if (after) {
      kind = 'currency';
      currency = currencyCode(after[1] ?? '');
      end += after[0].length;
    }
  }
  let negative = false;
  // A sign right before the number ("-3", "$-5") or before its currency ("-$5", "−€12"). After a digit or "%", a dash is a range.
  const signAt = signBefore(t, start);
  if (signAt !== null) {
    negative = t[signAt] === '-';
    start = signAt;
  }
  const prefix = kind === 'plain' ? CURRENCY_BEFORE.exec(before(t, start)) : null;
  if (prefix) {
    kind = 'currency';
    currency = currencyCode(prefix[1] ?? '');
    start -= prefix[0].length;
    const outer = signAt === null ? signBefore(t, start) : null;
    if (outer !== null) {
      negative = t[outer] === '-';
      start = outer;
    }
  }
  // Accounting parentheses: "Net change: ($300)", "Balance: (75.00)", "| (1,234) |", or an answer that is only "(1,234)".
  // Mid-sentence after a noun ("The refund ($15) is on its way") they are an aside, not a sign.
  if (/\(\s?$/.test(before(t, start)) && /^\s?\)/.test(t.slice(end))) {
    const open = t.lastIndexOf('(', start - 1);
    const whole = t.trim() === t.slice(open, end + t.slice(end).indexOf(')') + 1).trim();
    const lead = before(t, open);
    const ledger = /(?:^|[:=|\n]|\b(?:is|was|are|were|of|at|totals?|totalled|came to|comes to|balance|net|variance|change|loss|difference))\s*$/i.test(lead);
    if (whole || ledger) negative = true;
  }
  if (negative) value = -value;
  const q: Quantity = { value, kind, start, end, raw: original.slice(start, end) };
  if (currency) q.currency = currency;
  if (span.spelled) q.spelled = true;
  const unit = span.unit ?? (kind === 'plain' ? TIME_UNIT_AFTER.exec(t.slice(end))?.[1]?.toLowerCase() : undefined);
  if (unit) q.unit = TIME_UNITS[unit] ?? unit;
  // A number hyphenated onto a word is part of a code: "ZX-3", "INV-2024-001".
  if (/\p{L}[\p{L}\p{N}]*(?:-\d+)*-$/u.test(before(t, span.start))) q.id = true;
  else if (isDatePart(t, span)) q.date = true;
  else if (kind === 'plain' && !negative && span.integer && span.end === end) {
    const lead = t.slice(Math.max(0, span.start - 24), span.start);
    if (/^\d{4}$/.test(span.digits) && value >= 1900 && value <= 2100 && (YEAR_BEFORE.test(lead) || /^(?:'?s\b|\s*[-/]\s*\d)/.test(t.slice(end)))) q.year = true;
    else if (/#\s?$/.test(lead) || (span.digits.length >= 3 && ID_BEFORE.test(lead)) || /^0\d{2,}$/.test(span.digits)) q.id = true;
  }
  return q;
}

/**
 * The text just before `at`. The look-behind patterns here end in `$` and
 * need only a few characters; testing them on the whole prefix made a scan
 * quadratic in the text's length (a large tool result or world dump).
 */
function before(t: string, at: number): string {
  return t.slice(Math.max(0, at - 64), at);
}

/** Where a sign for a number starting at `at` stands, if one does. */
function signBefore(t: string, at: number): number | null {
  const sign = /([-+])\s?$/.exec(before(t, at));
  if (!sign) return null;
  // A dash with spaces on both sides ("All of them — 100%") or opening a bullet ("- 42 cases") is punctuation, not a sign.
  if (/\s$/.test(sign[0]) && /(?:^|\s)$/.test(before(t, at - sign[0].length))) return null;
  const signAt = at - sign[0].length;
  if (/[\p{L}\p{N}%.,)\-_/]/u.test(t[signAt - 1] ?? '')) return null;
  if (/[\d%]\s*$/.test(before(t, signAt))) return null;
  return signAt;
}

const MONTH_NAME = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';

function isDatePart(t: string, span: Span): boolean {
  if (span.spelled) return false;
  const from = Math.max(0, span.start - 10);
  const around = t.slice(from, span.end + 10);
  const offset = span.start - from;
  const local = around.slice(0, offset) + '#'.repeat(span.end - span.start) + around.slice(offset + span.end - span.start);
  // ISO dates, slashed dates and clock times ("10:30"; not a label's colon: "in 2024: 47 days").
  if (/\d\s?\/\s?#|#\s?\/\s?\d|(?<!\d)\d{1,2}:#|#:\d{2}|\d{4}-#|#-\d{2}-\d{2}|\d{4}-\d{2}-#|\d-#-\d/.test(local)) return true;
  // A day with its month's name: "3 Feb", "17th of February", "Feb 3," (not "March 58 cases": a day ends its phrase).
  if (span.digits.length > 2 || Number(span.digits) > 31 || Number(span.digits) < 1) return false;
  return new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_NAME}\\b`, 'i').test(t.slice(span.end, span.end + 16))
    || (new RegExp(`\\b${MONTH_NAME}\\.?\\s+$`, 'i').test(before(t, span.start)) && /^(?:st|nd|rd|th)?(?:\s*$|\s*[,.;)]|\s+(?:and|to|through|or)\b|\s*[-\u2013])/i.test(t.slice(span.end, span.end + 10)));
}
