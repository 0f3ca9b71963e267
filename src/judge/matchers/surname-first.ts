/**
 * A name list written surname first ("- Quintero, Rafael", "Ramaswamy, Priya")
 * names the same people as the gold's "Rafael Quintero" and "Priya Ramaswamy".
 * The comma between a surname and a given name would otherwise read as a
 * separator between two items. Only a gold item of two words is turned, and
 * only where the answer writes exactly its two words the other way round.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';

/**
 * The answer with each "Surname, Given" of a two-word gold item written "Given Surname".
 *
 * @example withNamesInGivenOrder('- Quintero, Rafael', ['Rafael Quintero']) // '- Rafael Quintero'
 */
export function withNamesInGivenOrder(answer: string, gold: readonly string[]): string {
  let out = answer;
  for (const item of gold) {
    const words = item.trim().split(/\s+/);
    const [given, surname] = words;
    if (words.length !== 2 || given === undefined || surname === undefined || !/^\p{L}[\p{L}'-]+$/u.test(given) || !/^\p{L}[\p{L}'-]+$/u.test(surname)) continue;
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(surname)},[ \\t]*${escapeRegExp(given)}(?![\\p{L}\\p{N}])`, 'giu'), item);
  }
  return out;
}
