/**
 * Reading a list answer before it is compared: splitting a list into item
 * keys, normalising an answer line by line (bullets, ✅/❌ marks, asides in
 * parentheses), dropping headings that only introduce the list, and the
 * pattern one item word matches (months and weekdays with their short forms).
 * Shared by the `set` matcher and its checklist and extra-item readers.
 */
import { calendarForms } from '../../text/calendar.js';
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';
import { withSpelledOutLists } from './spelled-out-list.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** Bullets and enumerators that may open a list line: "-", "*", "•", "1.", "2)". */
export const BULLET = /^\s*(?:[-*\u2022]|\d+[.)])\s+/gm;
/** Stands for a bullet through normalisation (a word, so it survives). */
export const BULLET_MARK = 'zzbulletzz';

/**
 * Splits a list into normalised items on commas, semicolons, newlines,
 * bullets and (unless `splitOnAnd` is false) "and" and "&". A comma that
 * groups digits ("12,500") does not split.
 *
 * @example listItems('Q1, Q3 and the Q4') // ['q1', 'q3', 'q4']
 */
export function listItems(text: string, splitOnAnd = true): string[] {
  const ungrouped = foldText(text, { case: false }).replace(/(\d),(?=\d{3}(?!\d))/g, '$1').replace(BULLET, '\n');
  const separator = splitOnAnd ? /[,;\n]|\s&\s|\band\b/i : /[,;\n]/;
  return ungrouped
    .split(separator)
    .map((item) => itemKey(item.replace(/^\s*(?:and|or)\s+/i, '')))
    .filter((item) => item !== '');
}

/** An item's comparison key: normalised, or its letter when it is only an article ("A", an option label). */
export function itemKey(item: string): string {
  return normalizeAnswer(foldText(item)) || item.trim().toLowerCase();
}

/** Normalises line by line, so newlines still separate items. */
export function normalizeLines(text: string): string {
  // A sentence ends the list: "Alice and Ravi. Actually, both joined in May."
  // Also after a parenthesis or a numbered name: "Negotiation (4) and Proposal (3). Discovery …", "Dock 2. Dock 3 …";
  // after bold ("**Budget**. Authority …"), a dashed number ("415-555-0187. Safe travels"), a code ("SKU-4415. SKU-4412 …")
  // or before an emoji ("… 🌍 Safe …").
  return foldText(withSpelledOutLists(text).replace(/(?<=\p{Ll}{2}|[\p{Ll}\d%]\)|\p{L}{2} \d{1,4}|\p{Ll}(?:\*\*|__)|\d-\d{2,}|\p{L}-?\d{3,}|\p{L}\d+\p{Lu})[.!?]\s+(?:\p{Extended_Pictographic}\ufe0f?\s*)*(?=\p{Lu})/gu, '\n'))
    .replace(/[\u2705\u2714\u2611]\ufe0f?/g, ' met ')
    .replace(/[\u274c\u2717\u2718\u2716]\ufe0f?/g, ' missing ')
    .replace(/(\d),(?=\d{3}(?!\d))/g, '$1')
    .replace(BULLET, `\n${BULLET_MARK} `)
    // "(and arguably Timeline)" adds to the list; other parentheses describe an item.
    .replace(/\(\s*((?:and|also|plus|or|arguably|possibly|maybe|perhaps)\b[^)]*)\)/g, ', $1')
    // "AeroMix 300 (2.6%, just below)": a parenthesis saying the item falls short takes it out of the list.
    .replace(/\(\s*(?:[-+$€£]?\d[\d.,]*\s*%?\s*[,;:\u2013\u2014-]?\s*)?(?:(?:just|slightly|a bit|barely)\s+)?(?:below|under|not (?!counting|including|incl\b|yet\b)\w+|fell short|falls short|short of|excluded|missed|cancell?ed|voided|withdrawn|removed|dropped|doesn't|didn't|does not|did not)\b[^)]*\)/gi, ' is excluded ')
    .replace(/\([^)]*\)/g, ' ')
    .split(/\n/)
    .map((line) => line.split(/([,;|/&]|\s-\s)/).map((part) => (/^(?:[,;|/&]|\s-\s)$/.test(part) ? ` ${part.trim()} ` : normalizeAnswer(part))).join(''))
    .join('\n');
}

/** One word of an item as a pattern: a month or weekday also matches its abbreviations ("Wed", "Sept"). */
export function wordPattern(word: string): string {
  const forms = calendarForms(word);
  // Quarters also as ordinals ("the first and third quarters").
  const quarter = /^q([1-4])$/.exec(word);
  if (quarter) return `(?:q${quarter[1]}|${['first', 'second', 'third', 'fourth'][Number(quarter[1]) - 1]})`;
  // Weekdays also in the plural ("Mondays").
  return forms ? `(?:${forms.join('|')})${/day$/.test(forms[0] ?? '') ? 's?' : ''}` : escapeRegExp(word);
}

/** A line that is only a markdown heading or bold text ("## Agents", "**Top two agents**"). */
const HEADING = /^\s*(?:#{1,6}\s+\S.*|\*\*[^*\n]+\*\*|__[^_\n]+__)\s*$/;

/**
 * The answer without lines that only introduce the list: a line ending in a
 * colon ("Top two agents:"), a heading or a bold line ("**Top two agents**"),
 * a markdown table's header row and its `|---|` rule, unless they name a gold
 * item.
 */
export function withoutHeadings(actual: string, gold: readonly string[]): string {
  const lines = actual.split('\n');
  const namesGold = (line: string): boolean => gold.some((item) => ` ${itemKey(line)} `.includes(` ${item} `));
  const rule = (line: string | undefined): boolean => line !== undefined && /^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$/.test(line);
  return lines
    .filter((line, i) => !rule(line) && !((/:\s*$/.test(line) || HEADING.test(line) || rule(lines[i + 1])) && !namesGold(line)))
    .join('\n');
}
