/**
 * The `set` matcher, for answers that are order-free lists ("the two
 * agents who…", "the months in which…"). Both sides are split into items, each
 * item is normalised, and the two sets must be equal: no missing item, no
 * extra one, duplicates and order ignored.
 */
import { normalizeAnswer } from '../normalize.js';

/** Bullets and enumerators that may open a list line: "-", "*", "•", "1.", "2)". */
const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/;

/**
 * Splits a list answer into normalised items. Items are separated by commas,
 * semicolons and newlines and, unless `splitOnAnd` is false, by the word "and"
 * and a spaced "&". A leading bullet or enumerator is removed from each item,
 * a leading "and"/"or" too (the Oxford comma), and a comma that groups digits
 * ("12,500") does not split. Empty items are dropped.
 *
 * @example listItems('Q1, Q3 and the Q4') // ['q1', 'q3', 'q4']
 */
export function listItems(text: string, splitOnAnd = true): string[] {
  const ungrouped = text.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
  const separator = splitOnAnd ? /[,;\n]|\s&\s|\band\b/i : /[,;\n]/;
  return ungrouped
    .split(separator)
    .map((item) => normalizeItem(item.replace(BULLET, '').replace(/^\s*(?:and|or)\s+/i, '')))
    .filter((item) => item !== '');
}

/** `normalizeAnswer`, except that an item that is only an article ("A", an option label) keeps its letter. */
function normalizeItem(item: string): string {
  return normalizeAnswer(item) || item.trim().toLowerCase();
}

/**
 * Whether the answer lists exactly the expected items in any order. An array
 * `expected` is taken item by item; a string `expected` is split like the
 * answer. Each item is compared after `normalizeAnswer`. Both sides are split
 * once with "and" as a separator and once without, and either reading may
 * match, so that an item such as "Research and Development" survives.
 *
 * @example setMatch(['Alice', 'Bob'], 'bob and alice') // true
 */
export function setMatch(expected: string | number | readonly (string | number)[], actual: string): boolean {
  return [true, false].some((splitOnAnd) => {
    const gold = Array.isArray(expected)
      ? expected.map((item) => normalizeItem(String(item))).filter((item) => item !== '')
      : listItems(String(expected), splitOnAnd);
    return sameSet(gold, listItems(actual, splitOnAnd));
  });
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  const left = new Set(a);
  const right = new Set(b);
  if (left.size !== right.size || left.size === 0) return false;
  for (const item of left) if (!right.has(item)) return false;
  return true;
}
