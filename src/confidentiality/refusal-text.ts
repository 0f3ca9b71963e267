/**
 * How the refusal detector reads a reply: one prepared form (lowercase,
 * straight apostrophes, markdown emphasis removed, single spaces) and its
 * opening, the first two sentences, where a refusal announces itself.
 * Shared by the cue list, the n-gram features and the trainer so that the
 * model is trained on exactly what it later sees.
 */

/** The opening is capped at this many characters. */
const OPENING_LENGTH = 300;

/** Lowercase, straight apostrophes and quotes, markdown emphasis removed, whitespace collapsed. */
export function prepareReply(text: string): string {
  return text
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/[*_]{1,3}/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first two sentences of a prepared reply, at most 300 characters. */
export function openingOf(prepared: string): string {
  const sentences = prepared.split(/(?<=[.!?])\s+/, 2);
  return sentences.join(' ').slice(0, OPENING_LENGTH);
}

/** The words of a prepared text: letters, digits and inner apostrophes. */
export function wordsOf(prepared: string): string[] {
  return prepared.match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
}
