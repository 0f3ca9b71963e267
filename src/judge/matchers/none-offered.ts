/**
 * A "None" gold and an answer that says nothing matched yet puts a value forward as its answer. A careful reader
 * takes what the answer offers, not the concession beside it: "Marisol Quintero — although there were no closed
 * cases, she's the default owner" leads with a value and only concedes that nothing matched; "No records returned.
 * However, the closest match is the AeroFlex Pro Treadmill." ends by giving a near match as the result, with nothing
 * saying it falls outside the question, no condition and no question back. A near match named with its reason ("…,
 * who started in 2020"), a condition ("if you loosen the filter"), an offer ("let me know if that's who you meant")
 * or a conclusion after it ("So nobody did") leaves the answer at "nothing".
 */

/**
 * Lead words in either case, letter by letter (escapes such as `\s` kept): the `i` flag would let `\p{Lu}` match
 * lowercase, so that the words after "The closest was" read as a value.
 */
function anyCase(words: string): string {
  return words.replace(/(?<!\\)\p{L}/gu, (c) => `[${c.toLowerCase()}${c.toUpperCase()}]`);
}

/** A value: a capitalised name of up to five words, or a code with a digit, perhaps after "the" or "order #". */
const VALUE = String.raw`${anyCase(String.raw`(?:the\s+|an?\s+)?(?:(?:order|case|ticket|account|flight|reservation|quote|product|item|lead|contact|opportunity|record)\s+)?`)}#?(?:\p{Lu}[\p{L}\p{N}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{N}'’&.-]*){0,4}|[\p{L}\p{N}-]*\d[\p{L}\p{N}-]*)`;
/** "Marisol Quintero — although …", "Priya Nair, though …": a bare value, then a concession. */
const LEADS_WITH_VALUE = new RegExp(String.raw`^\W*(${VALUE})\s*(?:[-\u2013\u2014:,]\s*)${anyCase(String.raw`(?:although|though|even though|even if|albeit|while|despite)`)}\b`, 'u');
/** A first word that opens a sentence without naming anything: "Unfortunately, although …", "Sorry — though …". */
const NO_VALUE = /^(?:no|none|nothing|nobody|nope|n\/a|zero|not|unfortunately|sorry|apologies|well|so|honestly|frankly|note|okay|ok|actually|currently|however|alas|sadly|regrettably|yes|again|also|still|just|first|overall|basically|admittedly|hmm|oh|ah|right|sure|ultimately|anyway)\b/i;
/** "However, the closest match is the AeroFlex Pro Treadmill.": a closing sentence that is only a near match and its value. */
const NEAR_MATCH_CLOSING = new RegExp(String.raw`^\W*${anyCase(String.raw`(?:(?:however|but|that said|still|instead)\W+)?(?:the\s+)?(?:closest|nearest|best near|next best|most similar)`)}(?:\s+\w+){0,2}?\s+${anyCase(String.raw`(?:is|was|would be)`)}\s+(${VALUE}(?<!\.))\s*[.!]?\s*$`, 'u');

/**
 * The value an answer that says nothing matched puts forward as its answer, or `null`.
 *
 * @example offeredValue('No records came back. However, the closest match is the Vela Pro Router.') // 'the Vela Pro Router'
 */
export function offeredValue(answer: string): string | null {
  const text = answer.replace(/\*\*|__|`/g, '').trim();
  const lead = LEADS_WITH_VALUE.exec(text)?.[1];
  if (lead !== undefined && !NO_VALUE.test(lead)) return lead.trim();
  const sentences = text.split(/(?<=[.!?])\s+|\n+/).filter((s) => s.trim() !== '');
  const last = sentences.at(-1) ?? '';
  const near = sentences.length >= 2 ? NEAR_MATCH_CLOSING.exec(last)?.[1] : undefined;
  return near === undefined ? null : near.trim();
}
