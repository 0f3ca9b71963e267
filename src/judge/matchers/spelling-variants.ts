/**
 * British and American spellings of one word ("licence" and "license",
 * "colour" and "color", "prioritise" and "prioritize", "centre" and
 * "center"). A reader takes either for the other, so the list and text
 * matchers compare words by a key that writes both spellings alike. The key
 * is applied to both sides, so it can only merge two words when their
 * spellings differ only in one of these endings; short words ("four",
 * "hour", "your") keep their own spelling, as their -our is no variant.
 */

/** Words whose British form ends in -re or -ence and has no regular rule. */
const WHOLE: Readonly<Record<string, string>> = {
  licence: 'license', licences: 'licenses', licenced: 'licensed', defence: 'defense', offence: 'offense', pretence: 'pretense',
  centre: 'center', centres: 'centers', metre: 'meter', metres: 'meters', litre: 'liter', litres: 'liters', fibre: 'fiber',
  theatre: 'theater', calibre: 'caliber', grey: 'gray', catalogue: 'catalog', catalogues: 'catalogs', dialogue: 'dialog',
  programme: 'program', programmes: 'programs', cheque: 'check', cheques: 'checks', aluminium: 'aluminum', mould: 'mold', plough: 'plow',
};

/**
 * The word in American spelling, lower case: the key under which both spellings compare equal.
 *
 * @example spellingKey('Colour') // 'color'
 * @example spellingKey('organisation') // 'organization'
 * @example spellingKey('four') // 'four'
 */
export function spellingKey(word: string): string {
  const w = word.toLowerCase();
  const whole = Object.hasOwn(WHOLE, w) ? WHOLE[w] : undefined;
  if (whole !== undefined) return whole;
  // colour, favourite, behaviour, neighbours: -our- after a consonant, in words of six letters or more.
  if (w.length >= 6 && /[^aeiou]our(?:s|ed|ing|ite|ites|able|ful|less)?$/.test(w)) return w.replace(/our(?=(?:s|ed|ing|ite|ites|able|ful|less)?$)/, 'or');
  // organise, prioritised, authorisation: -is- before -e, -ed, -ing, -ation after a consonant or vowel, in longer words.
  if (w.length >= 7 && /[a-z]{3}is(?:e|es|ed|ing|ation|ations)$/.test(w) && !/(?:prom|prem|exerc|advert|expert|compr|surpr|superv|improv|disgu|desp|ent?erpr|rev|adv|w|r|no|ra|crui|pra|apprai|tou)is(?:e|es|ed|ing|ation|ations)$/.test(w)) {
    return w.replace(/is(?=(?:e|es|ed|ing|ation|ations)$)/, 'iz');
  }
  return w;
}
