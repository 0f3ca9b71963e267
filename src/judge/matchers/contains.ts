/**
 * The `contains` matcher, for golds that must appear somewhere in a longer
 * answer ("the refund was approved", a confirmation code). The gold must
 * occur as whole words after folding case, width, quotes and diacritics
 * (numbers and ordinals count as digits: "two-year" = "2-year"), not right
 * after a negation ("not approved"), not only intended ("I'd hoped to give
 * you …"), not taken back later ("… but it has since been withdrawn"), and
 * not be superseded by the same phrase with another value ("seat 14C was
 * taken, so … seat 14D"). Codes compare without inner separators ("Gate
 * B-12" contains "gate B12").
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';
import { findNumberWords } from '../../text/number-words.js';
import { comparable, countNegations, withdrawnAfter } from './answer-text.js';
import { outcome, type MatchOutcome } from './outcome.js';
import { stateInFields, statePhrase, usSpelling } from './state-phrase.js';
import { complementFields, fieldStatus, statusPhrase } from './state-status.js';
import { undoneReason } from './contains-undone.js';
import { GIVEN_BEFORE, withoutQuestions } from './question-clause.js';
import { pronounState } from './state-pronoun.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

const UNREALISED_BEFORE = /\b(?:(?:hoped|wanted|tried|attempted|meant|planned|intended|wished) to\s+(?:\w+\s+){0,3}|(?:need|needs|have|has) to \w+ (?:\w+ )?to (?:get|have|add)\s+|(?:would|could) (?:get|have|need|add|include|give|offer|cover|provide|unlock)\s+(?:\w+\s+)?|you d (?:get|have|need)\s+(?:\w+\s+)?|if you (?:upgrade|pay|add|buy|subscribe)\b[^.]{0,30})$/;
const NEGATED_BEFORE = /\b(?:not|no|never|without|cannot|\w+n t|can t|won t|rather than|instead of|in place of|other than|opted out of|turned off|switched off|disabled|removed|cancelled|canceled|declined|unsubscribed from)\s+(?:\w+\s+){0,2}$/;

/**
 * Whether the answer contains the gold as a phrase, not negated.
 *
 * @example containsMatch('refund approved', 'Good news: your refund approved today.').pass // true
 */
export function containsMatch(expected: string | number, actual: string): MatchOutcome {
  const read = containsReading(expected, actual);
  if (!read.pass) return read;
  // "Are you sure you want the reservation cancelled?": a clause that is a question does not say it holds.
  const asserted = withoutQuestions(actual);
  if (asserted !== actual && !containsReading(expected, asserted).pass) return outcome(false, `contains: the answer has ${JSON.stringify(String(expected))} only in a question`);
  return read;
}

