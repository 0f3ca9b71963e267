/**
 * The gold's own words written the gold's way. An answer may write a word of
 * the gold as one ("WiFi 6 Mesh Router" for "Wi-Fi 6 Mesh Router"), and a
 * gold may hold a full stop that is not a sentence's end ("Id. Decision
 * Makers", a Salesforce stage): a reader sees the gold's words either way,
 * while a reader of sentences would stop at "Id." and take "Id" for the
 * value. `normalized` reads the answer with these words written as one
 * unit before it looks for the statement that answers.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';
import { withGoldConnective } from './ampersand.js';

/**
 * The answer with the gold's hyphenated words written as the gold ("WiFi", "Wi Fi" → "Wi-Fi"), a name's misplaced
 * possessive read as the name's ("Logistic's" as "Logistics's") and the gold's inner
 * abbreviations ("Id. Decision Makers") written without their stop, so that no sentence ends inside the gold; an
 * apostrophe left out of a gold word ("OSullivan") and a slash between the gold's parts written as a comma or a dash
 * ("Size M, Navy" for "size M / navy") are read as the gold's.
 *
 * @example writtenAsGold('Wi-Fi 6 Mesh Router', 'The WiFi 6 Mesh Router.') // 'The Wi-Fi 6 Mesh Router.'
 * @example writtenAsGold('Id. Decision Makers', 'It is Id. Decision Makers.') // 'It is Id Decision Makers.'
 */
export function writtenAsGold(gold: string, answer: string): string {
  let out = answer;
  for (const m of gold.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)-(\p{L}{2,})(?![\p{L}\p{N}])/gu)) {
    const [word, a, b] = [m[0], m[1] ?? '', m[2] ?? ''];
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRegExp(a)}\\s?${escapeRegExp(b)}(?![\\p{L}\\p{N}-])`, 'giu'), word);
  }
  // "Brightwater Logistic's pipeline" for "Brightwater Logistics": the possessive of a name ending in "s", misplaced.
  for (const m of gold.matchAll(/(?<![\p{L}\p{N}])(\p{Lu}\p{L}{2,})s(?![\p{L}\p{N}'’])/gu)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])(${escapeRegExp(m[1] ?? '')})['’]s(?![\\p{L}\\p{N}])`, 'giu'), "$1s's");
  }
  // "OSullivan Freight" for "O'Sullivan Freight": an apostrophe inside one of the gold's words left out.
  for (const m of gold.matchAll(/(?<![\p{L}\p{N}])(\p{L}+)['’](\p{L}{2,})(?![\p{L}\p{N}])/gu)) {
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}'’])${escapeRegExp(m[1] ?? '')}${escapeRegExp(m[2] ?? '')}(?![\\p{L}\\p{N}'’])`, 'giu'), m[0]);
  }
  // "Size M, Navy" for "size M / navy": the parts of a gold joined by a slash, written with a comma or a dash.
  const parts = gold.trim().split(/\s*\/\s*/);
  if (parts.length > 1 && parts.every((p) => /^[\p{L}\p{N}]+(?:\s+[\p{L}\p{N}]+)*$/u.test(p))) {
    const body = parts.map((p) => p.split(/\s+/).map(escapeRegExp).join('\\s+')).join('\\s*(?:[,/|]|\\s[-\u2013\u2014])\\s*');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'), gold.trim());
  }
  // "NE US" for "North-East US": the gold's compass point written as its two capitals.
  const compass = /(?<![\p{L}])(north|south)[\s-]?(east|west)(?![\p{L}])/iu.exec(gold);
  if (compass !== null) {
    const code = `${(compass[1] ?? '').charAt(0)}${(compass[2] ?? '').charAt(0)}`.toUpperCase();
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${code}(?![\\p{L}\\p{N}])`, 'gu'), compass[0]);
  }
  // A stop inside the gold, after a word and before the gold's next word: the whole gold, written in the answer.
  if (/\p{L}\.\s+\p{L}/u.test(gold.trim())) {
    const words = gold.trim().split(/\s+/).map((w) => escapeRegExp(w.replace(/\.$/, '')));
    const written = new RegExp(`(?<![\\p{L}\\p{N}])${words.map((w, i) => (i < words.length - 1 ? `${w}\\.?` : w)).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
    out = out.replace(written, (w) => w.replace(/(?<=\p{L})\.(?=\s)/gu, ''));
  }
  // "OBrien and Sons" for "O'Brien & Sons": "&" and "and" between the gold's words (after the apostrophe above).
  return withGoldConnective(gold, out);
}
