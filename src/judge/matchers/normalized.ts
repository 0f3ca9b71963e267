/**
 * The `normalized` matcher, for answers where case, punctuation, articles and
 * diacritics carry no meaning ("the West region." and "West Region", "Zurich"
 * and "Zürich"). Signs and percent signs do carry meaning, so "-3" is not "3"
 * and "25%" is not "25". A short lead-in ("The region is …") is accepted
 * unless it is negated.
 */
import { comparable, predicatesOf } from './answer-text.js';
import { outcome, type MatchOutcome } from './outcome.js';

/** `comparable`, but a gold or answer that is only an article ("A", an option label) keeps its letter. */
function comparableOrLetter(text: string): string {
  return comparable(text) || text.trim().replace(/[.)]+$/, '').toLowerCase();
}

/**
 * Whether the answer equals the gold after folding and SQuAD normalisation.
 * An empty side never matches.
 *
 * @example normalizedMatch('Zürich', 'zurich.').pass // true
 */
export function normalizedMatch(expected: string | number, actual: string): MatchOutcome {
  const gold = comparableOrLetter(String(expected));
  const answer = comparableOrLetter(actual);
  if (gold === '' || answer === '') return outcome(false, 'normalized: an empty side never matches');
  if (gold === answer) return outcome(true, `normalized: both read ${JSON.stringify(gold)}`);
  const predicate = predicatesOf(actual).find((p) => comparableOrLetter(p) === gold);
  if (predicate !== undefined) {
    return outcome(true, `normalized: the answer states ${JSON.stringify(predicate)}`);
  }
  return outcome(false, `normalized: ${JSON.stringify(answer)} is not ${JSON.stringify(gold)}`);
}
