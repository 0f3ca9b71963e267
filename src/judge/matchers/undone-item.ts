/**
 * What a careful reader takes from a sentence that says an action could not be carried out for one item ("P3LX8D
 * could not be cancelled", "ZB8M2C failed to rebook", "the lamp is past its return window"): the item is not among
 * those the action was done for, whatever the action is. Only verbs of doing count: "could not be confirmed" or
 * "couldn't verify" says what the agent could not find out, which may itself be the answer (the criteria a lead
 * fails), so those verbs are left out.
 */

/** Verbs of finding out, not of doing: an item that could not be confirmed may be the very item the answer lists. */
const FINDING_OUT = '(?:confirm|verif|validat|find|found|locat|determin|establish|reach|contact|identif|assess|see|tell|check|read|access|ascertain)';

/**
 * Words between "could not" and its verb: "be", "get", "have been", "yet", an adverb ("fully", "independently").
 * The finding-out test looks past all of them, so that backtracking cannot take one of them for the verb.
 */
const BEFORE_VERB = String.raw`(?: (?:be|get|got|been|have|yet|still|even|ever|\w+ly)(?= ))*`;

/**
 * In an item's own sentence (normalised: lowercase, apostrophes as spaces): the agent tried the action for it and
 * could not do it ("couldn t be processed", "was unable to be cancelled", "failed to rebook"), or it is outside the
 * rule that allows the answer's action ("can t be exchanged", "past its window", "not eligible"). A present "can't" or
 * "cannot" with another verb states a rule ("can't be sold with refurbished units"), which may be why the item is in
 * the answer's set, so only the verbs of the actions an answer reports on count with it.
 *
 * @example NOT_DONE.test('p3lx8d could not be cancelled because it s basic economy') // true
 */
export const NOT_DONE = new RegExp(
  String.raw`\b(?:(?:couldn t|could not|wasn t able to|weren t able to|was unable to|were unable to|unable to|won t be able to|failed to)(?!${BEFORE_VERB} ${FINDING_OUT})(?: (?:be|get|been|have been))?(?: \w+ly)? \p{L}{3,}|(?:can t|cannot) (?:\w+ ){0,2}?(?:include|return|process|add|refund|accept|cover|book|cancel|exchange)(?:d|ed)?|past (?:its|the|their) (?:\S+ ){0,2}?window|not eligible|ineligible)\b`,
  'u',
);

/**
 * The answer without its sentences that say the action could not be done for something that is no gold item ("ACC-3
 * couldn't be merged because …"): what was not done is not an extra item of the set that was. `namesItem` says
 * whether a sentence names a gold item; sentences that do are kept, for the set matcher to read.
 *
 * @example withoutUndone('I merged. A-3 could not be merged.', (s) => /A-[12]/.test(s)) // 'I merged .'
 */
export function withoutUndone(answer: string, namesItem: (sentence: string) => boolean): string {
  const sentences = answer.split(/(?<=[.!?])[ \t]+(?=\S)|(?=\n)/);
  const kept = sentences.filter((s) => namesItem(s) || !NOT_DONE.test(s.toLowerCase().replace(/['’]/g, ' ')));
  return kept.length < sentences.length && kept.some(namesItem) ? kept.join(' ').replace(/ (?=\n)/g, '') : answer;
}
