/**
 * Quantities written with fraction words: "twelve and a half days", "an hour
 * and a half", "three quarters of an hour", "half a dozen", "a quarter of the
 * leads". Agents use them in prose where a number judgement expects 12.5,
 * 1.5, 0.75, 6 and 0.25. "Quarter" alone is a fiscal quarter, and "half"
 * alone is an adjective ("the second half"), so a fraction word is read as a
 * number only in these constructions: after "and a" following a number,
 * before "of" or "a/an", or after a count ("three quarters", "one eighth")
 * that is not a stretch of time ("the last three quarters"). Vulgar
 * fractions ("3½", "¾") are read with the whole number before them.
 */
import { findNumberWords } from './number-words.js';

/** A fraction phrase found in a text, with its offsets and the time unit it measures, if any. */
export interface FractionPhrase {
  value: number;
  start: number;
  end: number;
  /** "hour" for "an hour and a half": the unit written inside the phrase. */
  unit?: string;
}

const FRACTION: Readonly<Record<string, number>> = { half: 0.5, halves: 0.5, quarter: 0.25, quarters: 0.25, third: 1 / 3, thirds: 1 / 3 };
const UNIT = '(hours?|minutes?|days?|weeks?|months?|years?)';

/**
 * Every fraction phrase in `text`, in reading order, not overlapping.
 *
 * @example findFractions('about twelve and a half days')[0]?.value // 12.5
 */
export function findFractions(text: string): FractionPhrase[] {
  const found: FractionPhrase[] = [];
  const add = (f: FractionPhrase): void => {
    if (!found.some((g) => g.start < f.end && f.start < g.end)) found.push(f);
  };
  const counts = [...text.matchAll(/\b(\d+(?:\.\d+)?)\b/g)].map((m) => ({ value: Number(m[1]), start: m.index, end: m.index + m[0].length }));
  const numbers = [...counts, ...findNumberWords(text)].sort((a, b) => a.start - b.start);
  // "twelve and a half", "2 and a half hours", "an hour and a half", "a year and a half".
  for (const m of text.matchAll(new RegExp(`\\b(?:(an?|one)\\s+${UNIT}\\s+)?and\\s+(?:a|one)\\s+(half|quarter)\\b`, 'gi'))) {
    const extra = FRACTION[(m[3] ?? '').toLowerCase()] ?? 0;
    if (m[1]) {
      add({ value: 1 + extra, start: m.index, end: m.index + m[0].length, unit: singular(m[2]) });
      continue;
    }
    const before = numbers.filter((n) => n.end <= m.index && new RegExp(`^\\s+(?:${UNIT}\\s+)?$`, 'i').test(text.slice(n.end, m.index))).pop();
    if (before) {
      const unit = new RegExp(UNIT, 'i').exec(text.slice(before.end, m.index));
      add({ value: before.value + extra, start: before.start, end: m.index + m[0].length, ...(unit ? { unit: singular(unit[1]) } : {}) });
    }
  }
  // "half a dozen", "half an hour", "three quarters of an hour", "a quarter of the leads", "one third of".
  for (const m of text.matchAll(new RegExp(`\\b(?:(a|an|one|two|three|\\d+)\\s+)?(half|halves|quarters?|thirds?)\\s+(?:(of)\\s+)?(?:(a|an)\\s+)?(dozen|${UNIT.slice(1, -1)})?\\b`, 'gi'))) {
    const [phrase, count, word, of, article, noun] = m;
    const fraction = FRACTION[(word ?? '').toLowerCase()] ?? 0;
    const isHalf = /^half/i.test(word ?? '');
    // A bare "quarter"/"third" without "of" is an ordinal or a fiscal quarter; "half" needs "of" or "a/an".
    if (!of && !(isHalf && article)) continue;
    if (!isHalf && !count) continue;
    // "the second half of the year", "the other half": a part, not a number.
    if (!count && /\b(?:the|first|second|other|latter|former|back|front|top|bottom)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    const multiple = count ? (/^\d/.test(count) ? Number(count) : ({ a: 1, an: 1, one: 1, two: 2, three: 3 } as Record<string, number>)[count.toLowerCase()] ?? 1) : 1;
    let value = multiple * fraction;
    let unit: string | undefined;
    if (noun && /^dozen$/i.test(noun)) value *= 12;
    else if (noun && article) unit = singular(noun);
    const consumed = noun !== undefined && (article !== undefined || /^dozen$/i.test(noun));
    const end = m.index + (consumed ? phrase.length : phrase.indexOf(word ?? '') + (word ?? '').length);
    add({ value, start: m.index, end, ...(unit ? { unit } : {}) });
  }
  // "3½ hours", "2 ¼", "¾": a vulgar fraction, with the whole number written before it.
  for (const m of text.matchAll(new RegExp(`(?:(?<![\\d.,])(\\d+)\\s?)?([${Object.keys(VULGAR).join('')}])(?:\\s*${UNIT})?`, 'giu'))) {
    const unit = singular(m[3]);
    add({ value: Number(m[1] ?? 0) + (VULGAR[m[2] ?? ''] ?? 0), start: m.index, end: m.index + m[0].length, ...(unit ? { unit } : {}) });
  }
  // "one eighth", "three fifths", "two thirds", "three quarters": a count of a fraction word, not followed by what
  // makes it a part of time ("the last three quarters", "two quarters in a row", "three quarters of 2024").
  for (const m of text.matchAll(/\b(one|two|three|four|five|six|seven|eight|nine)[\s-]+(halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b/gi)) {
    const count = COUNT[(m[1] ?? '').toLowerCase()] ?? 1;
    const denominator = DENOMINATOR[(m[2] ?? '').toLowerCase().replace(/s$/, '')];
    if (denominator === undefined || (count > 1) !== /s$/i.test(m[2] ?? '')) continue;
    if (/\b(?:the|last|past|next|previous|first|recent|consecutive|straight|all)\s+$/i.test(text.slice(Math.max(0, m.index - 12), m.index))) continue;
    if (/^\s+(?:in a row|running|straight|of (?:the |this |last |fy|fiscal|\d))/i.test(text.slice(m.index + m[0].length))) continue;
    add({ value: count / denominator, start: m.index, end: m.index + m[0].length });
  }
  return found.sort((a, b) => a.start - b.start);
}

const VULGAR: Readonly<Record<string, number>> = { '½': 1 / 2, '⅓': 1 / 3, '⅔': 2 / 3, '¼': 1 / 4, '¾': 3 / 4, '⅕': 1 / 5, '⅖': 2 / 5, '⅗': 3 / 5, '⅘': 4 / 5, '⅙': 1 / 6, '⅚': 5 / 6, '⅛': 1 / 8, '⅜': 3 / 8, '⅝': 5 / 8, '⅞': 7 / 8 };
const COUNT: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const DENOMINATOR: Readonly<Record<string, number>> = { halve: 2, third: 3, quarter: 4, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10 };

function singular(unit: string | undefined): string | undefined {
  return unit?.toLowerCase().replace(/s$/, '');
}
