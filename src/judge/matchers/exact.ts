/**
 * The `exact` matcher. CRMArena compares exact answers after trimming; a
 * careful reader also accepts the gold with a trailing full stop, in quotes
 * or bold, or inside a sentence when the gold is an identifier (an id, a
 * code, a tracking number) and nothing else in the answer has that shape.
 * Identifiers stay case-sensitive, because Salesforce 15-character ids
 * differ only in case; other golds (picklist values, names) compare ignoring
 * case and diacritics, and may be given after a lead-in ("The stage is
 * Negotiation.").
 */
import { foldText } from '../../text/fold.js';
import { arrowTarget, countNegations, givenNameFirst, isBarePhrase, openingValue, predicatesOf, unwrapAnswer, withoutCategoryNoun } from './answer-text.js';
import { dateVerdict } from './date-answer.js';
import { listedRecords } from './listed-records.js';
import { mentionOf } from './mention.js';
import { chosen, passedOver } from './passed-over.js';
import { replacedValue } from './replaced-value.js';
import { concludedElsewhere, settledElsewhere, settledOn } from './settled-value.js';
import { typoCorrected } from './name-typo.js';
import { outcome, type MatchOutcome } from './outcome.js';
import { looksLikeSalesforceId, sameSalesforceId } from './salesforce-id.js';
import { escapeRegExp } from '../../text/escape-regexp.js';
import { amongLabelledFigures, figureLabel } from './figure-labels.js';
import { otherKind } from './record-kind.js';
import { writtenAsGold } from './gold-spelling.js';
import { inEnglish } from './foreign-words.js';
import { closesOn } from './closing-line.js';
import { sameShape, TOKEN } from './identifier-shape.js';
import { correctedTo, reaffirmed } from './reaffirmed.js';

/** Identifier-like: one token with a digit, at least three characters (ids, codes, tracking and order numbers). */
const IDENTIFIER = /^#?(?=.*\d)[\p{L}\p{N}][\p{L}\p{N}\-_./#]*[\p{L}\p{N}]$/u;

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/;

/** Whether a gold is an identifier, which `exact` (and `contains`) may find inside a sentence. */
export function isIdentifier(gold: string): boolean {
  return gold.length >= 3 && IDENTIFIER.test(gold);
}

/**
 * Compares one gold with one answer.
 *
 * @example exactMatch('ZX0099812', "The order's tracking code is ZX0099812.").pass // true
 */