/** `containsMatch` before questions are set aside. */
function containsReading(expected: string | number, actual: string): MatchOutcome {
  let gold = usSpelling(comparable(withDigits(String(expected))));
  // "can't share" for "cannot share": a gold that holds a negation reads the answer's contractions spelled out.
  const spelled = NEGATION_WORD.test(` ${gold} `);
  if (spelled) gold = fullNegations(gold);
  let answer = ` ${usSpelling(comparable(withDigits(actual)))} `;
  if (spelled) answer = fullNegations(answer);
  if (gold === '' || answer.trim() === '') return outcome(false, 'contains: an empty side never matches');
  let at = answer.indexOf(` ${gold} `);
  // "Your reservation K7TN2D has been cancelled", "I've escalated the case": the thing in the gold's state, in other grammar.
  // "Status: Escalated (Tier 2 Support queue)", "Escalation done: the case is now with Tier-2": the state as a status.
  // "… so I've approved it": the agent's own action on a pronoun for the thing named before it in the sentence.
  const stated = at < 0 ? (statePhrase(gold, answer) ?? statusPhrase(gold, answer) ?? pronounState(gold, actual, answer, (t) => usSpelling(comparable(withDigits(t))))) : null;
  if (stated !== null) {
    at = stated.index;
    gold = stated.phrase;
  }
  // "Gate B-12" for "gate B12", "Seat 22 C" for "seat 22C": codes compared without the separators inside them.
  if (at < 0) {
    gold = joinCodes(gold);
    answer = joinCodes(answer);
    at = answer.indexOf(` ${gold} `);
  }
  // "escalated this to Tier 2" for "escalated to Tier 2": a verb's object may stand between it and its preposition.
  const words = gold.split(' ');
  if (at < 0 && words.length >= 3 && /^(?:to|into|for|with|on|from|at|over|back)$/.test(words[1] ?? '')) {
    // "submitted the quote for approval": or a bare noun, its article dropped by `comparable`.
    const inserted = new RegExp(` ${escapeWords([words[0] ?? ''])} (?:it|this|that|them|him|her|you|me|us|(?:your|this|that|our|my|his|her|their|its) \\w+|(?!(?:not|never|no|nothing|only|also|just|be|been)\\b)\\p{L}+) ${escapeWords(words.slice(1))} `, 'u').exec(answer);
    if (inserted) at = inserted.index;
  }
  // "refunded to your gift card" for "refunded to gift card": a possessive before the preposition's noun.
  const preposition = words.findIndex((w, i) => i > 0 && i < words.length - 1 && /^(?:to|into|for|with|on|from|at)$/.test(w));
  if (at < 0 && preposition > 0) {
    const owned = new RegExp(` ${escapeWords(words.slice(0, preposition + 1))} (?:your|our|my|his|her|their|its) ${escapeWords(words.slice(preposition + 1))} `).exec(answer);
    if (owned) at = owned.index;
  }
  // "Priority: High" for "high priority": a two-word gold given as a field and its value.
  if (at < 0 && words.length === 2 && new RegExp(`(?<![\\p{L}\\p{N}])${words[1]}\\s*[:=]\\s*(?:\\*\\*)?${words[0]}(?![\\p{L}\\p{N}])`, 'iu').test(foldText(actual))) {
    return outcome(true, `contains: the answer gives ${JSON.stringify(words[1])} as ${JSON.stringify(words[0])}`);
  }
  // "- Reservation: ABC123\n- Action: cancelled ✅": the thing and its state as two fields of a recap.
  if (at < 0 && stateInFields(gold, usSpelling(foldText(actual)).split('\n'))) return outcome(true, `contains: the answer gives the ${JSON.stringify(gold)} as a thing and its state in two fields`);
  // "exchange_status: submitted" for "exchange has been submitted": the thing's status field holds the state.
  // "status: Escalated" beside "queue: Tier 2", "Approval_Status__c = 'Submitted'": a state and its complement as fields.
  if (at < 0 && complementFields(gold, usSpelling(foldText(actual)).toLowerCase().split(/\n|(?<=[.;])\s+/))) return outcome(true, `contains: the answer gives ${JSON.stringify(gold)} as a status and its complement in fields`);
  if (at < 0 && fieldStatus(gold, usSpelling(foldText(actual)).split('\n'))) return outcome(true, `contains: the answer gives the state of ${JSON.stringify(gold)} as the thing's status field`);
  if (at < 0) return outcome(false, `contains: ${JSON.stringify(normalizeAnswer(foldText(String(expected))))} does not occur in the answer`);
  // Within the phrase's sentence: "… has been cancelled. Status: order cancelled." ends the sentence the state word is in.
  const opening = sentenceOpening(gold, actual);
  // "Your reservation has been cancelled; reservation cancelled confirmation sent": the gold's own state word negates nothing.
  const negation = NEGATED_BEFORE.exec(answer.slice(Math.max(0, at - 40), at + 1));
  const ownWord = negation !== null && gold.split(' ').includes(negation[0].trim().split(' ')[0] ?? '');
  if (negation !== null && !ownWord && (opening === null || NEGATED_BEFORE.test(` ${comparable(opening)} `))) return outcome(false, `contains: ${JSON.stringify(gold)} occurs only negated`);
  // "A SIM swap isn't possible": a negation in the words right after the phrase denies it too.
  // Only within its sentence (a question runs on into its reply): "…; no further charges will be made" denies something else.
  // "✅ Cancelled. Reservation Q7XK2M is no longer active", "Cancelled ✔️ Your reservation … no longer shows on your
  // profile": what no longer holds after an ending state restates it.
  const written = textAfter(gold, actual);
  let undoneState = false;
  const rest = ENDED_STATE.test(gold) ? written.replace(/^([^.;!?]{0,30}?)\bno longer\b([^.;!?]*)/, (whole, lead: string, held: string) => {
    const heldWords = ` ${usSpelling(comparable(held))} `;
    // "…, it is no longer cancelled": the gold's own ending state no longer holds.
    undoneState = heldWords.includes(` ${gold.split(' ').find((w) => ENDED_STATE.test(w)) ?? '\u0000'} `);
    return gold.split(' ').some((w) => !POSSESSIVE.test(w) && heldWords.includes(` ${w} `)) ? whole : lead;
  }) : written;
  if (undoneState) return outcome(false, `contains: ${JSON.stringify(gold)} no longer holds`);
  const sentenceRest = rest === '' ? answer.slice(at + gold.length + 1) : comparable(rest.split(/[.;!](?:\s|$)/)[0] ?? '');
  const after = sentenceRest.split(' ').filter(Boolean).slice(0, 3).join(' ');
  // "Seat 14C was taken, so …", "Business class was full": what was not to be had did not happen.
  if (/^(?:(?:you|we|i|they) \w+(?: for)? )?(?:is|was|are|were|has been|have been) (?:now |currently |already |all )?(?:disabled|turned off|switched off|deactivated|inactive|off|suspended|removed|cancelled|canceled|unavailable|sold out|expired|taken(?! by (?:you|your)\b)|full|fully booked|booked up|booked out|gone|not available|no longer available)\b/.test(answer.slice(at + gold.length + 2))) {
    return outcome(false, `contains: ${JSON.stringify(gold)} is off or unavailable`);
  }
  // "a two-year warranty, no extra cost": "no" before another noun denies that, not the phrase.
  if (countNegations(after.replace(/ t\b/g, "'t")) > 0 && !/^[\s,;:\u2014\u2013-]*no\s+(?!longer\b|more\b|one\b)\p{L}/u.test(rest)) return outcome(false, `contains: ${JSON.stringify(gold)} is denied ("… ${after}")`);
  // "Premium support: ❌", "Premium support — not included".
  if (/^\s*[:-]?\s*(?:❌|✗|✘|✖|🚫|⛔|no\b|none\b|not included|n\/a|unavailable)/u.test(rest)) return outcome(false, `contains: ${JSON.stringify(gold)} is marked as absent`);
  // "Roaming is already enabled... actually, it's disabled on that line": the answer corrects itself right after.
  const revised = REVISED_AFTER.exec(rest);
  if (revised !== null) return outcome(false, `contains: ${JSON.stringify(gold)} is corrected ("${revised[0].trim()}")`);
  const withdrawn = withdrawnAfter(rest);
  if (withdrawn !== null) return outcome(false, `contains: ${JSON.stringify(gold)} is taken back ("${withdrawn}")`);
  // "The late fee was waived last year; this time it stands": the phrase held in another period than the one now.
  const then = OTHER_TIME_AFTER.exec(rest);
  if (then !== null && NOW_AFTER.test(rest.slice(then.index + then[0].length))) return outcome(false, `contains: ${JSON.stringify(gold)} held ${then[0].trim()}, not now`);
  // "It was previously assigned to X; I've now moved it to Y": a former state, when the answer says what holds now.
  if (FORMER_BEFORE.test(answer.slice(Math.max(0, at - 40), at + 1)) && /\b(?:now|currently|instead|since then|these days)\b/.test(rest)) {
    return outcome(false, `contains: ${JSON.stringify(gold)} held before, not now`);
  }
  const [sentenceBefore, sentenceAfter] = sentenceAround(gold, actual);
  // "- [ ] Case assigned to …", "Normally I cannot share this, but …": the answer's structure says it did not happen.
  const line = foldText(actual).split('\n').find((l) => ` ${usSpelling(comparable(withDigits(l)))} `.includes(` ${gold.split(' ')[0] ?? ''} `)) ?? '';
  const undone = undoneReason(line, sentenceBefore, sentenceAfter);
  if (undone !== null) return outcome(false, `contains: ${JSON.stringify(gold)} ${undone}`);
  // "I'd hoped to give you a free upgrade": what was only wished for was not done.
  if (UNREALISED_BEFORE.test(answer.slice(Math.max(0, at - 40), at + 1))) return outcome(false, `contains: ${JSON.stringify(gold)} was only intended`);
  // "If it happens again, the case will be escalated to Tier 2": the consequence of a condition has not happened.
  // "I wasn't able to get the reservation cancelled", "I'm unable to have you transferred": an attempt that failed.
  if (FAILED_BEFORE.test(sentenceBefore)) return outcome(false, `contains: ${JSON.stringify(gold)} is what the agent could not do`);
  // "…, but I don't have permission to change the owner": the agent says right after that it could not do it.
  if (FAILED_AFTER.test(sentenceAfter)) return outcome(false, `contains: ${JSON.stringify(gold)} is what the agent could not do`);
  // "I'd recommend it be assigned to …", "It should be escalated to …": advice, not what was done.
  if (ADVISED_BEFORE.test(sentenceBefore)) return outcome(false, `contains: ${JSON.stringify(gold)} is only advised`);
  // "If you'd like, I can have you transferred …", "Shall I have it cancelled?": offered, not done.
  if (OFFERED_BEFORE.test(sentenceBefore.replace(/\bgo ahead and\b/, 'go ahead')) || /^\s*if you(?:'d| would)? (?:like|want|prefer)\b/.test(sentenceBefore)) {
    return outcome(false, `contains: ${JSON.stringify(gold)} is only offered`);
  }
  // "Just to confirm: you want reservation 4WQ7ZK cancelled?": asking whether to do it is not doing it.
  if (ASKED_BEFORE.test(sentenceBefore) && /^[^.!;\n]{0,40}\?/.test(rest)) return outcome(false, `contains: ${JSON.stringify(gold)} is only asked about`);
  // "Should the quote rejected notice go to …?", "you'll know at check-in whether the seat is upgraded": a question, asked or reported, states nothing.
  // "… now that your order is cancelled?": a clause that takes its content as given still says it.
  if ((QUESTION_OPENING.test(sentenceBefore) && /^[^.!;\n]*\?/.test(rest) && !GIVEN_BEFORE.test(sentenceBefore)) || WHETHER_BEFORE.test(sentenceBefore)) return outcome(false, `contains: ${JSON.stringify(gold)} is only in a question`);
  // "Once payment clears, your booking is confirmed": a state in the present after a condition has not happened yet either.
  const presentState = stated !== null && / (?:is|are|gets|get) /.test(` ${stated.phrase} `);
  if ((/^\s*(?:if|unless|should|in case|whenever|once)\b[^,]*,/.test(sentenceBefore) || /^\W*(?:\S+\s+){0,4}?(?:if|unless|in case|should (?:it|this|that|they))\b/.test(sentenceAfter)) && (MODAL_BEFORE.test(sentenceBefore) || presentState)) {
    return outcome(false, `contains: ${JSON.stringify(gold)} is only what would happen under a condition`);
  }
  // "It ships with a 1-year warranty; you can extend it to a 2-year warranty": an option beside the value that holds.
  const other = otherValue(gold, answer);
  if (other !== null && OPTION_BEFORE.test(sentenceBefore)) {
    return outcome(false, `contains: the answer states ${JSON.stringify(other)} and offers ${JSON.stringify(gold)} only as an option`);
  }
  const rival = laterRival(gold, answer);
  if (rival !== null) return outcome(false, `contains: the answer settles on ${JSON.stringify(rival)}, not ${JSON.stringify(gold)}`);
  return outcome(true, `contains: the answer contains ${JSON.stringify(gold)}`);
}

/**
 * A letter or letters and digits split by a separator, joined back: "b 12"
 * and "22 c" (from "B-12", "22-C") become "b12" and "22c". Only short letter
 * runs join (up to three letters), so "seat 14" stays two words.
 */
function joinCodes(text: string): string {
  return text.replace(/(?<= )(\p{L}{1,3}) (?=\d)|(?<= )(\d+) (?=\p{L}{1,3} )/gu, (_m, letters: string | undefined, digits: string | undefined) => letters ?? digits ?? '');
}

/** Possessives a state phrase may hold ("cancelled your reservation") that say nothing of what no longer holds. */
const POSSESSIVE = /^(?:your|my|our|their|his|her|its)$/;
/** States that end a thing, after which what "no longer" holds restates them: "cancelled … is no longer active". */
const ENDED_STATE = /\b(?:canceled|closed|deleted|removed|deactivated|disabled|terminated|revoked|suspended|unsubscribed|archived|voided|withdrawn|ended|stopped)\b/;
/** Right after the phrase, another period: "… last year", "… back in 2023", "… previously". */
const OTHER_TIME_AFTER = /^[^.;!?]{0,20}?\b(?:last (?:year|month|week|time|quarter|season)|previously|in the past|back in (?:19|20)\d{2}|in (?:19|20)\d{2}|the (?:first|previous|last) time)\b/;
/** Then, after a clause break, the period now: "; this time it stands", "but now …", ". Currently …", ". For this return, …". */
const NOW_AFTER = /^[^.;!?]*[.;!?,]\s*(?:but\s+)?(?:this time|this year|now|currently|today|at the moment|(?:for|on|with|as for) (?:this|the current|your current) [a-z]+)\b/;
/** Right before the phrase: a former state ("previously", "was originally", "at first"). */
const FORMER_BEFORE = /\b(?:previously|formerly|originally|initially|at first|used to be)\s+(?:\w+\s+)?$/;
/** A sentence that opens as a yes/no question: "Should the …", "Is your …", "Has the …". */
const QUESTION_OPENING = /^\W*(?:should|shall|do|does|did|would|will|can|could|is|are|was|were|has|have|may)\s/;
/** A reported question right before the phrase: "… whether the seat is upgraded", "… check if your refund is approved". */
const WHETHER_BEFORE = /(?:\bwhether|\b(?:know|see|check|confirm|ask|find out|tell you|let you know|wondering)\s+if)\s+(?:[\w'-]+\s+){0,3}$/;
/** The start of a question whether to do it: "you want …", "do you want me to …", "should I …", "can you confirm …". */
const ASKED_BEFORE = /(?:^|[:,]\s*)(?:so\s+)?(?:you want|do you want|you'd like|would you like|should (?:i|we)|can you confirm|could you confirm|is it ok(?:ay)? (?:if|to)|are you sure)\b/;
/** Right after the phrase: the answer takes it back ("... actually, it's disabled", "— actually no, it is still pending"). */
const REVISED_AFTER = /^[^.;!?]{0,10}?[\s.,\u2014\u2013-]+actually\b\W+(?:no\b|(?:it|that|this|they|the \w+)(?:'s|'re| is| are| was| were| has| hasn't| isn't| wasn't)?\s+(?:not|still|disabled|off|inactive|pending|failed|declined|rejected|never)\b)/;
/** An option before the phrase in its sentence: "you can extend it to …". */
const OPTION_BEFORE = /\b(?:can|could|may|might|able to|option to|choose to|opt to)\b(?:\s+[\w'-]+){0,5}\s*$/;
/** A failed attempt before the phrase in its clause: "wasn't able to get", "unable to have you", "failed to get". */
const FAILED_BEFORE = /\b(?:unable|not able|\w+n't able|failed|couldn't|could not|can't|cannot|didn't manage)\b(?:(?!\b(?:so|and|but|then|instead)\b)[^,;:]){0,40}$/;
/** After the phrase, in its sentence: "but I don't have permission", "but I couldn't", "but the system wouldn't let me". */
const FAILED_AFTER = /^[^.!?]{0,40}?\bbut\b[^.!?]{0,20}?\b(?:(?:i|we)\s+(?:don't|do not|didn't|did not|lack)\s+(?:have\s+)?(?:the\s+)?(?:permission|access|rights?|authority|ability)|(?:i|we)\s+(?:can't|cannot|couldn't|could not|wasn't able to|was unable to|am unable to|am not able to)(?:\s+(?:do|complete|finish|save|apply|submit|make|process)\s+(?:it|that|this|the change))?\s*(?:[.!?,;]|$)|(?:it|the system)\s+(?:won't|wouldn't|didn't) let (?:me|us))\b/;
/** Advice before the phrase: "I'd recommend it be", "I suggest that it is", "it should be", "ought to be". */
const ADVISED_BEFORE = /\b(?:(?:recommend|suggest|advise|propose)(?:s|ed|ing)?\b(?:\s+(?:that|it|this|they|the|your|the\s+\w+|we|you))*(?:\s+(?:be|is|are|gets?))?|(?:should|ought to|needs? to|must)\s+(?:\w+\s+)?be)\s+$/;
/** The agent offering to bring the phrase about: "I can have you", "shall I", "would you like me to" (not "we can offer a full refund"). */
const OFFERED_BEFORE = /(?:\b(?:i|we) (?:can|could) (?:have|get|arrange)|\bshall (?:i|we)|\bwould you like (?:me|us) to|\bdo you want (?:me|us) to)\b(?:(?!\b(?:so|and|but|then)\b)[^,;:]){0,30}$/;
/** A modal before the phrase in its sentence: "… the case will be escalated to". */
const MODAL_BEFORE = /\b(?:will|would|ll|could|might|may|going to)\s+(?:[\w'-]+\s+){0,3}$/;

/** A negation word of a comparable text (apostrophes already spaces): "cannot", "not", "can t". */
const NEGATION_WORD = / (?:cannot|not|\w+n t|can t|won t) /;

/** Contracted negations spelled out in a comparable text: "can t" → "cannot", "won t" → "will not", "isn t" → "is not". */
function fullNegations(text: string): string {
  return text.replace(/\bcan t\b|\bcan not\b/g, 'cannot').replace(/\bwon t\b/g, 'will not').replace(/\b(\w+)n t\b/g, '$1 not');
}

function escapeWords(words: readonly string[]): string {
  return words.map(escapeRegExp).join(' ');
}

/** The gold's sentence in the original answer, before and after the gold's words (folded, with punctuation). */
function sentenceAround(gold: string, actual: string): [string, string] {
  const text = usSpelling(foldText(withDigits(actual)));
  const words = gold.split(' ').map(escapeRegExp);
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+(?:\\p{L}+\\s+){0,2}?')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  if (!m) return ['', ''];
  const before = text.slice(0, m.index).split(/[.!?;\n]\s/).pop() ?? '';
  const after = text.slice(m.index + m[0].length).split(/[.!?;\n](?:\s|$)/)[0] ?? '';
  return [before, after];
}

/** The original answer's sentence (to a full stop, "!", "?" or a line break) before the gold's exact words, or `null`. */
function sentenceOpening(gold: string, actual: string): string | null {
  const text = usSpelling(foldText(withDigits(actual)));
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${gold.split(' ').map(escapeRegExp).join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? (text.slice(0, m.index).split(/[.!?\n]\s/).pop() ?? '') : null;
}

/** The original answer's text after the first occurrence of the gold's words, with its punctuation (sentence ends matter). */
function textAfter(gold: string, actual: string): string {
  const text = usSpelling(foldText(withDigits(actual)));
  const words = gold.split(' ').map(escapeRegExp);
  // Strictly the gold's words first; then with articles between them, which \`comparable\` dropped ("escalated the case").
  const m = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').exec(text)
    ?? new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+(?:(?:a|an|the)\\s+)?')}(?![\\p{L}\\p{N}])`, 'u').exec(text);
  return m ? text.slice(m.index + m[0].length) : '';
}

const ORDINALS: Readonly<Record<string, string>> = {
  first: '1st', second: '2nd', third: '3rd', fourth: '4th', fifth: '5th', sixth: '6th', seventh: '7th', eighth: '8th', ninth: '9th', tenth: '10th', eleventh: '11th', twelfth: '12th',
};

/** Spelled-out numbers and ordinals as digits, on both sides: "a two-year warranty" contains "2-year warranty". */
function withDigits(text: string): string {
  let out = text;
  for (const w of findNumberWords(text).reverse()) out = `${out.slice(0, w.start)}${w.value}${out.slice(w.end)}`;
  return out.replace(/\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\b/gi, (m) => ORDINALS[m.toLowerCase()] ?? m);
}

/** The gold's phrase with another value in its slot anywhere in the answer ("1 year warranty" for "2 year warranty"), or `null`. */
function otherValue(gold: string, answer: string): string | null {
  const pattern = slotPattern(gold);
  if (pattern === null) return null;
  const slot = gold.split(' ').find((w) => /\d/.test(w));
  return [...answer.matchAll(pattern)].find((m) => m[1] !== slot)?.[0].trim() ?? null;
}

/** The gold's words as a pattern whose one word with a digit is a capture group, or `null` when there is none. */
function slotPattern(gold: string): RegExp | null {
  const words = gold.split(' ');
  const slot = words.findIndex((w) => /\d/.test(w));
  if (slot < 0 || words.length < 2) return null;
  return new RegExp(` ${words.map((w, i) => (i === slot ? '([\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*)' : escapeWords([w]))).join(' ')}(?= )`, 'gu');
}

/**
 * When the gold phrase holds a value with a digit ("seat 14C", "3rd floor"),
 * the same phrase with another value later in the answer supersedes it:
 * "Seat 14C was taken, so I assigned you seat 14D." Returns that phrase.
 */
function laterRival(gold: string, answer: string): string | null {
  const pattern = slotPattern(gold);
  if (pattern === null) return null;
  // "…; you can extend it to a 60-day return window" offers another value; it does not replace the one stated.
  const last = [...answer.matchAll(pattern)].filter((m) => !OPTION_BEFORE.test(answer.slice(Math.max(0, m.index - 60), m.index + 1))).pop();
  return last !== undefined && last[1] !== gold.split(' ').find((w) => /\d/.test(w)) ? last[0].trim() : null;
}
