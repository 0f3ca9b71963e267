/**
 * Whether a fact's value appears in a message, shared by the simulated users,
 * the reference agents and the conditions. Matching is "word-boundary-ish": a
 * value that starts or ends with a letter or digit must not be glued to
 * another letter or digit, so the value `12` is not seen inside `4123`.
 * Whether a message *asks* for a fact is the ask recogniser's decision
 * (`ask-recogniser.ts`), not a literal match. Hand-written because the rule is
 * one regular expression and no library matches it more simply.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const cache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function boundedPattern(needle: string, flags: string): RegExp {
  const key = `${flags}|${needle}`;
  let re = cache.get(key);
  if (re) return re;
  const body = needle
    .trim()
    .split(/\s+/)
    .map(escapeRegExp)
    .join('\\s+');
  const first = needle.trim().charAt(0);
  const last = needle.trim().slice(-1);
  const before = WORD_CHAR.test(first) ? '(?<![\\p{L}\\p{N}])' : '';
  const after = WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  re = new RegExp(`${before}${body}${after}`, flags);
  cache.set(key, re);
  return re;
}

/**
 * Whether a fact value appears in `text`, word-bounded. `caseSensitive` is for
 * checking the agenda user's own verbatim guarantee; detection of leaks and of
 * what an agent can see ignores case.
 */
export function mentionsValue(text: string, value: string | number, caseSensitive = false): boolean {
  const needle = String(value);
  if (needle.trim() === '') return false;
  return boundedPattern(needle, caseSensitive ? 'u' : 'iu').test(text);
}
