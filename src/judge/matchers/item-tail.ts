/**
 * Words after a list's last item that go on with the sentence rather than name another item. "via phone and email
 * channels": a plural noun right after the last of coordinated items is the head noun they share ("Visa and
 * Mastercard cards"). "I merged A and B into the parent account": a preposition after the last item opens a phrase
 * about the whole list. Neither is an extra item; a word glued to a lone item ("Data overage") still may be.
 */

/** Prepositions and conjunctions that open a phrase or clause after an item. */
const CONTINUES = /^(?:into|onto|via|through|across|under|over|per|within|throughout|toward|towards|against|after|before|during|until|since|without|between|among|about|around|because|due|than|then|while|where|when|if|unless|so|instead|including|except|like)$/;

/**
 * Whether `segment` (a list segment over normalised text, gold items as "§n§") is the last item followed only by
 * the items' head noun or a phrase that goes on with the sentence. `segments` is the line's segments, `i` this one's.
 *
 * @example continuesAfterItems(['via §0§', '§1§ channels'], 1) // true
 */
export function continuesAfterItems(segments: readonly string[], i: number): boolean {
  const segment = segments[i] ?? '';
  const words = segment.split(' ');
  if (!/^§\d+§$/.test(words[0] ?? '') || words.length < 2) return false;
  if (CONTINUES.test(words[1] ?? '')) return true;
  // The head noun: one plural word after the last of two or more items ("email and SMS channels").
  const lastItem = segments.every((s, j) => j <= i || !s.includes('§'));
  return words.length === 2 && lastItem && (segments[i - 1] ?? '').includes('§') && /^\p{Ll}{3,}[^s]s$/u.test(words[1] ?? '');
}
