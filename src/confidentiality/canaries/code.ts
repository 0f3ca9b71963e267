/**
 * Code canaries: short codes and record ids ("C7", "VIP", "0055g000000KGnVAAW").
 * Identity is the characters of the code, compared without case and width,
 * and with any separators a writer might put inside it ("c7", "C-7", "C 7",
 * "c.7"), but always whole: the match must start and end at a word edge, so
 * "C7" is not in "C70" and one Salesforce id is never found in its
 * neighbour. An 18-character Salesforce id also matches its 15-character
 * form, which names the same record.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A matcher for one code canary. */
export function codeMatcher(raw: string): (text: string) => boolean {
  const chars = [...foldText(raw).replace(/[^\p{L}\p{N}]/gu, '')];
  const forms = [chars];
  if (chars.length === 18 && /^[\p{L}\p{N}]+$/u.test(raw)) forms.push(chars.slice(0, 15));
  // Between two characters of the code, at most one separator (a space, hyphen, dot, slash or underscore).
  const patterns = forms.map((f) => new RegExp(`(?<![\\p{L}\\p{N}])${f.map(escapeRegExp).join('[\\s._/-]?')}(?![\\p{L}\\p{N}])`, 'u'));
  return (text) => {
    const folded = foldText(text);
    return patterns.some((p) => p.test(folded));
  };
}

