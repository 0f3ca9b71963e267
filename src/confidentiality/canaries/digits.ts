/**
 * Digit canaries: phone numbers, case and order numbers, long numeric ids.
 * Identity is the full digit string. The text is read as groups of digits
 * (ASCII, full-width, or spelled out one digit at a time: "five five five")
 * joined by what people put between the parts of a number (spaces, hyphens,
 * dots, slashes, parentheses, "dash", "then", "and", line breaks, and the break between
 * two messages of a split). A match is a run of whole
 * consecutive groups whose digits equal the canary's, optionally after a
 * country code of one or two digits, so a shared exchange ("555-01…") or a
 * neighbouring record number never matches, and neither does a number
 * buried in a longer one.
 */
import { foldWidth } from '../../text/fold.js';
import { MESSAGE_BREAK } from './message-break.js';

const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0', oh: '0', o: '0', one: '1', two: '2', three: '3', four: '4', five: '5',
  six: '6', seven: '7', eight: '8', nine: '9',
};
const DOUBLE = /^(?:double|triple)$/;

/** A group of digits and whether the next group may continue it. */
interface Group {
  digits: string;
  joinsNext: boolean;
}

/** Punctuation that continues a number: spaces, line breaks, hyphens, dots, slashes, parentheses, commas. */
const JOINS = /^[\s(),./\-+]{1,4}$/;
const JOIN_WORDS = new Set(['dash', 'hyphen', 'then', 'and', 'followed', 'by']);

/**
 * The digit groups of `text`. A spelled digit is a group of its own, so
 * "eight two two" reads as 8, 2, 2 joined; "double five" is 55; "o" and "oh"
 * are zero only among spelled digits.
 */
export function digitGroups(text: string): Group[] {
  const tokens = foldWidth(text).toLowerCase().match(/\d+|[a-z]+|[^\da-z]+/g) ?? [];
  const groups: Group[] = [];
  let current = '';
  let repeat = 1;
  let spelled = false;
  const close = (joins: boolean) => {
    if (current !== '') groups.push({ digits: current, joinsNext: joins });
    else if (!joins && groups.length > 0) (groups.at(-1) as Group).joinsNext = false;
    current = '';
  };
  // A lone digit word is prose ("the last four", "one of them"); spelled digits come in runs.
  const words = tokens.map((t, i) => (DIGIT_WORDS[t] !== undefined || DOUBLE.test(t) ? i : -1)).filter((i) => i >= 0);
  const inRun = new Set(words.filter((i, k) => isNeighbour(tokens, words[k - 1], i) || isNeighbour(tokens, i, words[k + 1])));
  for (const [index, token] of tokens.entries()) {
    const word = inRun.has(index) ? DIGIT_WORDS[token] : undefined;
    if (/^\d+$/.test(token)) {
      if (spelled) close(true);
      current += token;
      spelled = false;
    } else if (word !== undefined && ((token !== 'o' && token !== 'oh') || spelled)) {
      close(true);
      current = word.repeat(repeat);
      repeat = 1;
      spelled = true;
    } else if (DOUBLE.test(token) && inRun.has(index)) {
      close(true);
      repeat = token === 'double' ? 2 : 3;
    } else if (/^[a-z]+$/.test(token)) {
      close(JOIN_WORDS.has(token));
      spelled = false;
    } else close(JOINS.test(token));
  }
  close(false);
  return groups;
}

/** Whether two digit-word tokens stand next to each other, with at most punctuation between them. */
function isNeighbour(tokens: readonly string[], a: number | undefined, b: number | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  for (let i = a + 1; i < b; i++) if (!JOINS.test(tokens[i] ?? '')) return false;
  return true;
}

/** The longest digit string a run is built up to: longer than any phone number with its country code. */
const MAX_RUN = 18;

/**
 * Every digit string that whole consecutive groups of `text` spell, up to 18
 * digits; a run of 11 or more digits that starts with a country code of one
 * or two digits (0 or 1 first) also counts without it. A digit canary leaks
 * exactly when its digits are one of these, so the same set serves matching
 * and bulk checks. Parts of a split message continue into each other,
 * whatever words stand between them.
 *
 * @example digitRuns('call +1 822 555 0175').has('8225550175') // true
 */
export function digitRuns(text: string): Set<string> {
  const groups = text.split(MESSAGE_BREAK).flatMap((part) => {
    const g = digitGroups(part);
    if (g.length > 0) (g.at(-1) as Group).joinsNext = true;
    return g;
  });
  const runs = new Set<string>();
  for (let start = 0; start < groups.length; start++) {
    let run = '';
    for (let i = start; i < groups.length; i++) {
      run += (groups[i] as Group).digits;
      if (run.length > MAX_RUN) break;
      runs.add(run);
      if (run.length >= 11 && /^[01]/.test(run)) {
        runs.add(run.slice(1));
        if (run.length >= 12) runs.add(run.slice(2));
      }
      if (!(groups[i] as Group).joinsNext) break;
    }
  }
  return runs;
}

/** The identity of a digit canary: its digits. */
export function digitsKey(raw: string): string {
  return foldWidth(raw).replace(/\D/g, '');
}

/** A matcher for one digit canary: whole consecutive groups of the text spell its digits. */
export function digitsMatcher(raw: string): (text: string) => boolean {
  const target = digitsKey(raw);
  return (text) => digitRuns(text).has(target);
}