export function exactMatch(expected: string | number, written: string): MatchOutcome {
  const gold = unwrapAnswer(String(expected));
  if (gold === '' || unwrapAnswer(written) === '') return outcome(false, 'exact: an empty side never matches');
  if (unwrapAnswer(written) === gold) return outcome(true, 'exact: identical after trimming quotes, marks and punctuation');
  const actual = writtenAsGold(gold, emojiStops(inEnglish(gold, written)));
  const answer = unwrapAnswer(actual);
  // An email address is an identifier: found as written (ignoring case), with no other address beside it.
  if (EMAIL.test(gold)) {
    const emails = [...answer.matchAll(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g)].map((m) => m[0].toLowerCase());
    const pass = emails.includes(gold.toLowerCase()) && emails.every((m) => m === gold.toLowerCase());
    return outcome(pass, `exact: the answer's email addresses are ${JSON.stringify(emails)}`);
  }
  // "Reasoning: Jan 40, Feb 58, Mar 64. Answer: March": a labelled conclusion that is the gold decides before the dates.
  if (settledOn(gold, actual) || reaffirmed(gold, actual) || chosen(gold, actual) || correctedTo(gold, actual)) return { ...outcome(true, `exact: the answer concludes on ${JSON.stringify(gold)}`), uncertain: true };
  const date = dateVerdict(gold, answer, 'exact');
  if (date) return date;
  // A short code ("C7", "B2") is an identifier too once the answer writes it as one ("gate C-7").
  if (isIdentifier(gold) || (/^(?:\p{L}+\d+|\d+\p{L}+)$/u.test(gold) && codeHits(gold, answer).length > 0)) {
    // "005…7x — wait, I mis-sorted. … Answer: Ravi Castellanos": a conclusion naming another value decides.
    const concluded = concludedElsewhere(gold, actual.replace(TOKEN, (t) => (sameSalesforceId(t, gold) ? gold : t)));
    return concluded === null ? identifierInAnswer(gold, answer) : { ...outcome(false, `exact: the answer ${concluded}`), uncertain: true };
  }
  // "PNR 6QXTZ2", "SKU 88-1204": a gold that labels its identifier is found by the identifier alone.
  const labelledId = /^[A-Z]{2,5}[\s#:]+(\S+)$/.exec(gold)?.[1];
  if (labelledId !== undefined && isIdentifier(labelledId) && !answer.includes(gold)) return identifierInAnswer(labelledId, answer);
  if (fold(answer) === fold(gold)) return outcome(true, 'exact: equal ignoring case and diacritics');
  // "brightwater foods inc." for "Brightwater Foods": a company's legal suffix names the same company.
  if (/\p{L}\s+\p{L}/u.test(gold) && fold(answer).replace(/,?\s+(?:inc|ltd|llc|plc|gmbh|corp|ag|limited|incorporated|corporation)\.?$/, '') === fold(gold)) return outcome(true, 'exact: the name with its legal suffix');
  // "Declan ORourke" for "Declan O'Rourke": an apostrophe inside a name may be left out.
  if (/\p{L}['’]\p{L}/u.test(gold) && fold(answer).replace(/['’]/g, '') === fold(gold).replace(/['’]/g, '')) return outcome(true, 'exact: equal but for an apostrophe inside a word');
  // "Lopez, Maria" for "Maria Lopez", also after a label ("**Agent:** Whitfield, Dana"), and the other way round.
  const name = /^(\S+)\s+(\S+)$/.exec(fold(gold));
  if (name && fold(answer) === `${name[2]}, ${name[1]}`) return outcome(true, 'exact: the name written surname first');
  // The name may end at a parenthesis or a dash ("Whitfield, Dana — she took over …"), unless a correction follows.
  const labelled = answer.replace(/^\p{L}[\p{L} ]{0,30}?(?:\s*:|\s+[-\u2014\u2013])\s+/u, '');
  const [named, ...rest] = labelled.split(/\s+[-\u2014\u2013]\s+|\s*[;(]/);
  const corrected = /\b(?:wait|no|sorry|actually|correction|i mean|rather|scratch)\b/i.test(rest.join(' '));
  const turned = [answer, ...predicatesOf(answer), labelled, ...(corrected ? [] : [named ?? ''])].find((a) => fold(givenNameFirst(a)) === fold(givenNameFirst(gold)) && /,/.test(a + gold));
  if (turned !== undefined) return outcome(true, `exact: ${JSON.stringify(turned)} is the name ${JSON.stringify(gold)} with the surname first or last`);
  // "e-mail" for "Email", "ProBlend-900" for "ProBlend 900": a word written with a hyphen, or a hyphen for a space.
  const dehyphen = (text: string, by: string): string => foldText(text).replace(/\s*-\s*/g, by).replace(/\s+/g, ' ').trim();
  if (dehyphen(answer, '') === dehyphen(gold, '') || dehyphen(answer, ' ') === dehyphen(gold, ' ')) return outcome(true, 'exact: equal but for a hyphen');
  // "Tobias Lindqvst" for "Tobias Lindqvist": a name with one slip of the keyboard, read as written right.
  const typo = typoCorrected(gold, answer);
  if (typo !== null) {
    const read = exactMatch(gold, typo);
    if (read.pass) return { ...outcome(true, `exact: reading a misspelt name as ${JSON.stringify(gold)}, ${read.reason.replace(/^exact: /, '')}`), uncertain: true };
  }
  const listed = listedRecords(gold, actual);
  if (listed?.several) return outcome(listed.singledOut, `exact: the answer lists ${JSON.stringify(gold)} with ${JSON.stringify(listed.peer)}${listed.singledOut ? ' and singles it out' : ' without saying which one'}`);
  const replaced = replacedValue(gold, actual);
  if (replaced !== null) return { ...outcome(replaced.pass, `exact: the answer ${replaced.reason}`), uncertain: true };
  const elsewhere = settledElsewhere(gold, actual);
  if (elsewhere !== null) return { ...outcome(false, `exact: the answer ${elsewhere}`), uncertain: true };
  if (settledOn(gold, actual)) return { ...outcome(true, `exact: the answer concludes on ${JSON.stringify(gold)}`), uncertain: true };
  const over = passedOver(gold, actual);
  if (over !== null) return { ...outcome(false, `exact: the answer ${over}`), uncertain: true };
  const predicate = predicatesOf(answer).find((p) => fold(p) === fold(gold));
  if (predicate !== undefined) return outcome(true, `exact: the answer states ${JSON.stringify(predicate)}`);
  if (fold(withoutCategoryNoun(answer)) === fold(gold)) return outcome(true, `exact: ${JSON.stringify(answer)} names ${JSON.stringify(gold)}`);
  // "Status → Approved", "Negotiation → Closed Won": the value the arrow leads to is the answer.
  const arrived = arrowTarget(answer);
  if (arrived !== null && (fold(arrived) === fold(gold) || fold(withoutCategoryNoun(arrived)) === fold(gold))) return outcome(true, `exact: the answer arrives at ${JSON.stringify(arrived)}`);
  // A bare phrase ("Pending approval", "Junior Suite") is a different value, not a sentence that states the gold.
  if (isBarePhrase(answer, gold)) return outcome(false, `exact: ${JSON.stringify(answer)} is not ${JSON.stringify(gold)}`);
  if (amongLabelledFigures(gold, actual)) return { ...outcome(false, `exact: the answer lists ${JSON.stringify(gold)} among several labelled figures and singles none out`), uncertain: true };
  // "Svetlana Orlova: 38% (…). Next best was …": the gold as the label of the one figure the answer opens with.
  if (figureLabel(answer) !== null && fold(figureLabel(answer) ?? '') === fold(gold)) return { ...outcome(true, `exact: the answer opens with ${JSON.stringify(gold)} and its figure`), uncertain: true };
  const opening = openingValue(answer);
  if (opening !== null && !fold(opening).includes(fold(gold))) return { ...outcome(false, `exact: the answer opens with ${JSON.stringify(opening)}; what follows discusses other values`), uncertain: true };
  const mention = mentionOf(gold, answer) ?? mentionOf(gold, hyphenJoined(gold, answer));
  if (mention) return { ...outcome(mention.pass, `exact: ${mention.reason}`), uncertain: true };
  return outcome(false, `exact: ${JSON.stringify(answer)} is not ${JSON.stringify(gold)}`);
}

/**
 * A one-line answer with an emoji between two sentences ("… assigned to Kenji Okafor 👍 He covers …") read with a
 * full stop there, so the value does not run on into the next sentence. Tables and lists keep their marks.
 */
export function emojiStops(answer: string): string {
  return answer.includes('\n') ? answer : answer.replace(/(?<=[\p{L}\p{N}])\s+\p{Extended_Pictographic}[\p{Extended_Pictographic}\ufe0f\u200d]*\s+(?=\p{Lu}\p{Ll})/gu, '. ');
}

/** The answer with a one-word gold's hyphenated spelling ("e-mail" for "Email") written as the gold. */
function hyphenJoined(gold: string, answer: string): string {
  if (!/^\p{L}{4,}$/u.test(gold)) return answer;
  const letters = [...gold].map(escapeRegExp);
  const spelled = letters.slice(1).map((_, i) => `${letters.slice(0, i + 1).join('')}-${letters.slice(i + 1).join('')}`);
  return answer.replace(new RegExp(`(?<![\\p{L}\\p{N}-])(?:${spelled.join('|')})(?![\\p{L}\\p{N}-])`, 'giu'), gold);
}

/** Folded, with a hyphen, dash or slash between words read as a space ("Mission-Critical", "Closed – Lost", "closed/lost"). */
function fold(text: string): string {
  return foldText(text).replace(/(?<=\p{L})\s*[-/]\s*(?=\p{L})/gu, ' ').replace(/\s+/g, ' ').trim();
}

/** Words before an identifier that make it the record the answer's one replaced: "…, replacing 500…70c", "(supersedes KB-1980)". */
const FORMER_BEFORE = /\b(?:replacing|replaced|replaces|instead of|rather than|earlier|previous|prior|former|formerly|previously|original|originally|superseding|supersedes|not)\b[^.;]{0,25}$/i;

function identifierInAnswer(hashGold: string, answer: string): MatchOutcome {
  // "#W4817420" and "W4817420" name the same order.
  const gold = hashGold.replace(/^#/, '');
  const tokens = [...answer.matchAll(TOKEN)].map((m) => ({ text: m[0], at: m.index }));
  const same = (token: string): boolean => token === gold || sameSalesforceId(token, gold);
  // "Case 48213" for "00048213": a zero-padded record number written without its zeros after the record's kind.
  const unpadded = /^0+[1-9]\d{2,}$/.test(gold) ? gold.replace(/^0+/, '') : null;
  const padHits = tokens.filter((t) => t.text === unpadded && /(?:^|\b(?:case|ticket|order|invoice|incident|request|quote|contract|no\.?|number)\s*#?\s*|#)$/i.test(answer.slice(0, t.at).trimEnd() === '' ? '' : answer.slice(Math.max(0, t.at - 20), t.at)));
  const hits = [...tokens.filter((t) => same(t.text)), ...codeHits(gold, answer), ...padHits];
  // "lon-db-07" for "lon-db-07.corp.internal": a host's short name, when the answer names no other domain for it.
  const host = /^([\p{L}\p{N}][\p{L}\p{N}-]*)(?:\.[\p{L}][\p{L}\p{N}-]*){2,}$/u.exec(gold)?.[1];
  if (hits.length === 0 && host !== undefined && /\d/.test(host)) hits.push(...tokens.filter((t) => t.text === host));
  if (hits.length === 0) return outcome(false, `exact: ${JSON.stringify(gold)} does not occur in the answer`);
  const covered = (t: { text: string; at: number }): boolean => hits.some((h) => h.at <= t.at && t.at + t.text.length <= h.at + h.text.length);
  // "…, replacing the earlier escalation 500…70c": a record named as the former one does not compete.
  // "Runner-up: 005…Qr", "2nd: …": a record labelled as ranking below the answer does not compete either.
  // "`…YyX` — wait, that's the duplicate. The open one is …": nor does one the answer corrects right after naming it.
  const former = (t: { at: number; text: string }): boolean =>
    FORMER_BEFORE.test(answer.slice(Math.max(0, t.at - 40), t.at)) ||
    // "I moved you from HAT090 to …": the record a change leaves.
    /\b(?:moved|rebooked|switched|transferred|changed|upgraded)\s+(?:(?:you|it|them)\s+)?(?:over\s+)?from\s+(?:(?:flight|order|reservation|plan)\s+)?#?$/i.test(answer.slice(Math.max(0, t.at - 40), t.at)) ||
    // "… after your cancelled HAT105", "Your other order #W552…": a record the answer itself calls another or a past one.
    /\b(?:your|the|their|his|her|our|my)\s+(?:cancell?ed|old|earlier|previous|original|former)\s+(?:\p{L}+\s*)?[,:]?\s*#?$/iu.test(answer.slice(Math.max(0, t.at - 40), t.at)) ||
    // "… in order #W73…. Your other order #W55… only has the water bottle": after the gold, another record said to hold
    // only something else (or not to hold it).
    (/\b(?:your|the|their|his|her|our|my)\s+other\s+(?:\p{L}+\s*)?[,:]?\s*#?$/iu.test(answer.slice(Math.max(0, t.at - 40), t.at)) && hits.some((h) => h.at < t.at) && /^[^.;!?\n]*\b(?:only|just|doesn't|does not|didn't|did not|has no|had no)\b/i.test(answer.slice(t.at + t.text.length))) ||
    /(?:^|\n|[.;]\s)\s*(?:[-*•]\s*)?(?:runner-?up|runners-?up|2nd|second(?: place)?|#2)\s*[:\-)]\s*$/i.test(answer.slice(Math.max(0, t.at - 40), t.at)) ||
    // "Lowest: 005…Wt at 142 min, next 005…Hn at 171 min": the one ranked after it.
    (/[,;]\s*(?:next|followed by|then)\s+(?:\p{L}+\s+)?$/iu.test(answer.slice(Math.max(0, t.at - 30), t.at)) && hits.some((h) => h.at < t.at)) ||
    (/^\W{0,6}(?:no\W+)?(?:wait|sorry|oops|scratch that|correction|my mistake)\b/i.test(answer.slice(t.at + t.text.length, t.at + t.text.length + 30)) && hits.some((h) => h.at > t.at));
  // "… I can't modify #W…23; I've placed the exchange on #W…87 instead": the gold replaces the ids before it.
  const instead = hits.find((h) => /^\W{0,3}instead\b/i.test(answer.slice(h.at + h.text.length)));
  // "I cancelled HAT090 and moved you to HAT071": the gold a change reaches replaces the ids before it in its sentence.
  const reached = hits.find((h) => /\b(?:moved|rebooked|switched|transferred|changed|put)\s+(?:(?:you|it|them|the\s+\w+)\s+)?(?:over\s+)?(?:to|onto|on|into)\s+(?:(?:flight|order|reservation|plan)\s+)?#?$/i.test(answer.slice(Math.max(0, h.at - 40), h.at)));
  const replaced = (t: { at: number }): boolean => (instead !== undefined && t.at < instead.at) || (reached !== undefined && t.at < reached.at && !/[.!?\n]\s/.test(answer.slice(t.at, reached.at)));
  // "…; vpn-gw-01 is healthy": a record the answer clears is not a rival.
  const cleared = (t: { at: number; text: string }): boolean => /^\s+(?:is|are|was|were|looks|seems|stayed|remains)\s+(?:still\s+)?(?:healthy|fine|ok|okay|unaffected|normal|clean|up|green)\b|^\s+(?:is|was)\s+not affected\b/i.test(answer.slice(t.at + t.text.length, t.at + t.text.length + 30));
  // "$1,284.50" beside order 00012093: an amount of money or a decimal is a figure, not another record's number.
  const amount = (t: { at: number; text: string }): boolean => !/[.,]/.test(gold) && (/^\d+[.,]\d{1,2}$/.test(t.text) || /(?:[$€£¥]\s?|\d,)$/u.test(answer.slice(Math.max(0, t.at - 2), t.at)));
  const rivals = tokens.filter((t) => !cleared(t) && !amount(t) && !replaced(t) && !same(t.text) && !covered(t) && (sameShape(t.text, gold) || (host !== undefined && sameShape(t.text, host)) || (unpadded !== null && sameShape(t.text, unpadded))) && !former(t) && !otherKind(answer, t, hits));
  if (rivals.length > 0 && !closesOn(gold, answer)) return outcome(false, `exact: ${JSON.stringify(rivals[0]?.text)} competes with ${JSON.stringify(gold)}`);
  const hit = hits[0] as { text: string; at: number };
  // The clause before the id, back to the last stop, comma or "but": "I wasn't able to create RMA88102".
  const before = (answer.slice(0, hit.at).split(/[.;!?,:\n]|\bbut\b/i).pop() ?? '').trim();
  if (countNegations(before) > 0) return outcome(false, `exact: ${JSON.stringify(gold)} is negated ("${before.trim()} …")`);
  // "Shall I rebook you on HAT044?": an offer awaiting consent, not what was done.
  const sentence = answer.slice(0, hit.at).split(/[.!?\n]\s*/).pop() ?? '';
  if (/^\W*(?:shall|should|can|may) (?:i|we)\b|^\W*(?:would you like|do you want)\b/i.test(sentence) && /^[^.!\n]*\?/.test(answer.slice(hit.at))) return outcome(false, `exact: ${JSON.stringify(gold)} is only offered ("${sentence.trim()} …?")`);
  // "Closest match: INV-20417": a near miss, given because nothing matched.
  if (/\b(?:closest|nearest|near)\s+(?:match|one|record|candidate|hit)\b[^.;!?\n]{0,20}$/i.test(sentence)) return outcome(false, `exact: ${JSON.stringify(gold)} is only the nearest match ("${sentence.trim()} …")`);
  // "Possibly kA05…, though …": a guess does not commit; "The original shipment's tracking was …": the former record's.
  if (/\b(?:possibly|probably|perhaps|maybe|likely|might be|could be|may be|i think|i guess|i believe)(?:\s+(?:it'?s|it is|that'?s|that it'?s))?\W*$/i.test(before)) return outcome(false, `exact: ${JSON.stringify(gold)} is only a guess ("${before} …")`);
  if (/\b(?:original|old|previous|former|earlier|prior)\b[^,;]{0,30}\b(?:was|were)\s*$/i.test(before)) return outcome(false, `exact: ${JSON.stringify(gold)} is labelled as the former one ("${before} …")`);
  // "HX-55120 could not be found", "ZFA04Y doesn't exist": denied in the words right after it.
  const after = (answer.slice(hit.at + hit.text.length).split(/[.;!?,:]|\bbut\b/i)[0] ?? '').trim();
  if (/^(?:\S+\s+){0,3}?(?:not|never|no longer|\w+n't)\b/i.test(foldText(after, { case: false }))) return outcome(false, `exact: ${JSON.stringify(gold)} is denied ("… ${after}")`);
  // "I'll refund it to your PayPal (paypal_…); a refund to credit_card_… would take 5-7 days": only what would happen.
  if (/\b(?:would|could)\b/i.test(`${before} ${after}`) && tokens.some((t) => !covered(t) && /\p{L}/u.test(t.text) && /\d/.test(t.text) && isIdentifier(t.text))) {
    return outcome(false, `exact: ${JSON.stringify(gold)} is only what would happen, beside another identifier`);
  }
  const form = hit.text === gold ? 'the identifier' : sameSalesforceId(hit.text, gold) ? 'the other-length form of the Salesforce id' : hit.text === unpadded ? 'the record number without its leading zeros' : 'the code written with other separators or case';
  return outcome(true, `exact: ${form} ${JSON.stringify(hit.text)} is the only token of its shape`);
}

/**
 * Where the code `gold` occurs written with other separators or case: "B-12",
 * "b12" and "B 12" for "B12", "AB1029" for "AB-1029". Separators may be
 * added, dropped or changed only where the gold has one or between letters
 * and digits; the code must not run on into more letters or digits
 * ("B121", "B12-A"). A Salesforce id keeps its case: its 15-character form
 * is case-sensitive.
 */
function codeHits(gold: string, answer: string): { text: string; at: number }[] {
  if (looksLikeSalesforceId(gold)) return [];
  const runs = gold.match(/\p{L}+|\p{N}+/gu) ?? [];
  if (runs.length === 0) return [];
  const body = runs.map(escapeRegExp).join('[\\s\\-_./]?');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}][\\-_./]?)${body}(?![\\p{L}\\p{N}]|[\\-_./][\\p{L}\\p{N}])`, 'giu');
  return [...answer.matchAll(pattern)].map((m) => ({ text: m[0], at: m.index }));
}

/**
 * A token of the answer with the shape of the identifier `gold` that names
 * another record, when the gold itself does not occur: "Wei Alvarez (Id
 * 0055g000000KGnBAAW)" gives another user's id. `null` otherwise.
 *
 * @example rivalIdentifier('0055g000000KGm4AAG', 'Wei Alvarez (0055g000000KGnBAAW)') // '0055g000000KGnBAAW'
 */
export function rivalIdentifier(hashGold: string, actual: string): string | null {
  const gold = hashGold.replace(/^#/, '');
  // Codes with letters and digits only: a date or a number alternative ("5/2025") has no rival record.
  if (!isIdentifier(gold) || !/\p{L}/u.test(gold)) return null;
  const text = unwrapAnswer(actual);
  const found = [...text.matchAll(TOKEN)];
  const tokens = found.map((m) => m[0]);
  if (tokens.some((t) => t === gold || sameSalesforceId(t, gold)) || codeHits(gold, text).length > 0) return null;
  // "Article Id: ka0…pQs (supersedes KB-1980)": the record the answer's one replaced is no rival.
  return found.find((m) => sameShape(m[0], gold) && !FORMER_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index)))?.[0] ?? null;
}

const CAPITALISED_NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+\\p{Lu}[\\p{L}'’.-]+){1,3}";

/**
 * A name written right beside the identifier `gold` ("Marcus Oyelaran
 * (0056…)", "0056… (Marcus Oyelaran)", "0056… — Marcus Oyelaran") that is none
 * of the gold's `names`: the id and the name point at two records, and the
 * answer does not commit to either. `null` otherwise.
 *
 * @example nameBesideIdentifier('0055g000000KGm4AAG', ['Dana Whitfield'], 'Marcus Oyelaran (0055g000000KGm4AAG)') // 'Marcus Oyelaran'
 */
export function nameBesideIdentifier(hashGold: string, names: readonly string[], actual: string): string | null {
  const gold = hashGold.replace(/^#/, '');
  if (!isIdentifier(gold) || names.length === 0) return null;
  const text = unwrapAnswer(actual).replace(/[*_`]/g, '');
  const words = (t: string): string => ` ${fold(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim()} `;
  const statesGold = (t: string): boolean => names.some((n) => words(t).includes(words(n)) || words(t).includes(words(givenNameFirst(n))));
  // The end of a longer gold name ("Goodwill Credits" of "Internal Policy: Goodwill Credits") is that name.
  const known = (name: string): boolean => names.some((n) => fold(givenNameFirst(n)) === fold(givenNameFirst(name)) || ` ${fold(n)} `.includes(` ${fold(name)} `));
  for (const m of text.matchAll(TOKEN)) {
    if (m[0] !== gold && !sameSalesforceId(m[0], gold)) continue;
    // A gold name just before the id ("Dana Whitfield, VP Sales (0056…)") pairs the id with it.
    if (statesGold(text.slice(Math.max(0, m.index - 60), m.index).split(/[.;!?\n]\s/).pop() ?? '')) continue;
    const before = new RegExp(`(${CAPITALISED_NAME})\\s*\\(\\s*(?:[Ii][Dd]\\s*[:#]?\\s*)?$`, 'u').exec(text.slice(Math.max(0, m.index - 60), m.index))?.[1];
    const after = new RegExp(`^\\s*(?:\\(\\s*|[-\u2013\u2014]\\s+)(${CAPITALISED_NAME})\\s*(?:\\)|$|[.,;])`, 'u').exec(text.slice(m.index + m[0].length))?.[1];
    for (const name of [before, after]) {
      if (name !== undefined && !/\b(?:id|user|contact|account|agent|owner|record)\b/i.test(name) && !known(name)) return name;
    }
  }
  return null;
}
