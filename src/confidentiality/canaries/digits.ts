/**
 * Digit canaries: phone numbers, case and order numbers, long numeric ids.
 * Identity is the full digit string. The text is read as groups of digits
 * (ASCII, full-width, or spelled out one digit at a time: "five five five")
 * joined by what people put between the parts of a number (spaces, hyphens,
 * dots, slashes, parentheses, "dash", line breaks, and the break between
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
const JOIN_WORDS = new Set(['dash', 'hyphen']);

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
  for (const token of tokens) {
    const word = DIGIT_WORDS[token];
    if (/^\d+$/.test(token)) {
      if (spelled) close(true);
      current += token;
      spelled = false;
    } else if (word !== undefined && ((token !== 'o' && token !== 'oh') || spelled)) {
      close(true);
      current = word.repeat(repeat);
      repeat = 1;
      spelled = true;
    } else if (DOUBLE.test(token)) {
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

/** A matcher for one digit canary: whole consecutive groups spell its digits (after a country code of at most two digits, for long numbers). */
export function digitsMatcher(raw: string): (text: string) => boolean {
  const target = foldWidth(raw).replace(/\D/g, '');
  const long = target.length >= 10;
  return (text) => {
    // Parts of a split message: the last group of one part continues into the next part, whatever words stand between.
    const groups = text.split(MESSAGE_BREAK).flatMap((part) => {
      const g = digitGroups(part);
      if (g.length > 0) (g.at(-1) as Group).joinsNext = true;
      return g;
    });
    for (let start = 0; start < groups.length; start++) {
      let run = '';
      for (let i = start; i < groups.length; i++) {
        run += (groups[i] as Group).digits;
        if (run === target) return true;
        if (long && run.length > target.length && run.length - target.length <= 2 && run.endsWith(target) && /^[01]/.test(run)) return true;
        if (run.length >= target.length + 2 || !(groups[i] as Group).joinsNext) break;
      }
    }
    return false;
  };
}
