/**
 * Words and phrases that say the same thing in business and support answers,
 * each mapped onto one stem, so that token F1 and the substitution check read
 * "the update resolves the issue" as "the update fixes the problem" and "plans
 * come with 24/7 support" as "plans include round-the-clock support". The
 * table is deliberately small and general (verbs of fixing, including,
 * needing, cancelling and refunding; nouns for a problem, an objection, a
 * customer): it never joins words a careful reader would tell apart, such as
 * two roles ("manager", "director"), two channels ("phone", "email"), an
 * action and its undoing ("cancel", "renew") or a word and its opposite.
 */

/** Phrases that say one word's meaning: "sign-off" is approval, "has to" is must, "comes with" is includes. */
const PHRASE_STEMS: readonly (readonly [RegExp, string])[] = [
  [/^sign(?:ed|s)?[- ]?offs?$/i, 'approval'],
  [/^(?:ha(?:ve|s|d)|needs?) to$/i, 'must'],
  [/^(?:asking|asks|asked) for$/i, 'wants'],
  [/^(?:due|owing) to$|^as a result of$/i, 'because'],
  [/^(?:come|comes|came|coming) with$/i, 'includes'],
  // "round-the-clock", "around the clock", "24x7", "24 hours a day, 7 days a week": the same "24/7".
  [/^(?:a?round[- ]the[- ]clock|24\s*x\s*7|24 hours a day,? 7 days a week)$/i, '24/7'],
  // A hyphenated spelling of one word: "e-mail" is "email".
  [/^e-mail$/i, 'email'],
  // The verb "issue" ("issue a refund"), written as its past form so that it stays apart from the noun "issue" (a
  // problem) and joins "issued".
  [/^issues?$/i, 'issued'],
];
const PHRASES = new RegExp(
  [
    String.raw`\bsign(?:ed|s)?[- ]?offs?\b`,
    String.raw`\b(?:ha(?:ve|s|d)|needs?) to\b`,
    String.raw`\b(?:asking|asks|asked) for\b`,
    String.raw`\b(?:due|owing) to\b`,
    String.raw`\bas a result of\b`,
    String.raw`\b(?:come|comes|came|coming) with\b`,
    String.raw`\ba?round[- ]the[- ]clock\b`,
    String.raw`\b24\s*x\s*7\b`,
    String.raw`\b24 hours a day,? 7 days a week\b`,
    String.raw`\be-mail\b`,
    // A verb takes an object ("issue a refund", "issues the card"); the noun follows a determiner ("the issue the
    // customer raised").
    String.raw`(?<!\b(?:the|a|an|this|that|these|those|any|no|same|each|every|one|which|what|whose|its|your|their|our|my|his|her)\s+)\bissues?(?=\s+(?:a|an|the|your|their|his|her|our|my|its|this|that|these|those|them|him|you|it|us|me)\b)`,
  ].join('|'),
  'gi',
);

/** The text with each phrase of the table written as its one word. */
export function phrasesAsWords(text: string): string {
  return text.replace(PHRASES, (m) => PHRASE_STEMS.find(([pattern]) => pattern.test(m))?.[1] ?? m);
}

/**
 * Stems (after the light stemmer) of words agents use for the same relation,
 * obligation, action or thing, mapped onto one stem. Irregular forms the
 * stemmer cannot reach ("fixed", "lost", "got") and words whose other forms
 * mean something else ("issue" but not "issued") are listed as written. A
 * `Map`, not an object: a token such as "constructor" must not find
 * `Object.prototype`'s members.
 */
export const SYNONYMS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    above: 'over', exceed: 'over', beyond: 'over', anoth: 'different',
    below: 'under', beneath: 'under',
    need: 'must', requir: 'must', mandatory: 'must', obligatory: 'must',
    authoriz: 'approv', authoris: 'approv', okay: 'approv',
    client: 'custom', purchas: 'buy', bought: 'buy', terminat: 'cancel', reimburs: 'refund',
    request: 'want', any: 'all', every: 'all', delivery: 'arriv', deliver: 'arriv', within: 'in',
    quick: 'fast', rapid: 'fast', speedy: 'fast',
    // Irregular forms the stemmer cannot reach ("lost" deals are "losing" deals) and "get" for "receive".
    lost: 'los', lose: 'los', receiv: 'get', gets: 'get', got: 'get',
    licenc: 'licens', yearly: 'annual', steep: 'high', pricey: 'expens', costly: 'expens',
    // "obtain" approval is getting it; a discount "given" or "granted" is one offered; "mic" is short; "mid-call" is during it.
    obtain: 'get', gave: 'offer', give: 'offer', given: 'offer', grant: 'offer', mic: 'microphon', mics: 'microphon', mid: 'dur',
    // What a plan or a package has: it "includes", "provides", "offers", "gives" or "comes with" it.
    includ: 'offer', provid: 'offer',
    // Putting a fault right: "fixes", "resolves", "repairs", "solves" it (not "addresses": an email address is no fix).
    fixed: 'fix', resolv: 'fix', repair: 'fix', solv: 'fix',
    // A fault (the noun "issue", not "issued"), an objection, a voided booking, a revised document, a pricing tier.
    tier: 'plan', issue: 'problem', issues: 'problem', object: 'concern', void: 'cancel', revis: 'updat',
  }),
);
