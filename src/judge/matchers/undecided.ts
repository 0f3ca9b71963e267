/**
 * Answers that name the gold without deciding on it: a tie the gold shares
 * ("Marisol Eberhardt (31.4 min) and Renata Szabo (31.4 min) are tied for
 * …") or a question back to the user about which of several records was
 * meant ("There are two matches: … Which one did you mean?"). A careful
 * reader fails both for a question that has one answer.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** "Which one did you mean?", "Did you mean A or B?", "Can you confirm which account …?". */
const WHICH_ONE = /\bwhich (?:one|of (?:these|them|the two|those|the (?:two|three) \w+))\b[^.?!]{0,40}\?|\bdid you mean\b[^.?!]{0,80}\bor\b[^.?!]{0,80}\?|\b(?:can|could) you (?:confirm|clarify|tell me) which\b/i;

/**
 * Why the answer leaves the gold undecided, or `null` when it does not.
 *
 * @example undecided('Ana Ruiz', 'Ana Ruiz and Tom Ode are tied with 12 each.') // 'reports a tie …'
 */
export function undecided(gold: string, answer: string): string | null {
  if (WHICH_ONE.test(answer)) return 'asks which of several records was meant';
  const text = foldText(answer);
  const name = escapeRegExp(foldText(gold));
  if (name.trim() === '') return null;
  const aside = '(?:\\s*\\([^)]{0,30}\\))?';
  const tie = new RegExp(`${name}${aside}\\s*(?:,|and|&)\\s+(?:[^.;!?]|\\.\\d){1,60}?\\b(?:are|were|is|was) (?:all )?tied\\b|\\b(?:and|&)\\s+${name}${aside}\\s+(?:are|were) (?:all )?tied\\b|${name}${aside}\\s+(?:is|was) tied with\\b(?! (?:nobody|no one|none|anyone))|\\btie between\\b[^.;!?]{0,60}${name}`);
  return tie.test(text) ? 'reports a tie the gold shares' : null;
}
