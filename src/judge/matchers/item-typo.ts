/**
 * A list answer with a gold item misspelt the way typing slips ("need, timline,
 * budget" for Need, Timeline, Budget): one letter dropped inside a word, or two
 * neighbouring letters swapped. A careful reader still reads the item. Only
 * words of six letters or more are corrected, so a short word that spells
 * another one ("Lang" for "Liang", "Bergen" beside "Berger") is not; a changed
 * letter is never a slip here, as it often spells another name. A word in the
 * other country's spelling ("License" for "Licence", "Color" for "Colour") is
 * read as the gold's word too.
 */
import { spellingKey } from './spelling-variants.js';

/** Whether `written` is `word` with one letter dropped inside it (not the first or last) or two neighbours swapped. */
function slipOf(written: string, word: string): boolean {
  if (written === word || written[0] !== word[0]) return false;
  if (written.length === word.length - 1) {
    for (let i = 1; i < word.length - 1; i += 1) if (word.slice(0, i) + word.slice(i + 1) === written) return true;
    return false;
  }
  if (written.length !== word.length) return false;
  const diff = [...written].map((c, i) => (c === word[i] ? -1 : i)).filter((i) => i >= 0);
  const [a, b] = diff;
  return diff.length === 2 && a !== undefined && b === a + 1 && written[a] === word[b] && written[b] === word[a];
}

/**
 * The answer with each word that is one slip from a word of a gold item written as that word, when the answer does
 * not already write it.
 *
 * @example withItemTyposCorrected('need, timline, budget', ['Need', 'Timeline', 'Budget']) // 'need, Timeline, budget'
 */
export function withItemTyposCorrected(answer: string, gold: readonly string[]): string {
  const words = [...new Set(gold.flatMap((item) => item.split(/[^\p{L}]+/u)).filter((w) => w.length >= 6))];
  const written = new Set([...answer.matchAll(/\p{L}+/gu)].map((m) => m[0].toLowerCase()));
  const missing = words.filter((w) => !written.has(w.toLowerCase()));
  if (missing.length === 0) return answer;
  return answer.replace(/\p{L}{5,}/gu, (token) => missing.find((w) => slipOf(token.toLowerCase(), w.toLowerCase()) || spellingKey(token) === spellingKey(w)) ?? token);
}
