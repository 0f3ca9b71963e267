/**
 * Answer-text normalisation shared by the matchers. It follows the SQuAD
 * evaluation script that CRMArena uses for its F1 tasks, so that scores here
 * are comparable with theirs: lowercase, punctuation and underscores become
 * spaces, the articles a/an/the are dropped, whitespace is collapsed.
 */

/** Matched quote pairs an agent may wrap an answer in. */
const QUOTE_PAIRS: readonly (readonly [string, string])[] = [
  ['"', '"'],
  ["'", "'"],
  ['`', '`'],
  ['\u201c', '\u201d'],
  ['\u2018', '\u2019'],
  ['\u00ab', '\u00bb'],
];

/**
 * Trims surrounding whitespace and any number of matched surrounding quotes
 * (`"…"`, `'…'`, `` `…` ``, curly quotes, guillemets), as CRMArena does before
 * its exact comparison.
 *
 * @example stripQuotes(' "Acme Corp" ') // 'Acme Corp'
 */
export function stripQuotes(text: string): string {
  let out = text.trim();
  for (;;) {
    const pair = QUOTE_PAIRS.find(([open, close]) => out.length >= 2 && out.startsWith(open) && out.endsWith(close));
    if (!pair) return out;
    out = out.slice(1, -1).trim();
  }
}

const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * SQuAD-style normalisation: lowercase; every punctuation mark, symbol and
 * underscore becomes a space; the articles "a", "an", "the" are dropped;
 * whitespace is collapsed and trimmed. Unicode letters and digits are kept.
 *
 * @example normalizeAnswer('The  Q3_Report, final!') // 'q3 report final'
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]|_/gu, ' ')
    .split(/\s+/)
    .filter((token) => token !== '' && !ARTICLES.has(token))
    .join(' ');
}

/** The normalised answer split into tokens (empty for an empty answer). */
export function answerTokens(text: string): string[] {
  const normalized = normalizeAnswer(text);
  return normalized === '' ? [] : normalized.split(' ');
}
