/**
 * How metrics decide that a text mentions a cue or contains a fact's value.
 * Both compare case-insensitively after Unicode (NFKC) normalisation and
 * whitespace collapsing. A cue must start at a word boundary but may carry a
 * suffix ("order number" matches "order numbers"), so that short cues such as
 * "id" do not fire inside "did". A numeric value also matches when the text
 * groups its digits ("1,200" for 1200).
 */

/** Lower-cased, NFKC-normalised text with runs of whitespace collapsed to one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** True when `text` mentions any of `cues`, each starting at a word boundary. */
export function mentionsAny(text: string, cues: readonly string[]): boolean {
  const haystack = normalizeText(text);
  return cues.some((cue) => {
    const needle = normalizeText(cue);
    if (needle === '') return false;
    return new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(needle)}`, 'u').test(haystack);
  });
}

/** True when `text` contains `value` (case-insensitive; digit grouping ignored for numbers). */
export function containsValue(text: string, value: string | number): boolean {
  const needle = normalizeText(String(value));
  if (needle === '') return false;
  const haystack = normalizeText(text);
  if (haystack.includes(needle)) return true;
  return /^-?[\d.]+$/.test(needle) && haystack.replace(/(\d),(?=\d{3}\b)/gu, '$1').includes(needle);
}
