/**
 * A value the answer names and then sets aside for another. A careful reader
 * takes the value the answer gives as right, not the one it reports as the
 * record's wrong or former state: "Current stage: Negotiation. Correct stage:
 * Proposal." gives Proposal; "…, the answer is Arjun Bhatt" and "Hmm, wait.
 * … Filter clogging comes out on top" decide after the gold was named; a
 * value tied to a past period or holder ("managed Warehouse B until March
 * 2023", "held the top spot in Q2") beside another the answer gives as the
 * current or top one is history; one only expected ("Closed Won is expected
 * next week") beside the value it still has is not the state; and one only
 * recommended in an answer that says it has not acted yet and asks to go
 * ahead is not done. `exact` and `normalized` read these for golds of
 * letters.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A capitalised value of up to five words, perhaps with a slash or dash inside ("Proposal/Price Quote"). */
const VALUE = String.raw`\p{Lu}[\p{L}\p{N}'’&-]*(?:(?:\s+|\s*/\s*)\p{Lu}[\p{L}\p{N}'’&-]*){0,4}`;
/** "Correct stage: Proposal", "the right queue is Billing", "should actually be Closed Won", "should be moved to …", "should advance to …". */
const CORRECT_SLOT = new RegExp(String.raw`(?:\b(?:[Cc]orrect|[Rr]ight(?![\s_]+(?:now|away|here|there|after|before)\b)|[Pp]roper|[Ii]ntended)[\s_]+(?:\w+\s*)?(?:is|should be|would be|:)|"correct[_\s]\w+"\s*:)\s*"?\s*(${VALUE})|\bshould\s+(?:actually\s+|really\s+|instead\s+)?(?:be|go|sit|advance|move|progress)\s+(?:(?:moved|changed|set|updated|reverted|advanced)\s+)?(?:back\s+)?(?:in|to|into|at|as|under)?\s*(?:the\s+)?(${VALUE})`, 'gu');
/** The clause that holds the gold reports it as the record's present or wrong value. */
const CURRENT_SLOT = /\b(?:current(?:ly)?|wrongly|incorrectly|mistakenly|erroneously|right now|at the moment|(?:sitting|sits|stuck|parked|still)\s+(?:in|at|on))\b/i;
/** "current_stage": "Closed Won", "currently in Closed Won": the value in the current slot. */
const CURRENT_VALUE = new RegExp(String.raw`\b[Cc]urrent(?:ly)?(?:[\s_]\p{L}+)?"?\s*(?:is|:|in|at|=)?\s*"?\s*(${VALUE})`, 'gu');
/** "the answer is Arjun Bhatt", "Filter clogging comes out on top": a later statement of which value answers. */
const DECISION = new RegExp(String.raw`\b(?:the|my|final)\s+answer\s+(?:is|would be|:)\s*\**(${VALUE})|(\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+[\p{L}\p{N}'’&-]+){0,3}?)\**\s+(?:comes?|came|ends?|ended)\s+(?:out\s+)?(?:on top|ahead|first|up on top)\b`, 'gu');
/** A clause tied to a time before the one asked about. */
const PAST = /\b(?:previous|prior|last)\s+(?:quarter|half|year|month|week)\b|\bin\s+(?:q[1-4]|h[12])\b|\b(?:formerly|previously|used to)\b|\b(?:\w+ed|was|were|held|had|ran|led|sat)\b[^,;]{0,40}\b(?:until|till)\b/i;
/** Another clause that gives its value as the current or top one: "the current manager is …", "The lowest was …". */
const NOW_OR_TOP = new RegExp(String.raw`\b(?:current|present|(?!(?:request|interest|latest|west)\b)\p{L}{2,}est|most\s+\p{L}+|top)\s+(?:\p{L}+\s+){0,3}(?:is|was|:)\s+\**(${VALUE})`, 'gu');
/** "Closed Won is expected next week", "expected to move to …": a value only foreseen. */
const EXPECTED_AFTER = /^\W*\s*(?:is|are)\s+(?:\w+\s+)?(?:expected|scheduled|planned|forecast|projected|due)\b/;
const EXPECTED_BEFORE = /\b(?:expected|scheduled|planned|due|likely|set)\s+to\s+(?:\w+\s+){0,2}(?:to|into|as)\s+(?:the\s+)?$/;
const STILL = /\b(?:still|currently|right now|for now|at the moment|as of now)\b/i;

/** The gold as a whole-word pattern over folded text. */
function goldPattern(gold: string): RegExp {
  const words = foldText(gold).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
}

