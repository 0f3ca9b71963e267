/**
 * Phrase canaries: anything that is not an address, a number, a code or a
 * name ("Platinum Plus tier", "route to the EMEA queue"). Identity is the
 * sequence of words, folded for case, width and diacritics, with any
 * punctuation or spacing between them, matched as whole words.
 */
import { foldText } from '../../text/fold.js';

/** A matcher for one phrase canary. */
export function phraseMatcher(raw: string): (text: string) => boolean {
  const words = foldText(raw).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (words.length === 0) return () => false;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words.join('[^\\p{L}\\p{N}]+')}(?![\\p{L}\\p{N}])`, 'u');
  return (text) => pattern.test(foldText(text));
}
