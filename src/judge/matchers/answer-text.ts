/**
 * Reading an answer before matching it. Agents wrap answers in markdown
 * ("**Negotiation**"), quotes, trailing periods and lead-ins ("The stage is
 * …"), and they negate ("not covered"). These helpers undo the wrapping and
 * find negations, so each matcher can decide what they mean for its kind of
 * gold.
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer, stripQuotes } from '../normalize.js';

/** Markdown emphasis and code marks, and heading or quote markers at line starts. */
const MARKDOWN = /(\*\*|__|\*|`+|~~)|^\s*(?:#{1,6}|>)\s+/gm;

/**
 * The answer without struck-through text, markdown marks, surrounding quotes, a trailing full stop
 * or exclamation mark, and with quotes and dashes folded. Case, diacritics
 * and inner text are kept.
 *
 * @example unwrapAnswer(' **"Negotiation."** ') // 'Negotiation'
 */
export function unwrapAnswer(text: string): string {
  // Struck-through text ("~~Open~~ Escalated") is what the answer no longer says.
  let out = foldText(text, { case: false, diacritics: false }).replace(/~~[^~\n]+~~\s*/g, '').replace(MARKDOWN, '');
  for (;;) {
    const next = stripQuotes(out.replace(/(?:[\s.!;,:\p{So}\p{Sk}]|\u200d|\ufe0f)+$/u, '').replace(/^(?:[\s\p{So}\p{Sk}]|\u200d|\ufe0f)+/u, '').trim());
    if (next === out) return out;
    out = next;
  }
}

/** Negation words and contractions, read on folded lower-case text. */
const NEGATION = /\b(?:not|no|never|none|nothing|neither|nor|without|cannot|lack(?:s|ed|ing)?|excluding|except)\b|\b\w+n't\b/g;

/**
 * How many negations a text contains. "not", "no", "never", "none",
 * "neither/nor", "without", "cannot", "lacks", "except" and any "n't"
 * contraction count.
 *
 * @example countNegations("It isn't covered, not at all") // 2
 */
export function countNegations(text: string): number {
  return (foldText(text).match(NEGATION) ?? []).length;
}

/**
 * Comparison form for free text: folded (width, quotes, diacritics, case),
 * with a sign and a percent kept as words so that "-3" ≠ "3" and "25%" ≠ "25",
 * then SQuAD-normalised.
 *
 * @example comparable('Zürich −3%') // 'zurich minus 3 percent'
 */
export function comparable(text: string): string {
  const folded = foldText(text)
    .replace(/(?<![\p{L}\p{N}])-(?=\d)/gu, ' minus ')
    .replace(/%/g, ' percent ');
  return normalizeAnswer(folded);
}

/** Lead-ins after which the rest of a sentence is the answer: "The stage is X", "Answer: X", "You're on the X plan". */
const LEAD_IN =
  /(?:'re|'s|\b(?:is|are|was|were|be|would be|should be|equals|remains|reads|called|named|prefers|preferred|uses|used|chose|chosen|selected|picked|belongs to|owned by|assigned to|handled by|goes to|went to|routed to|route to|assign to|reassign to|falls under|set to|listed as|marked as|recorded as|(?:moved|move|changed|change|updated|update|reset|reverted|revert|go|goes|sent|send|raised|lowered|escalated|downgraded|upgraded|increased|decreased|bumped)(?: back| up| down)? to)\b|[:=])\s+/gi;

/** A sentence break: a stop and a space, but not after an abbreviation ("Id. Decision Makers", "Acme Inc. is"). */
const SENTENCE_BREAK = /(?<!\b(?:Id|Inc|Dr|St|No|Co|Ltd|Corp|Mr|Mrs|Ms|Jr|Sr|vs|etc|approx|Dept|Ave))[.!?]\s+\S/;

/** Words that make what follows a guess: "It might be Platinum", "probably Gold". */
const GUESS = /\b(?:probably|possibly|perhaps|maybe|likely|might|could|may)\b/i;

/**
 * The phrases an answer may give after a lead-in whose words hold no
 * negation, guess or condition: "The opportunity stage is Negotiation." gives "Negotiation";
 * "You're on the Pro plan." gives "on the Pro plan" read as "Pro". Empty
 * when the answer is more than one sentence or has no lead-in.
 *
 * @example predicatesOf('Current stage: Negotiation.') // ['Negotiation']
 */
export function predicatesOf(text: string): string[] {
  const unwrapped = unwrapAnswer(text);
  if (SENTENCE_BREAK.test(unwrapped) || unwrapped.includes('\n')) return [];
  const out: string[] = [];
  for (const m of unwrapped.matchAll(LEAD_IN)) {
    const lead = unwrapped.slice(0, m.index + m[0].length);
    if (countNegations(lead) > 0 || GUESS.test(lead) || /\bif\b/i.test(lead)) break;
    // "1st: Globex, 2nd: Initech": what follows a lower rank's label is not the answer.
    if (/\b(?:2nd|3rd|[4-9]th|second|third|fourth|fifth|runner-up|runners-up|#[2-9])\s*(?:place)?\s*[:=]\s*$/i.test(lead)) continue;
    // "Since you only wanted hardware SKUs: the … has the most": a clause before a colon is not a label; a sentence follows.
    if (/^\W*(?:since|because|as|given that|now that)\b[^:]*:\s*$/i.test(lead)) continue;
    const tail = unwrapped.slice(m.index + m[0].length).replace(/^(?:(?:currently|now|still|set to|in|at|the|a|an|stage|status|under|for|by|on|to|with|back)\s+)+/i, '');
    out.push(unwrapAnswer(tail));
    const bare = tail.replace(/\s+(?:stage|status|phase|plan|tier|level|option|package|category|queue|team|department|region|account|type|channel|priority|method)\s*$/i, '');
    if (bare !== tail) out.push(unwrapAnswer(bare));
  }
  return out.filter((p) => p !== '');
}

/** Words that name the kind of a value rather than the value: "Gold member", "economy class", "Negotiation stage". */
const CATEGORY_NOUN =
  /(?<=\d)\s+(?:days?|weeks?|months?|years?|hours?|minutes?|mins?)\s*$|[\s-]+(?:stage|status|phase|plan|tier|level|option|package|category|queue|team|department|region|account|type|channel|priority|method|class|cabin|member|membership|customer|state|city|month|quarter|product|issue|case|room|fare|seat)\s*$/i;

/**
 * The answer without leading intensifiers and articles, a leading "Option"
 * before a one-word value, and one trailing category noun: "the Gold
 * member" gives "Gold", "Definitely Priya Raman" gives "Priya Raman",
 * "Option B" gives "B".
 *
 * @example withoutCategoryNoun('Economy class') // 'Economy'
 */
export function withoutCategoryNoun(text: string): string {
  return unwrapAnswer(text)
    .replace(/^(?:(?:definitely|certainly|surely|absolutely|clearly|obviously|simply|just)\s+)+/i, '')
    .replace(/^(?:(?:the|a|an)\s+)+/i, '')
    .replace(/^(?:option|choice|answer|alternative|letter|tier|level|step|phase|grade|version)\s+(?=\S+$)/i, '')
    .replace(CATEGORY_NOUN, '');
}

/** Verbs and auxiliaries that make a few words a sentence rather than a bare value. */
const FINITE = /\b(?:is|are|was|were|be|been|has|have|had|do|does|did|will|would|can|could|should|may|might|must|owns?|holds?|goes|went|came|got|gets|shows?|looks?|seems?|had|leads?|led|wins?|won)\b|'(?:s|re|ve|ll|d)\b/i;

/**
 * Whether an answer is a bare value rather than a sentence: one clause of at
 * most two words more than the gold, with no verb. Such an answer names a
 * value of its own ("Pending approval", "Basic Economy") and must equal the
 * gold; a sentence may state the gold among other words.
 *
 * @example isBarePhrase('Pending approval', 'Pending') // true
 */
export function isBarePhrase(answer: string, gold: string): boolean {
  const text = unwrapAnswer(answer);
  if (/[.!?;\n]\s|[,(]/.test(text)) return false;
  const words = text.split(/\s+/).filter(Boolean).length;
  return words <= gold.split(/\s+/).length + 2 && !FINITE.test(foldText(text, { case: false }));
}

/** An arrow between a label or an old value and the current value: "→", "->", "=>", "➡️", "⟶". */
const ARROW = /\s*(?:→|⟶|->|=>|➡\ufe0f?)\s*/u;

/**
 * The value a one-line answer's last arrow leads to ("Status → Approved ✅"
 * gives "Approved"), or `null` when the answer has no arrow or more than one
 * line.
 *
 * @example arrowTarget('Stage: Negotiation → Closed Won') // 'Closed Won'
 */
export function arrowTarget(text: string): string | null {
  const unwrapped = unwrapAnswer(text);
  if (unwrapped.includes('\n')) return null;
  const parts = unwrapped.split(ARROW);
  if (parts.length < 2) return null;
  const last = unwrapAnswer(parts[parts.length - 1] ?? '');
  return last === '' ? null : last;
}

/** Right after a value: it was set by mistake ("marked Closed Won by mistake", "set in error"). */
const IN_ERROR = /^\W*(?:\w+\s+){0,2}?(?:by mistake|in error|mistakenly|erroneously|accidentally|by accident|incorrectly)\b/i;
/** Right after a value: a correction ("Closed Won — no wait, Closed Lost", "free shipping, sorry, I mean standard"). */
const CORRECTED = /^\W*(?:no\W+wait|wait|sorry\W+(?:i mean|it'?s|make that|that should be|wrong)|sorry(?=\s*,?\s*[\u2013\u2014-]\s*\w)|correction|i mean|scratch that|make that|or rather|no\s*[,-]|nope)\b/i;
/** Later in the value's sentence: "A full refund was approved — sorry, I mean a partial refund." */
const CORRECTED_LATER = /\b(?:sorry\W+i mean|i mean|correction|scratch that|make that|or rather|no\W+wait)\b/i;
/**
 * Later in the answer: the value was taken back ("has since been reopened", "then revoked", "but the promotion
 * ended", "It was High … but was lowered"), or, in its own clause, undone ("… approved on Monday was reversed").
 */
const TAKEN_BACK =
  /\b(?:since|later|then|subsequently|afterwards|but|however|until)\b[^.!?\n]{0,60}?(?:\b(?:reopened|reversed|revoked|withdrawn|withdrew|cancell?ed|rescinded|rolled back|undone|voided|pulled|reverted|moved back|put back|set back|changed back|downgraded|retracted|overturned|de-escalated)\b|\b(?:it|that|this|the (?:offer|promotion|promo|deal|discount|campaign|sale|voucher|coupon))\s+(?:has\s+|had\s+|was\s+)?(?:since\s+|already\s+|then\s+)?(?:ended|expired|been discontinued|lapsed)\b)|\bno longer (?:available|valid|applies|apply|offered|active|in effect|stands|holds)\b|\bbut\s+(?:not|hasn't|has not|wasn't|was not|isn't|is not|hasn t|wasn t|isn t)\s+(?:yet\s+)?(?:been\s+)?\w+ed\b|\bbut\b[^.!?\n]{0,60}?\b(?:has left|left the company|no longer|unassigned|inactive|deactivated|was deleted|been deleted|retired)\b|\bbut\s+(?:it\s+|that\s+|this\s+)?(?:was|were|has been|had been|got)\s+(?:later\s+|then\s+|since\s+|subsequently\s+)?(?:lowered|raised|changed|reduced|increased|adjusted|updated|reclassified|reassigned|escalated|de-escalated|bumped)\b|^[^.!?;\n]{0,30}?\b(?:was|were|has been|have been|got)\s+(?:later\s+|then\s+|since\s+)?(?:reversed|revoked|withdrawn|cancell?ed|rescinded|voided|rolled back|undone|overturned|retracted)\b/i;

/**
 * Why a value stated just before `after` does not stand, or `null`: it was
 * set by mistake, or the rest of the answer takes it back ("It was marked
 * Closed Won by mistake and has since been reopened to Negotiation", "Free
 * shipping was offered, but the promotion ended").
 *
 * @example withdrawnAfter(' was offered, but it has since been withdrawn.') // 'it has since been withdrawn'
 */
export function withdrawnAfter(after: string): string | null {
  // Only the rest of the value's own sentence: a later sentence is about something else.
  const folded = foldText(after, { case: false }).split(/[.!?](?:\s|$)|\n/)[0] ?? '';
  const corrected = CORRECTED.exec(folded) ?? CORRECTED_LATER.exec(folded);
  if (corrected) return corrected[0].replace(/^\W+/, '').trim();
  const error = IN_ERROR.exec(folded);
  if (error) return error[0].replace(/^\W+/, '').trim();
  const back = TAKEN_BACK.exec(folded);
  return back ? back[0].trim() : null;
}

/** Openers that are not values: "Done.", "Sure!", "Good news." */
const INTERJECTIONS = /^(?:yes|no|nope|sure|ok|okay|done|great|thanks|thank you|hello|hi|hey|update|answer|result|results|summary|note|correction|certainly|absolutely|understood|noted|confirmed|perfect|alright|right|well|hmm|so|found it|got it|all set|of course|good news|bad news|unfortunately|none|nothing|nobody|n\/a)$/i;

/**
 * The value a multi-sentence answer opens with, when its first sentence is
 * only a value, perhaps after a short label: one to four capitalised words
 * and no verb ("Budget. Authority is fine since …", "Most cases: Globex
 * (42). Acme had 39."). Such an answer commits to that value; what
 * follows discusses others. `null` otherwise.
 *
 * @example openingValue('Budget. Authority is fine since the CFO is on the call.') // 'Budget'
 */
export function openingValue(text: string): string | null {
  const unwrapped = unwrapAnswer(text);
  const m = /^([^.!?\n]+)(?:[.!?]+\s+|\s*\n+\s*)\S/u.exec(unwrapped);
  if (m && /\b(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|Id|No)$/.test(m[1] ?? '')) return null;
  // A block of "Field: value" lines names one record's fields, not an answer and its discussion.
  if (!m || unwrapped.split('\n').filter((line) => /^\s*[\p{L}][\p{L} ]{0,30}:\s*\S/u.test(line)).length >= 2) return null;
  // "Most cases: Globex (42). Acme had 39.": the value after a short label, without its parenthesis.
  const first = (m[1] ?? '').replace(/^[^:]{1,40}:\s*/, '').replace(/\s*\([^)]*\)\s*$/, '').trim();
  const words = first.split(/\s+/);
  if (words.length > 4 || INTERJECTIONS.test(first) || FINITE.test(foldText(first, { case: false })) || /[,:;()]/.test(first)) return null;
  return words.every((w) => /^[\p{Lu}\p{N}]/u.test(w)) ? first : null;
}

/**
 * A name written surname first, turned around: "Whitfield, Dana" gives "Dana Whitfield", "O'Brien, Sean" gives
 * "Sean O'Brien". Only two comma-separated parts of one to three capitalised words each; anything else is returned
 * as it is, so a list ("Acme, Globex") of two one-word records is turned too, and callers compare both ways.
 *
 * @example givenNameFirst('Whitfield, Dana') // 'Dana Whitfield'
 */
export function givenNameFirst(text: string): string {
  const m = /^\s*(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,2})\s*,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2})\s*$/u.exec(text);
  return m ? `${m[2] ?? ''} ${m[1] ?? ''}` : text;
}
