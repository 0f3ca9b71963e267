/**
 * Finding a named value (a picklist value, a person, a product) stated inside
 * a sentence. Agents rarely answer with the bare value: they write "The
 * opportunity was marked Closed Won last Friday." or "Priya Raman owns the
 * account." A careful reader accepts the value there, but not when the
 * sentence says something else about it. This module reads the grammar that
 * decides that, without knowing which values compete:
 *
 * - the value must stand on its own, not as part of a longer name: "Junior
 *   Suite", "Gold Plus" and "Basic Economy" are other values (a capitalised
 *   word glued to it, or a number after a gold without digits);
 * - it must not be denied: a negation earlier in its clause ("not Closed Won
 *   yet") or right after it ("Chicago isn't …");
 * - it must not be superseded or second: "moved from Negotiation to …",
 *   "(was High)", "in Quote until Monday, but now …", "ahead of Q3", "then
 *   Email", nor taken back: "by mistake", "has since been reopened";
 * - it must not be a guess: "probably Gold", "it could be Gold";
 * - it must not be one of several alternatives or a tie: "Cardiology or
 *   Internal Medicine", "Linda Wood and Deborah Ramos";
 * - it must not sit in a side remark about something else: "owned by Tom
 *   Ellis, who reports to Priya Raman".
 */
import { foldText } from '../../text/fold.js';
import { predicatesOf, withdrawnAfter, withoutCategoryNoun } from './answer-text.js';
import { futureOnly } from './future-value.js';
import { stressedOpposite } from './stressed-superlative.js';

