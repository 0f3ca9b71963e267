/**
 * A value the answer checks again and keeps. Agents that think aloud stop
 * to doubt their first result ("Renata Solberg — wait, I forgot to filter
 * out closed-lost. Recomputing…") and then say it holds ("… still Renata
 * Solberg ($2.41M)", "Lowest remains OR"). The doubt does not take the value
 * back: the recheck's last sentence restates it, and a careful reader takes
 * that as the answer.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** Words that open a recheck: the answer doubts what it said. */
const RECHECK = /\b(?:wait|hmm|recomput\w*|recalculat\w*|recount\w*|re-?check\w*|re-?ran|re-?run\w*|double-?check\w*|correction|actually|let me (?:re\w+|check|verify))\b/i;

/**
 * Whether the answer's last sentence, after a recheck, says the gold still holds: "still Renata Solberg", "Lowest
 * remains OR", "it's still Negotiation", "Renata Solberg stays on top". Not when that sentence turns to another
 * value after the gold ("still Renata, though Dev is close").
 *
 * @example reaffirmed('Renata Solberg', 'Renata Solberg — wait, recomputing… still Renata Solberg.') // true
 */
export function reaffirmed(gold: string, answer: string): boolean {
  const words = foldText(gold).split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  if (words.length === 0 || !/\p{L}/u.test(gold)) return false;
  const name = `(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`;
  const sentences = foldText(answer).replace(/[*_`]/g, '').trim().split(/(?<=[.!?])\s+|\n+/).filter((x) => x.trim() !== '');
  const last = sentences[sentences.length - 1] ?? '';
  const before = sentences.slice(0, -1).join(' ');
  if (!RECHECK.test(before) && !RECHECK.test(last.split(new RegExp(name, 'u'))[0] ?? '')) return false;
  const still = new RegExp(`\\b(?:still|remains|stays|again)\\s+(?:is\\s+|it'?s\\s+|with\\s+|at\\s+|the\\s+)?${name}|${name}\\s+(?:still|remains|stays)\\b`, 'u');
  const m = still.exec(last);
  if (m === null) return false;
  const rest = last.slice(m.index + m[0].length);
  // "Kestrel Foods still second", "… remains behind Alder Mills": kept, but below the answer.
  return !/^\W*(?:in\s+)?(?:second|third|fourth|2nd|3rd|4th|behind|runner-up|next|last)\b/.test(rest) && !/\b(?:but|though|although|however|except|unless|tied|or)\b/.test(rest);
}

/** A correction that names its value right away: "wait, no, that's …", "sorry, I mean …", "correction: it's …". */
const CORRECTION = String.raw`\b(?:wait|(?<!\b(?:i'm|i am|we're|we are|so|very|really|terribly|truly)\s+)sorry(?!\s+(?:for|about|to|that))|oops|correction|scratch that|my mistake|i mean|make that)\b[\s,:;.!\u2013\u2014-]*(?:no\b[\s,:;.!\u2013\u2014-]*)?(?:(?:it|that|this)(?:'s|\s+is|\s+was|\s+should be)\s+|the (?:right|correct|actual) one is\s+)?(?:order\s+|case\s+|id\s+)?#?`;

/**
 * Whether the answer's last correction names the gold right after its marker: "Order #W…42 was the one — wait, no,
 * that's #W…45. #W…42 had the rug." The value corrected to is the answer, whatever the answer then says of the one
 * it replaced.
 *
 * @example correctedTo('W7730145', 'It is #W7730142 — wait, no, that\'s #W7730145.') // true
 */
export function correctedTo(gold: string, answer: string): boolean {
  const words = foldText(gold).replace(/^#/, '').split(/[^\p{L}\p{N}]+/u).filter(Boolean).map(escapeRegExp);
  if (words.length === 0) return false;
  const text = foldText(answer).replace(/[*_`]/g, '');
  const corrections = [...text.matchAll(new RegExp(`${CORRECTION}`, 'gu'))];
  const last = corrections[corrections.length - 1];
  if (last === undefined) return false;
  return new RegExp(`^(?:${CORRECTION})${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u').test(text.slice(last.index));
}
