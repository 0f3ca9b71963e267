/**
 * Whether a clause names a value: capitalised words (not "I", "The", "It" and the like at its start) or an
 * identifier, or a value in quotes. Readers of several values use it to tell a clause that names another value
 * ("Last quarter it was Chat") from one that only comments ("I'd call it the right one").
 */

/**
 * Capitalised words or an identifier in a clause: it names a value.
 *
 * @example namesValue('so the answer is Tessa Morrow') // true
 */
export function namesValue(text: string): boolean {
  // "… so its real status is 'pending investigation'": a value in quotes is named, in any case.
  if (/^\s*(?:'[^'\n]{2,40}'|"[^"\n]{2,40}"|‘[^’\n]{2,40}’|“[^”\n]{2,40}”)\s*[.!]?\s*$/u.test(text)) return true;
  return /(?:^|\s|\*)(?!(?:I|I'd|I'm|The|A|An|It|This|That)\b)\p{Lu}[\p{L}'-]+|\b(?=[\p{L}\d]*\d)(?=[\p{L}\d]*\p{L})[\p{L}\d]{5,}\b/u.test(text.replace(/^\W+/, ''));
}
