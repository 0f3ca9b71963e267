/**
 * The "None" convention from CRMArena: a gold answer of "None" means that no
 * record satisfies the question, and any answer that clearly says so is
 * correct, whatever the matcher. Without this rule "There is no such
 * opportunity." would fail an exact match against "None" although it is the
 * right answer.
 */
import { normalizeAnswer } from '../normalize.js';

/** Whole answers (after normalisation) that mean "nothing". */
const BARE_NONE = new Set([
  'none',
  'null',
  'nil',
  // "N/A" and "n.a." normalise to "n": the "a" is dropped as an article.
  'n',
  'na',
  'no',
  'nothing',
  'nobody',
  'no one',
  'empty',
  'not found',
  'not applicable',
  'not available',
  'zero records',
  '0 records',
]);

/**
 * Phrases that say "no such record" inside a short sentence, matched on the
 * normalised answer (lowercase, no punctuation, no articles).
 */
const NO_RECORD_PHRASES: readonly RegExp[] = [
  /\bnone\b/,
  /\b(?:there|it) (?:is|are|was|were) no\b/,
  /\bno (?:such|matching|relevant|corresponding|qualifying|eligible)\b/,
  /\bno (?:\w+ ){0,2}(?:records?|results?|matches|entries|entry|rows?)\b/,
  /\bno \w+(?: \w+)? (?:was|were|is|are|has been|have been|could be) (?:found|recorded|listed|identified|returned|associated)\b/,
  /\b(?:does|do|did) not exist\b/,
  /\b(?:doesn t|don t|didn t) exist\b/,
  /\b(?:could not|couldn t|cannot|can t|was unable to|were unable to|unable to) (?:find|locate|identify)\b/,
  /\bnothing (?:was |is )?(?:found|matches|matched|returned)\b/,
];

/** Answers longer than this are not read as "no such record" by phrase: a long answer that mentions "none" is saying something else. */
const MAX_NO_RECORD_WORDS = 30;

/**
 * Whether a gold answer uses the "None" convention: the string "None" (any
 * case, quotes and punctuation ignored), or an empty list.
 */
export function isNoRecordGold(expected: string | number | readonly (string | number)[]): boolean {
  if (Array.isArray(expected)) {
    return expected.length === 0 || (expected.length === 1 && isNoRecordGold(expected[0] as string | number));
  }
  return typeof expected === 'string' && normalizeAnswer(expected) === 'none';
}

/**
 * Whether an answer says that no record matches. Accepted: a bare "None",
 * "null", "N/A", "no", "nothing", "nobody", "not found" and the like; or an
 * answer of at most 30 words containing a phrase such as "there is no …",
 * "no such …", "no matching …", "no records", "… does not exist" or
 * "could not find …".
 *
 * @example saysNoRecord('There is no such opportunity.') // true
 */
export function saysNoRecord(actual: string): boolean {
  const normalized = normalizeAnswer(actual);
  if (normalized === '') return false;
  if (BARE_NONE.has(normalized)) return true;
  if (normalized.split(' ').length > MAX_NO_RECORD_WORDS) return false;
  return NO_RECORD_PHRASES.some((phrase) => phrase.test(normalized));
}
