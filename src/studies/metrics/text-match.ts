/**
 * How metrics decide that a text contains a fact's value: case-insensitively
 * after Unicode (NFKC) normalisation and whitespace collapsing. A numeric
 * value also matches when the text groups its digits ("1,200" for 1200).
 * Whether a text asks for a fact is the ask recogniser's decision, not this
 * module's.
 */

/** Lower-cased, NFKC-normalised text with runs of whitespace collapsed to one space. */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/** True when `text` contains `value` (case-insensitive; digit grouping ignored for numbers). */
export function containsValue(text: string, value: string | number): boolean {
  const needle = normalizeText(String(value));
  if (needle === '') return false;
  const haystack = normalizeText(text);
  if (haystack.includes(needle)) return true;
  return /^-?[\d.]+$/.test(needle) && haystack.replace(/(\d),(?=\d{3}\b)/gu, '$1').includes(needle);
}