/** One word of the answer, with its offsets, as written (case kept). */
interface Word {
  text: string;
  key: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Capitalised words that open sentences or stand before names without being part of them. */
const OPENERS = new Set(
  'the a an your my our their his her its this that these those it i i\'m i\'ve yes no so well sure ok okay only just also currently now status stage plan type priority tier answer result here there looks seems great hi hello thanks done booked confirmed current new old today however but and or then both either all each most top best ask contact call email try see definitely certainly clearly obviously absolutely surely simply still already yet again'
    .split(' '),
);

/** A negation in the clause before the value, read on folded lower-case text. */
const NEGATION_BEFORE = /\b(?:not|no|never|nor|neither|without|except|excluding|other than|rather than|instead of|besides|no longer|apart from)\b|\w+n't\b/;
/** A negation in the few words after the value: "HX-55120 could not be found", "Chicago isn't …". */
const NEGATION_AFTER = /^\W*(?:\w+\W+){0,3}?(?:not|never|no longer|\w+n't)\b/;
/** Words right before the value that make it second, past or excluded. */
const DEMOTED_BEFORE =
  /(?:\b(?:ahead of|behind|followed (?:closely |narrowly |shortly )?by|then|previously|formerly|originally|used to be|took over from|taking over from|replaced|replacing|on behalf of|covering for|filling in for|standing in for|subbing for|i (?:first|initially|originally|earlier|previously) (?:said|answered|told you|wrote|gave|suggested|picked|named)|(?:moved|move|moving|came|changed|change|changing|switched|switch|switching|upgraded|downgraded|promoted|transferred|went|progressed|advanced|pushed|shifted)(?: \w+){0,2} from|after (?:sitting|being|spending [\w ]{0,20}?|staying|stuck|waiting|languishing) in|(?:left|leaving|moved out of|came out of|coming out of|exited)|succeeded|succeeding|in place of|inherited (?:it )?from|unlike|compared (?:with|to)|relative to|(?:lead|edge|margin|advantage|ahead|more|cases|deals|points|votes|tickets|calls|orders) over|as opposed to|versus|vs|than|beats?|beating|second to)|\(\s*(?:(?:it|this|that)\s+)?(?:was|were)|\b(?:2nd|3rd|[4-9]th|second|third|fourth|fifth|runner-up|runners-up|#[2-9])\s*(?:place)?\s*[:\-)]|\b(?:runner-up|runners-up|next best|second best|second place|2nd place)\s+(?:was|is|were)|[^\s=-]\s*>)(?:\s+(?:the|a|an))?\s*$/;
/** After the value: a question mark, "I think", or a hypothetical ("Closed Won is the stage it would reach"). */
const HEDGED_AFTER =
  /^\s*(?:\?|,?\s*(?:i think|i believe|i guess|i suppose|probably|maybe|perhaps|possibly|if i'm not mistaken|i'm not sure)\b|(?:would|could|might)\s+\w|(?:is|was)\s+(?:the\s+)?(?:\w+\s+){0,3}?(?:it|they|we|you)\s+(?:would|could|might)\b)/i;
/** After the value: it passed on to another ("handed the account to Tom", "until March; now Tom"). */
const HANDED_OVER =
  /^\s*(?:(?:has\s+|had\s+)?(?:handed|transferred|passed|reassigned|gave|moved)\b[^.;]{0,30}?\b(?:to|over to)\s+\p{Lu}|\(?\s*(?:\p{Ll}+\s+){0,3}?(?:until|till)\b[^.!?]*\b(?:now|currently|since|has been|took over|replaced)\b)/u;
/** Verbs of air travel, where "Boston Logan" names Boston's airport. */
const TRAVEL = /\b(?:land|lands|landing|fly|flies|flying|depart|departs|departing|arrive|arrives|arriving|connect|connecting|leaves|leaving)\b/i;
/** Words that may stand between a negation and the value without making a longer phrase. */
const FUNCTION_BEFORE = /^(?:in|on|at|to|by|for|of|from|with|the|a|an|be|been|being|is|are|was|were|it|its|that|this|flying|booked|using|paying|yet)$/;
const ABBREVIATION = /^(?:Dr|Mr|Mrs|Ms|Prof|St|Jr|Sr|Inc|Co|Corp|Ltd|Id|No|Mt|Ft)$/i;
/** After the value: it is not available or not on ("the King Suite was sold out", "Dr. Patel is out"). */
const UNAVAILABLE_AFTER =
  /^\s+(?:was|is|were|are|has been|had been|got)\s+(?:(?:already|now|currently)\s+)?(?:sold out|unavailable|full|taken|booked up|fully booked|out of stock|discontinued|out|away|off|disabled|turned off|switched off|deactivated|suspended)\b/i;
/** After the value: the answer calls it a mistake ("…, which is wrong", "(that's outdated)"). */
const CALLED_WRONG = /^\s*(?:,|\(|[-\u2013\u2014])?\s*(?:which|that|and that|this)(?:'s|\s+is|\s+was)\s+(?:\w+\s+)?(?:wrong|incorrect|a mistake|an error|outdated|out of date|inaccurate|invalid|stale)\b/i;
/** Superlatives that answer opposite questions. */
const OPPOSITES: readonly (readonly [string, string])[] = [
  ['most', 'fewest'], ['most', 'least'], ['highest', 'lowest'], ['largest', 'smallest'], ['biggest', 'smallest'], ['best', 'worst'], ['longest', 'shortest'], ['fastest', 'slowest'], ['oldest', 'newest'], ['earliest', 'latest'],
];
/** Before the value: an offer to change to it ("but I can switch it to Express if you want"). */
const OFFERED_BEFORE = /\b(?:i|we) (?:can|could|may|might) (?:\w+ )?(?:switch|change|move|upgrade|downgrade|set|update|put|rebook|reassign|swap)(?: (?:it|this|that|you|them|the \w+))? (?:to|into)(?: the| a| an)?$/;
/** Words right before the value that make it a guess or a counterfactual: "probably Gold", "it could be Gold", "it should have been Closed Won". */
const HEDGED_BEFORE =
  /\b(?:probably|possibly|perhaps|maybe|likely|could be|might be|may be|may have been|might have been|not sure(?: if| whether)?(?: it'?s)?|unsure|should have been|(?<!\b(?:correct|right|proper|actual)\s+\w+\s+)should (?:now )?be|ought to be|would have been|could have been|(?:likely|expected|going|about|yet|due|set|scheduled|hoping|hoped) to be|will (?:likely |probably |soon )be|(?:the )?(?:goal|target|aim|plan|hope) (?:is|was)|(?:goal|target):|i (?:believe|think|guess|suppose)(?: (?:that|it|it's|it was|the \w+ (?:is|was)))?|(?:i'm|i am) (?:leaning|inclined) (?:toward|towards|to say|to go with)|leaning (?:toward|towards)|i (?:first |initially |originally |at first )?thought(?: (?:that|it|it's|it was|it would be))?|presumably|apparently|seemingly|(?:was|were) (?:supposed|meant|expected|due|planned) to be|hoped (?:it )?(?:would be|to be))(?:\s+(?:the|a|an))?$/;
/**
 * After the value: it is crossed out ("X ❌"), or it is where something started ("X to Y", "X → Y", "X ❌ ➡️ Y")
 * or ended ("X until Monday, but …").
 */
const SUPERSEDED_AFTER =
  /^\s*(?:[❌✗✘]|(?:→|->|=>)\s*(?:(?:escalated|moved|transferred|reassigned|changed|upgraded|downgraded|passed|handed|routed|switched|rebooked|promoted|converted|updated)\s+(?:\w+\s+)?(?:to|into)\b|(?!\p{Ll}+(?:ed|ing)\s+(?:via|through|by|from|with|on|at|in)\b)\S)|(?:[\p{So}\ufe0f]\s*)*(?:→|->|=>|⟶|➡)\ufe0f?\s*[\p{Lu}\p{N}]|\(?\s*(?:until|till|before)\b[^.;]*\b(?:but|now|currently|then|handed|transferred|reassigned|moved|changed|switched|took over|replaced)\b|(?:is|will be|would be|comes|was)\s+(?:the\s+)?(?:next|upcoming|previous|prior|former|last|old)\b)/u;
/** After a past value: "but" and a change to another ("but … it was moved to economy", "but you upgraded to …", "but it's now …"). */
const CHANGED_SINCE = /\bbut\b[^.;!?]{0,80}?(?:\b(?:moved|changed|switched|upgraded|downgraded|rebooked|reassigned|transferred|updated)\b(?:\s+[\w']+){0,3}?\s+(?:to|into)\b|\b(?:swapped|exchanged|traded|replaced)\b(?:\s+[\w']+){0,3}?\s+(?:for|with)\b|\b(?:it|that)(?:'s|\s+is)\s+now\b)/;
/** "from Negotiation to Closed Won", "changed Gold to Platinum": the value it changed into follows. */
const CHANGED_TO = /^\s*(?:to|into)\s+(?:the\s+|a\s+)?[\p{Lu}\p{N}]/u;
const CHANGE_VERB = /\b(?:from|moved|changed|went|switched|upgraded|downgraded|converted|updated|reassigned|transferred)\b/;
/** A clause that labels the value as another one than the answer: "Next step: Negotiation", "the previous owner was …". */
const NOT_CURRENT = /\b(?:next|previous|prior|former|old|original|planned|upcoming|target)\b(?:\s+[\w']+){0,2}\s*(?::|\bis|\bwas|\bwould be|\bwill be)\s*(?:the\s+|a\s+|an\s+)?$/;
/** Another value joined to this one as an alternative or a tie. */
const SIBLING_AFTER = /^\s*(?:,\s*)?(?:(?:(?:and|&|vs\.?|versus)\s+|\/\s*)(?:the\s+|a\s+)?[\p{Lu}\p{N}]|(?:\([^)]{0,40}\)\s*)?or\s+\p{L})/u;
/** "Billing and shipping are tied": values joined by "and" in a sentence about a tie. */
const TIED_AFTER = /^\s*(?:\([^)]{0,30}\)\s*)?(?:and|&)\s+\p{L}[^.;!?]*\b(?:tied|tie|each|both|equally|same)\b/u;
const SIBLING_BEFORE = /(?:[\p{Lu}\p{N}][\p{L}\p{N}'-]*\s*,?\s+(?:or|and|&|vs\.?|versus)(?:\s+(?:possibly|maybe|perhaps|probably|potentially))?|\bbetween(?:\s+the)?|\beither(?:\s+the)?|\/)\s*$/u;

/**
 * After the value, in its sentence: "but" and a clause that settles on another value. "It ships from Dallas but the
 * warehouse is in Houston", "At first glance Performance, but after removing duplicates it's Equipment Complexity",
 * "currently in Proposal, but … it should be moved to Closed Won", "Phone led last year, but this quarter Web overtook it",
 * "… but in Q2 Power failure was reported most often", "should go to Marcus, but …, so I routed it to Dana instead".
 */
const BUT_ANOTHER =
  /^[^.;!?]{0,60}?\bbut\b[^.;!?]{0,90}?(?:\b(?:is|are|was|were|should be|must be|would be|needs to be)\s+(?:now\s+)?(?:in\s+|at\s+|on\s+|the\s+)?|(?:\bit|\bthat|\bthis)(?:'s|\s+is)\s+(?:now\s+|actually\s+|really\s+)?(?:in\s+|the\s+)?|\b(?:be|get|go|move|moved|changed|switched|upgraded|downgraded|reassigned|bumped)\s+(?:it\s+|them\s+)?(?:back\s+|forward\s+|ahead\s+|up\s+|down\s+)?(?:to|into)\s+(?:the\s+)?|\b(?:says|say|shows|show|points to|gives|suggests|indicates)\s+(?:the\s+)?)\p{Lu}|^[^.;!?]{0,60}?\bbut\b[^.;!?]{0,40}?\b\p{Lu}[\p{L}\p{N}'-]*\s+(?:overtook|overtakes|has overtaken|took over|takes over|passed|surpassed|overtaken|beat|edged (?:it |them )?out|pulled ahead|took the lead|leads|led|(?:has|have)(?: had)? more|had more|is (?:now )?ahead)\b|^\s+(?:led|leads|topped|tops|was (?:the )?(?:top|most|highest|leader|leading|first)|(?:ranked|came|finished|placed) (?:in )?(?:first|top|#1)|had the most)\b[^.;!?]{0,60}?\bbut\b[^.;!?]{0,60}?\b\p{Lu}[\p{L}\p{N}'-]*(?:\s+[\p{L}\p{N}'-]+){0,2}(?:\s*\([^)]{1,20}\))?\s+(?:was|were|is|are|got|had|has)\s+(?:\w+\s+){0,2}?(?:most|least|highest|lowest|top|first|best|worst|\w{3,}est|the (?:most|top|leader|leading|highest|lowest))\b|^[^.;!?]{0,60}?\bbut\b[^.;!?]{0,100}?\b\p{Lu}[\p{L}\p{N}'-]*(?:\s+\p{Lu}[\p{L}\p{N}'-]*){0,3}\s+instead\b|^[^.;!?]{0,60}?\bbut\b[^.;!?]{0,40}?\bactually\s+(?:comes?|came|goes|went|lies|rests|sits)\s+(?:from|with|to)\b[^.;!?]{0,40}?\p{Lu}/u;

/** The verdict on one value in one answer: `null` when the value is not written there at all. */
export interface Mention {
  pass: boolean;
  reason: string;
}

/**
 * Whether the answer states `gold` as its value. Words compare after folding
 * case, width, quotes and diacritics; hyphens and spaces inside the value are
 * interchangeable ("Mission-Critical" = "Mission Critical"). Returns `null`
 * when the value does not occur.
 *
 * @example mentionOf('Closed Won', 'The opportunity was marked Closed Won last Friday.')?.pass // true
 * @example mentionOf('Gold', "You're a Gold Plus member.")?.pass // false
 */
export function mentionOf(gold: string, answer: string): Mention | null {
  const longer = longerValueStated(gold, answer);
  if (longer !== null) return { pass: false, reason: `the answer states ${JSON.stringify(longer)}, a longer value` };
  const text = foldText(answer, { case: false, diacritics: false });
  const words = wordsOf(text);
  const target = wordsOf(foldText(gold, { case: false, diacritics: false })).map((w) => w.key);
  if (target.length === 0) return null;
  let verdict: Mention | null = null;
  for (let i = 0; i + target.length <= words.length; i += 1) {
    if (!target.every((key, k) => words[i + k]?.key === key && (k === 0 || joinedInside(text, words[i + k - 1] as Word, words[i + k] as Word)))) continue;
    const first = words[i] as Word;
    const last = words[i + target.length - 1] as Word;
    // "It may be June": a capitalised gold written in lower case before a verb's complement is the verb ("may", "will").
    if (/^\p{Lu}/u.test(gold) && /^\p{Ll}/u.test(first.text) && /^\s+(?:be|have|not|also|need|take|still|want)\b/i.test(text.slice(last.end, last.end + 8))) continue;
    const problem = problemWith(text, words, i, i + target.length - 1, /\d/.test(gold));
    const phrase = text.slice(first.start, last.end);
    // One denied or superseded mention is enough to fail: the answer takes the value back.
    if (problem !== null && problem.deny) return { pass: false, reason: `${JSON.stringify(phrase)} ${problem.why}` };
    if (problem === null) verdict = { pass: true, reason: `the answer states ${JSON.stringify(phrase)}` };
    else verdict ??= { pass: false, reason: `${JSON.stringify(phrase)} ${problem.why}` };
  }
  return verdict;
}

function wordsOf(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], key: foldText(m[0]).replace(/'s$/, ''), start: m.index, end: m.index + m[0].length }));
}

/** Words of a multi-word value may be separated by spaces, hyphens, or the punctuation the gold has (": "). */
function joinedInside(text: string, a: Word, b: Word): boolean {
  // "Dr. Patel": a stop after an abbreviation does not end the name.
  return /^[\s\-:.'/&]*$/.test(text.slice(a.end, b.start)) && (!/[.]\s/.test(text.slice(a.end, b.start)) || ABBREVIATION.test(a.text));
}

/** Words of one name: separated by spaces or a bare hyphen, not by a line break or a spaced dash ("Failure — 42 cases"). */
function glued(text: string, a: Word, b: Word): boolean {
  return /^(?:[ \t]+|-)$/.test(text.slice(a.end, b.start));
}

function capitalised(word: Word): boolean {
  return /^\p{Lu}/u.test(word.text) && !OPENERS.has(word.key);
}

function problemWith(text: string, words: readonly Word[], from: number, to: number, goldHasDigits: boolean): { why: string; deny: boolean } | null {
  const first = words[from] as Word;
  const last = words[to] as Word;
  const prev = words[from - 1];
  const next = words[to + 1];
  // "You're Gold": a pronoun's contraction opens a sentence, not a name.
  if (prev && glued(text, prev, first) && capitalised(prev) && !/^(?:you|it|we|they|he|she|that|this|there|here|what)'(?:re|s|ll|d|ve)$/i.test(prev.text)) return { why: `is part of the longer name "${prev.text} …"`, deny: false };
  // "You land in Boston Logan", "leaves from Chicago O'Hare": in travel, a city followed by its airport's name is the city.
  const airport = next !== undefined && from === to && /^\s+(?:in|from|into|via|through)\s+$/i.test(text.slice(Math.max(0, first.start - 8), first.start).replace(/^.*?(?=\s+\w+\s+$)/, '')) && TRAVEL.test(text) && /^\s*(?:$|[.,;:!?()]|(?:at|on|around|by|airport|international|terminal)\b)/i.test(text.slice(next.end, next.end + 16));
  if (next && glued(text, last, next) && !airport && (capitalised(next) || (!goldHasDigits && /^\d/.test(next.text)))) return { why: `is part of the longer name "… ${next.text}"`, deny: false };
  const sentenceStart = Math.max(text.lastIndexOf('\n', first.start), ...['.', '!', '?', ';'].map((p) => text.lastIndexOf(`${p} `, first.start)));
  const clauseStart = Math.max(sentenceStart, ...[',', ':', '(', '—', ' - ', ' but '].map((p) => text.lastIndexOf(p, first.start - 1)));
  const clause = foldText(text.slice(clauseStart + 1, first.start));
  const after = foldText(text.slice(last.end, last.end + 60));
  const sentenceAfter = after.split(/[.;!?\n](?:\s|$)/)[0] ?? after;
  // "(not basic economy)": the negation is of the longer phrase a lower-case modifier makes, not of the value.
  if (prev && glued(text, prev, first) && NEGATION_BEFORE.test(clause) && !NEGATION_BEFORE.test(foldText(prev.text)) && !FUNCTION_BEFORE.test(prev.key) && /\bnot\s+$/.test(foldText(text.slice(Math.max(0, prev.start - 6), prev.start)))) {
    return { why: `is part of the negated longer phrase "${prev.text} …"`, deny: false };
  }
  // "after excluding spam it's Software": a negation with its own object, before the clause's verb, is not the value's.
  const ownNegation = NEGATION_BEFORE.test(clause.replace(/\b(?:excluding|without|except(?: for)?|not counting)\s+(?:[\w'-]+\s+){1,3}(?=(?:it|that|this|they|the \w+)(?:'s|\s+is|\s+are|\s+was)\s+(?:the\s+|a\s+)?$)/, ''));
  if (ownNegation && !/\bno (?:doubt|question|problem|worries)\b/.test(clause)) return { why: 'is negated', deny: true };
  const label = foldText(text.slice(sentenceStart + 1, first.start));
  if (NOT_CURRENT.test(label)) return { why: `is labelled as another value ("${label.trim()}")`, deny: true };
  if (NEGATION_AFTER.test(sentenceAfter.split(/[,;:(\u2014\u2013]|\s-\s/)[0] ?? '')) return { why: 'is denied by the words after it', deny: true };
  const lead = foldText(text.slice(Math.max(0, first.start - 24), first.start)).replace(/\s+/g, ' ');
  if (CHANGED_TO.test(text.slice(last.end, last.end + 30)) && CHANGE_VERB.test(foldText(text.slice(sentenceStart + 1, first.start)))) {
    return { why: 'is what changed into something else', deny: true };
  }
  // "Acme Corp's subsidiary, Acme Labs": the answer names another entity of the value's.
  if ((/'s$/i.test(last.text) || /^'s/i.test(text.slice(last.end))) && /^(?:'s)?\s+(?:\w+\s+)?(?:subsidiary|subsidiaries|parent|sister|affiliate|partner|competitor|rival|division|branch|reseller|distributor|vendor|supplier|spin-?off|assistant|deputy|delegate|colleague|manager|boss|secretary|representative|proxy|backup|replacement|successor|predecessor)\b/i.test(text.slice(last.end, last.end + 30))) return { why: 'names another entity of its ("… \'s subsidiary")', deny: true };
  // "If it had closed, it would be Closed Won": the consequence of a condition is not the state.
  if (/\bif\b[^.;]*\bwould (?:be|have been|reach)\s+(?:the\s+|a\s+|an\s+)?$/.test(foldText(text.slice(sentenceStart + 1, first.start)))) return { why: 'is what a condition would lead to', deny: true };
  // "…, Île-de-France close behind": the rank may come without its verb.
  if (/^\s+(?:(?:is|was|comes|came|ranks?|ranked|finished|placed)\s+(?:a\s+)?(?:close\s+|distant\s+)?(?:second|third|fourth|fifth|runner-up|behind|next|last)|(?:a\s+)?(?:close|distant|not far|just|right)\s+(?:second|third|behind))\b/i.test(text.slice(last.end, last.end + 40))) return { why: 'is ranked below the answer', deny: true };
  if (UNAVAILABLE_AFTER.test(text.slice(last.end, last.end + 40))) return { why: 'is said to be unavailable or off', deny: true };
  // "sitting in Proposal/Price Quote, which is wrong": the answer calls the value a mistake.
  if (CALLED_WRONG.test(text.slice(last.end, last.end + 50))) return { why: 'is called wrong', deny: true };
  if (HEDGED_AFTER.test(text.slice(last.end, last.end + 40))) return { why: 'is only a guess (a question or "I think" after it)', deny: true };
  // "It's set to Closed Won, which is incorrect; it should be Closed Lost": after a value called wrong, "should be" corrects it.
  if (OFFERED_BEFORE.test(foldText(text.slice(Math.max(0, first.start - 50), first.start)).trimEnd())) return { why: 'is only offered', deny: true };
  const correcting = /\bshould (?:now )?be\s*$/.test(lead.trimEnd()) && /\b(?:wrong|incorrect|a mistake|an error|outdated|inaccurate|invalid)\b/.test(foldText(text.slice(0, first.start)));
  if (!correcting && HEDGED_BEFORE.test(lead.trimEnd())) return { why: `is only a guess ("${lead.trim().split(' ').slice(-2).join(' ')}")`, deny: true };
  // "Your tier will be Gold from next month": only a later state; "The replacement will be Size M / navy" is arranged.
  if (futureOnly(lead, text.slice(0, sentenceStart + 1), `${foldText(text.slice(sentenceStart + 1, first.start))} ${sentenceAfter}`)) return { why: 'is only what it will be later', deny: true };
  if (/\bwith\s+(?:the\s+)?$/.test(lead) && /^\s*(?:an?\s+)?(?:close|distant|right|not far|just)?\s*(?:behind|second|third|trailing|next)\b/.test(after)) return { why: 'comes second ("with … behind")', deny: true };
  if (DEMOTED_BEFORE.test(lead.trimEnd())) return { why: `comes after "${lead.trim().split(' ').slice(-2).join(' ')}", so it is not the value the answer settles on`, deny: true };
  if (SUPERSEDED_AFTER.test(sentenceAfter)) return { why: 'is what changed into something else', deny: true };
  // "Priya Raman handed the account to Tom Becker", "… until March; it's now Tom Becker": read on the written case, to the sentence's end.
  const rawAfter = (text.slice(last.end, last.end + 80).split(/[.!?\n](?:\s|$)/)[0] ?? '');
  if (HANDED_OVER.test(rawAfter)) return { why: 'is who or what it passed from', deny: true };
  const withdrawn = withdrawnAfter(text.slice(last.end));
  if (withdrawn !== null) return { why: `is taken back ("${withdrawn}")`, deny: true };
  if (SIBLING_AFTER.test(text.slice(last.end, last.end + 30)) || TIED_AFTER.test(sentenceAfter) || SIBLING_BEFORE.test(text.slice(Math.max(0, first.start - 40), first.start))) {
    return { why: 'is one of several values the answer gives', deny: true };
  }
  // "It ships from Dallas but the warehouse is in Houston": after "but", the sentence states another value.
  if (BUT_ANOTHER.test(text.slice(last.end, last.end + 140))) return { why: 'is followed by "but" and another value', deny: false };
  // "It was originally booked in business, but … it was moved to economy", "It was basic economy, but you upgraded to …".
  if ((/\b(?:was|were|originally|initially|at first)\b/.test(clause) || /^\s+(?:was|were)\b/.test(sentenceAfter)) && CHANGED_SINCE.test(sentenceAfter)) return { why: 'is what it was before it changed', deny: true };
  // A side remark that has closed with a comma ("Unlike Dana, who …, the agent … is Rafael") leaves the main clause.
  // "Dana Whitfield is the owner, but the case is queued for Rafael Mendes": after a clause that states another value,
  // a value that is only the object of a preposition in the "but" clause is a detail, not the answer.
  if (/^\s*(?:\p{Lu}[\p{L}'-]*\s+){1,3}(?:is|was)\s+(?:the|a|an|our|your)\s+[^,;]{1,30},?\s+but\b[^.;!?]*\b(?:for|to|with|by|from|under)\s+(?:the\s+)?$/u.test(text.slice(sentenceStart + 1, first.start)) && !/\b(?:transferred|moved|reassigned|handed(?: over)?|switched|changed|passed|upgraded|downgraded)\s+to\s+$/.test(text.slice(sentenceStart + 1, first.start))) return { why: 'is a detail after "but" once the answer has stated another value', deny: false };
  if (/,\s*(?:who|which|whose|whom|where)\b(?:[^,\u2013\u2014-]|-(?=\S))*$/i.test(text.slice(sentenceStart + 1, first.start))) return { why: 'is in a side remark about something else', deny: false };
  // "Silver (Gold requires 50k miles)": a clause in parentheses that opens with the value is about it, not the answer.
  if (/\(\s*$/.test(text.slice(0, first.start)) && /^\s+[\p{Ll}\d][^),]*\s\S[^),]*\)/u.test(text.slice(last.end)) && /^[^)]*\b(?:is|are|was|were|has|have|had|requires?|needs?|costs?|gives?|would|will|can|could|does|did|starts?|ends?|applies|qualif(?:y|ies))\b[^)]*\)/.test(text.slice(last.end))) return { why: 'is in an aside in parentheses', deny: false };
  // "Closed Won? No, it's Closed Lost.": a later sentence takes it back.
  if (/[.!?]\s+(?:no|nope|actually|correction|wait|sorry|scratch that)\b/i.test(text.slice(last.end))) return { why: 'is taken back later in the answer', deny: true };
  // "Billing handled the most; Technical Support handled the fewest": a later clause with the opposite superlative is context.
  const ownClause = foldText(text.slice(first.start, first.start + 80)).split(/[.;!?\n]/)[0] ?? '';
  const earlier = foldText(text.slice(0, first.start));
  const rawClause = text.slice(first.start, first.start + 80).split(/[.;!?\n]/)[0] ?? '';
  const stressed = stressedOpposite(rawClause, foldText(text.slice(first.start + rawClause.length)), OPPOSITES);
  if (stressed !== null) return { why: `is given the stressed "${stressed}" beside another value with its opposite`, deny: true };
  for (const [a, b] of OPPOSITES) {
    if ((new RegExp(`\\b${a}\\b`).test(ownClause) && new RegExp(`\\b${b}\\b`).test(earlier)) || (new RegExp(`\\b${b}\\b`).test(ownClause) && new RegExp(`\\b${a}\\b`).test(earlier))) {
      return { why: 'comes in a later clause with the opposite superlative', deny: false };
    }
  }
  const parallel = parallelBefore(text, words, from, to);
  if (parallel !== null) return { why: `comes second after the parallel "${parallel}"`, deny: false };
  return null;
}

/** Words that may follow the value in a predicate without making it another value: "Negotiation as of today", "High for this case". */
const FOLLOWER =
  /^(?:as|for|since|from|to|in|on|at|by|with|without|until|till|after|before|per|now|currently|still|already|again|today|yesterday|this|that|which|who|and|but|so|because|though|although|if|when|while|too|also|only|right|then|there|here|effective|starting|according|based|due|overall|each|both|all|again|yet|instead|anyway|(?:\d+|\p{P}).*)$/u;

/** Lower-case words after a place's name that name a site or team of it: "service desk", "claims team", "warehouse". */
const SITE_NOUN = /^(?:\p{Ll}+\s+)?(?:desk|team|office|branch|warehouse|depot|site|hub|store|shop|clinic|campus|queue|plant|facility|center|centre|location|department|unit)\b/u;

/**
 * A lead-in's predicate that begins with the gold and goes on with a content
 * word names a longer value: "The status is Pending approval." states
 * "Pending approval", not "Pending".
 */
function longerValueStated(gold: string, answer: string): string | null {
  const key = foldText(gold).replace(/[\s-]+/g, ' ').trim();
  for (const whole of predicatesOf(answer)) {
    // A comma, semicolon, dash, arrow or parenthesis ends the value: "the Premium plan, billed annually" states "Premium plan".
    const predicate = whole.split(/\s*(?:[,;(]|\s-\s|→|⟶|->|=>|➡\ufe0f?)/u)[0] ?? whole;
    const value = foldText(withoutCategoryNoun(predicate)).replace(/[\s-]+/g, ' ').trim();
    if (!value.startsWith(`${key} `)) continue;
    const next = value.slice(key.length + 1).split(' ')[0] ?? '';
    // "the Sao Paulo service desk": a site or team that a name of several capitalised words qualifies is the name's.
    const flat = foldText(answer).replace(/[\s-]+/g, ' ');
    const written = flat.slice(flat.indexOf(`${key} `) + key.length + 1);
    if (/^(?:\p{Lu}\S*\s+)+\p{Lu}\S*$/u.test(gold.trim()) && SITE_NOUN.test(written)) continue;
    // "in business class for both legs": a category noun after the gold, then a follower, still names the gold.
    const [, noun, after] = value.slice(key.length).split(' ');
    if (noun !== undefined && after !== undefined && foldText(withoutCategoryNoun(`${key} ${noun}`)) === key && FOLLOWER.test(after)) continue;
    if (!FOLLOWER.test(next)) return predicate;
  }
  return null;
}

/**
 * "Deborah Ramos handled 14 cases; Linda Wood handled 12.": when the value
 * opens a clause and an earlier clause opens with a capitalised phrase of
 * the same length followed by the same word, the earlier one is the answer.
 */
function parallelBefore(text: string, words: readonly Word[], from: number, to: number): string | null {
  const opensClause = (i: number): boolean => i === 0 || /[.;!?\n]\s*$/.test(text.slice((words[i - 1] as Word).end, (words[i] as Word).start));
  const verb = words[to + 1];
  if (!opensClause(from) || !verb) return null;
  const size = to - from + 1;
  for (let i = 0; i < from; i += 1) {
    if (!opensClause(i)) continue;
    const phrase = words.slice(i, i + size);
    if (phrase.length === size && phrase.every((w) => capitalised(w)) && words[i + size]?.key === verb.key) return text.slice((phrase[0] as Word).start, (phrase[size - 1] as Word).end);
  }
  return null;
}
