/**
 * Spelled-out numbers ("seven", "twenty-one", "two hundred and five", "a
 * dozen", "three thousand"). Agents spell small counts out in prose, and a
 * number judgement that reads only digits fails "We logged seven
 * escalations." against 7. The parser is the usual small-number grammar:
 * units and tens add up, "hundred" multiplies what came before, and each of
 * thousand/million/billion closes a group.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fourty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

const SCALES: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

const WORD = /[a-z]+/gi;

/** A spelled-out number found in a text, with its offsets. */
export interface NumberWords {
  value: number;
  start: number;
  end: number;
}

/**
 * "one" is as often a pronoun as a number ("the one with the most cases",
 * "no one"); after these words it is not read as 1.
 */
const PRONOUN_ONE_BEFORE = /\b(?:no|any|every|each|some|the|which|this|that|another|someone|anyone|everyone)\s+$|\bthe\s+only\s+$/i;

/**
 * Finds spelled-out numbers in `text`. Words may be joined by spaces, hyphens
 * or "and" ("two hundred and five"); "a" before hundred/thousand/dozen counts
 * as one. Offsets are those of `text`.
 *
 * @example findNumberWords('about twenty-one, not a dozen')[0] // { value: 21, start: 6, end: 16 }
 */
export function findNumberWords(text: string): NumberWords[] {
  const words = [...text.matchAll(WORD)].map((m) => ({ word: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length }));
  const found: NumberWords[] = [];
  let i = 0;
  while (i < words.length) {
    const parsed = parseAt(text, words, i);
    if (parsed) {
      found.push(parsed.number);
      i = parsed.next;
    } else i += 1;
  }
  return found;
}

interface Word {
  word: string;
  start: number;
  end: number;
}

function isNumberWord(word: string): boolean {
  return Object.hasOwn(UNITS, word) || Object.hasOwn(SCALES, word) || word === 'hundred' || word === 'dozen';
}

function parseAt(text: string, words: readonly Word[], first: number): { number: NumberWords; next: number } | null {
  let i = first;
  let total = 0;
  let current = 0;
  let used = 0;
  let start = words[first]?.start ?? 0;
  // "a hundred", "a dozen", "a thousand": the article stands for one.
  const head = words[i];
  const after = words[i + 1];
  if (head?.word === 'a' && after && (Object.hasOwn(SCALES, after.word) || after.word === 'hundred' || after.word === 'dozen') && joined(text, head, after)) {
    current = 1;
    i += 1;
  }
  let end = start;
  for (; i < words.length; i += 1) {
    const w = words[i] as Word;
    if (used > 0 || current > 0) {
      const prev = words[i - 1] as Word;
      // "two hundred and five": "and" joins only after hundred or a scale word.
      if (w.word === 'and' && (prev.word === 'hundred' || Object.hasOwn(SCALES, prev.word))) {
        const next = words[i + 1];
        if (next && Object.hasOwn(UNITS, next.word) && joined(text, prev, w) && joined(text, w, next)) continue;
        break;
      }
      if (!joined(text, prev, w)) break;
    }
    if (!isNumberWord(w.word)) break;
    if (Object.hasOwn(UNITS, w.word)) {
      const value = UNITS[w.word] as number;
      // "twenty one" is 21, but "five six" is two numbers.
      if (current % 100 !== 0 && !(current % 100 >= 20 && current % 10 === 0 && value < 10)) break;
      if (current % 100 >= 20 && value >= 10) break;
      current += value;
    } else if (w.word === 'hundred') {
      current = (current === 0 ? 1 : current) * 100;
    } else if (w.word === 'dozen') {
      current = (current === 0 ? 1 : current) * 12;
    } else {
      if (current === 0 && total === 0) break;
      total += (current === 0 ? 1 : current) * (SCALES[w.word] as number);
      current = 0;
    }
    used += 1;
    end = w.end;
  }
  if (used === 0) return null;
  const firstWord = words[first] as Word;
  if (used === 1 && firstWord.word === 'one' && isPronounOne(text, firstWord)) return null;
  if (firstWord.word === 'a') start = firstWord.start;
  return { number: { value: total + current, start, end }, next: first + Math.max(1, countWords(words, first, end)) };
}

function countWords(words: readonly Word[], first: number, end: number): number {
  let n = 0;
  for (let i = first; i < words.length && (words[i] as Word).end <= end; i += 1) n += 1;
  return n;
}

function joined(text: string, a: Word, b: Word): boolean {
  return /^(?:\s+|\s*-\s*)$/.test(text.slice(a.end, b.start));
}

function isPronounOne(text: string, word: Word): boolean {
  if (PRONOUN_ONE_BEFORE.test(text.slice(Math.max(0, word.start - 12), word.start))) return true;
  return /^\s+(?:of|another|by)\b/i.test(text.slice(word.end, word.end + 10));
}
