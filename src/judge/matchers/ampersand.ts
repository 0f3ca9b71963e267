/**
 * "&" and "and" are one word in a name: "O'Brien & Sons" and "OBrien and Sons", "Smith and Wesson Tools" and "Smith &
 * Wesson Tools" name the same company. A reader does not see the sign as a different value, while a normaliser that
 * drops punctuation drops the "&" and keeps the "and", so the two spellings would read as different words.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';

/**
 * The answer with the gold written its own way where the answer joins the gold's words with the other of "&" and
 * "and". Other words stay as they are, so "Ramos Brothers & Sons" is still not "Ramos & Sons".
 *
 * @example withGoldConnective("O'Brien & Sons", "It's O'Brien and Sons.") // "It's O'Brien & Sons."
 */
export function withGoldConnective(gold: string, answer: string): string {
  const words = gold.trim().split(/\s+/);
  if (words.length < 3 || !words.some((w, i) => i > 0 && i < words.length - 1 && /^(?:&|and)$/i.test(w))) return answer;
  const body = words.map((w) => (/^(?:&|and)$/i.test(w) ? '(?:&|and)' : escapeRegExp(w))).join('\\s*');
  return answer.replace(new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, 'giu'), gold.trim());
}
