/**
 * The `contains` matcher, for golds that must appear somewhere in a longer
 * answer ("the refund was approved", a confirmation code). The gold must
 * occur as whole words after folding case, width, quotes and diacritics, and
 * not right after a negation ("not approved").
 */
import { foldText } from '../../text/fold.js';
import { normalizeAnswer } from '../normalize.js';
import { comparable, countNegations } from './answer-text.js';
import { outcome, type MatchOutcome } from './outcome.js';

const NEGATED_BEFORE = /\b(?:not|no|never|without|cannot|\w+n t|can t|won t)\s+(?:\w+\s+){0,2}$/;

/**
 * Whether the answer contains the gold as a phrase, not negated.
 *
 * @example containsMatch('refund approved', 'Good news: your refund approved today.').pass // true
 */
export function containsMatch(expected: string | number, actual: string): MatchOutcome {
  const gold = comparable(String(expected));
  const answer = ` ${comparable(actual)} `;
  if (gold === '' || answer.trim() === '') return outcome(false, 'contains: an empty side never matches');
  const at = answer.indexOf(` ${gold} `);
  if (at < 0) return outcome(false, `contains: ${JSON.stringify(normalizeAnswer(foldText(String(expected))))} does not occur in the answer`);
  if (NEGATED_BEFORE.test(answer.slice(Math.max(0, at - 40), at + 1))) return outcome(false, `contains: ${JSON.stringify(gold)} occurs only negated`);
  // "A SIM swap isn't possible": a negation in the words right after the phrase denies it too.
  const after = answer.slice(at + gold.length + 1).split(' ').filter(Boolean).slice(0, 3).join(' ');
  if (countNegations(after.replace(/ t\b/g, "'t")) > 0) return outcome(false, `contains: ${JSON.stringify(gold)} is denied ("… ${after}")`);
  return outcome(true, `contains: the answer contains ${JSON.stringify(gold)}`);
}
