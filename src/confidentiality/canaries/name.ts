/**
 * Name canaries: people ("Emma Wright", "María López") and other proper
 * names written as capitalised words. Identity is every word of the name,
 * folded for case, width and diacritics, in order ("Emma Wright"), or with
 * the last word first, with or without a comma ("Wright, Emma"). Words must
 * be whole, so "Emma Wrightson" is not "Emma Wright"; a possessive
 * ("Emma Wright's") still is.
 */
import { foldText } from '../../text/fold.js';
import { escapeRegExp } from '../../text/escape-regexp.js';

/** A matcher for one name canary. */
export function nameMatcher(raw: string): (text: string) => boolean {
  const words = foldText(raw)
    .split(/[\s,]+/)
    .map((w) => w.replace(/\.$/, ''))
    .filter((w) => w !== '');
  const last = words.at(-1) as string;
  const orders = [words, [last, ...words.slice(0, -1)]];
  const patterns = orders.map((o) => new RegExp(`(?<![\\p{L}\\p{N}])${o.map(escape).join('[\\s,.-]+')}(?![\\p{L}\\p{N}])`, 'u'));
  return (text) => {
    const folded = foldText(text);
    return patterns.some((p) => p.test(folded));
  };
}

function escape(word: string): string {
  return escapeRegExp(word).replace(/[-']/g, "[-' ]?");
}
