/**
 * Text matching shared by the agenda user and the reference agents: where a
 * cue (a word that counts as asking for a fact) occurs in a message, and
 * whether a fact's value appears in one. Both match "word-boundary-ish": a cue
 * or value that starts or ends with a letter or digit must not be glued to
 * another letter or digit, so the cue "order" does not fire on "border" and
 * the value `12` is not seen inside `4123`. Cues also match their plural
 * ("order numbers") because agents pluralise freely. Hand-written because the
 * rule is three regular expressions and no library matches it more simply.
 */

const WORD_CHAR = /[\p{L}\p{N}]/u;
const cache = new Map<string, RegExp>();

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function boundedPattern(needle: string, flags: string, pluralise: boolean): RegExp {
  const key = `${flags}|${pluralise ? 'p' : ''}|${needle}`;
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
  const plural = pluralise && WORD_CHAR.test(last) ? '(?:e?s)?' : '';
  const after = WORD_CHAR.test(last) ? '(?![\\p{L}\\p{N}])' : '';
  re = new RegExp(`${before}${body}${plural}${after}`, flags);
  cache.set(key, re);
  return re;
}

/**
 * Index of the first occurrence of `cue` in `text`, case-insensitive and
 * word-bounded (plurals count), or -1.
 *
 * @example
 * cueIndex('What is your order number?', 'order number'); // 13
 * cueIndex('the border', 'order'); // -1
 */
export function cueIndex(text: string, cue: string): number {
  if (cue.trim() === '') return -1;
  const match = boundedPattern(cue, 'iu', true).exec(text);
  return match ? match.index : -1;
}

/** The earliest of several cues in `text`: its index and which cue, or undefined when none occurs. */
export function firstCue(text: string, cues: readonly string[]): { index: number; cue: string } | undefined {
  let best: { index: number; cue: string } | undefined;
  for (const cue of cues) {
    const index = cueIndex(text, cue);
    if (index >= 0 && (best === undefined || index < best.index)) best = { index, cue };
  }
  return best;
}

/**
 * Whether a fact value appears in `text`, word-bounded. `caseSensitive` is for
 * checking the agenda user's own verbatim guarantee; detection of leaks and of
 * what an agent can see ignores case.
 */
export function mentionsValue(text: string, value: string | number, caseSensitive = false): boolean {
  const needle = String(value);
  if (needle.trim() === '') return false;
  return boundedPattern(needle, caseSensitive ? 'u' : 'iu', false).test(text);
}