/** Clauses: sentences, ";" and parentheses split apart. */
function clausesOf(answer: string): string[] {
  return answer.replace(/\*\*|__|`/g, '').split(/(?<=[.!?])\s+|[;()\n]+/).map((c) => c.trim()).filter((c) => c !== '');
}

/**
 * How the answer reads `gold` when it sets it aside for another value (`pass: false`), or when it gives the gold as
 * the correct value over the current one (`pass: true`); `null` when it does neither.
 *
 * @example replacedValue('Negotiation', 'Current stage: Negotiation. Correct stage: Proposal.') // { pass: false, … }
 */
export function replacedValue(gold: string, answer: string): { pass: boolean; reason: string } | null {
  if (!/\p{L}/u.test(gold)) return null;
  const pattern = goldPattern(gold);
  const folded = foldText(answer);
  if (!pattern.test(folded)) return null;
  const isGold = (value: string): boolean => pattern.test(foldText(value));
  // "It should be Closed Won once legal signs": a value due once something happens is not a correction.
  const correct = [...answer.matchAll(CORRECT_SLOT)].filter((m) => !/^\W*(?:once|when|after|if|as soon as|by|next|from)\b/i.test(answer.slice(m.index + m[0].length)));
  const labelledCorrect = correct.map((m) => m[1] ?? '').filter((v) => v !== '');
  if (correct.length > 0) {
    const values = correct.map((m) => (m[1] ?? m[2] ?? '').trim());
    const last = values[values.length - 1] ?? '';
    // A slot named correct ("Correct stage: Proposal") sets aside every other value; a "should be" only the current one.
    const goldClauses = clausesOf(answer).filter((c) => isGold(c) && !values.some((v) => isGold(v) && c.includes(v)));
    if (!isGold(last) && goldClauses.length > 0 && (correct[correct.length - 1]?.[1] !== undefined || goldClauses.every((c) => CURRENT_SLOT.test(c)))) return { pass: false, reason: `gives it as the current value and ${JSON.stringify(last)} as the correct one` };
    // "Correct stage: Qualification" (a slot named correct, not a "should be") gives the answer over the record's value.
    if (isGold(last) && (labelledCorrect.some((v) => isGold(v)) || correctOverCurrent(answer, pattern))) return { pass: true, reason: `gives it as the correct value over the current one` };
  }
  return decidedLater(answer, pattern) ?? pastBesideCurrent(answer, pattern) ?? expectedOnly(answer, pattern) ?? notDoneYet(answer, pattern);
}

/** "Current stage: Closed Won. Correct stage: Negotiation": another value in the current slot. */
function correctOverCurrent(answer: string, pattern: RegExp): boolean {
  return [...answer.matchAll(CURRENT_VALUE)].some((m) => !pattern.test(foldText(m[1] ?? '')));
}

/** The last "the answer is …" or "… comes out on top" after the gold names another value. */
function decidedLater(answer: string, pattern: RegExp): { pass: boolean; reason: string } | null {
  const decisions = [...answer.matchAll(DECISION)];
  const last = decisions[decisions.length - 1];
  if (last === undefined) return null;
  const value = (last[1] ?? last[2] ?? '').trim();
  const lastGold = foldText(answer).search(new RegExp(`${pattern.source}(?![\\s\\S]*${pattern.source})`, 'u'));
  if (pattern.test(foldText(value)) || lastGold > last.index) return null;
  // "… comes out on top" decides only after a recount or a correction ("Hmm, wait. After dropping …"), not beside the
  // gold as the top of another measure ("On volume, Tomas Okafor comes out on top").
  const turn = /\b(?:wait|actually|hmm|though|however|overall|after|recount\w*|excluding|dropping|removing|correction|on second thought|instead)\b/i;
  if (last[2] !== undefined && !turn.test(foldText(answer).slice(lastGold, last.index))) return null;
  return { pass: false, reason: `decides on ${JSON.stringify(value)} after naming it` };
}

/** Every clause with the gold is tied to a past time, and another clause gives another value as the current or top one. */
function pastBesideCurrent(answer: string, pattern: RegExp): { pass: boolean; reason: string } | null {
  const clauses = clausesOf(answer);
  const withGold = clauses.filter((c) => pattern.test(foldText(c)));
  if (withGold.length === 0 || !withGold.every((c) => PAST.test(c))) return null;
  for (const c of clauses) {
    if (withGold.includes(c) || PAST.test(c)) continue;
    const other = [...c.matchAll(NOW_OR_TOP)].map((m) => m[1] ?? '').find((v) => !pattern.test(foldText(v)));
    if (other !== undefined) return { pass: false, reason: `ties it to a past time and gives ${JSON.stringify(other.trim())} as the current or top one` };
  }
  return null;
}

/** "It is still in Negotiation; Closed Won is expected next week": a value only foreseen, beside the one it still has. */
function expectedOnly(answer: string, pattern: RegExp): { pass: boolean; reason: string } | null {
  const clauses = clausesOf(answer);
  const withGold = clauses.filter((c) => pattern.test(foldText(c)));
  const foreseen = (c: string): boolean => {
    const f = foldText(c);
    const at = f.search(pattern);
    return EXPECTED_AFTER.test(f.slice(at).replace(pattern, '')) || EXPECTED_BEFORE.test(f.slice(0, at));
  };
  if (withGold.length === 0 || !withGold.every(foreseen)) return null;
  const still = clauses.find((c) => !withGold.includes(c) && STILL.test(c) && new RegExp(VALUE, 'u').test(c.replace(/^\W*\p{L}+/u, '')));
  return still === undefined ? null : { pass: false, reason: `gives it only as expected, beside "${still}"` };
}

/** "I'd recommend X, but I haven't switched you yet — want me to go ahead?": not done, and asking to. */
function notDoneYet(answer: string, pattern: RegExp): { pass: boolean; reason: string } | null {
  const folded = foldText(answer);
  const at = folded.search(pattern);
  if (!/\?\W*$/.test(answer.trim()) || !/\b(?:recommend|suggest|advise|propose)\b[^.;!?]{0,40}$/.test(folded.slice(0, at))) return null;
  const pending = /\b(?:haven t|have not|hasn t|has not|not|nothing (?:has|have|is) (?:been )?)\s*(?:\w+\s+){0,3}yet\b/.exec(folded.slice(at).replace(/[^\p{L}\p{N}\s?]+/gu, ' '));
  return pending === null ? null : { pass: false, reason: `only recommends it and says it is "${pending[0]}"` };
}
