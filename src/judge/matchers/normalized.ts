/**
 * The `normalized` matcher: equality after SQuAD-style normalisation, for
 * answers where case, punctuation and articles carry no meaning ("the West
 * region." and "West Region").
 */
import { normalizeAnswer } from '../normalize.js';

/**
 * Whether both sides are equal after `normalizeAnswer` (lowercase, punctuation
 * and underscores to spaces, a/an/the dropped, whitespace collapsed).
 *
 * @example normalizedMatch('West Region', 'the west region.') // true
 */
export function normalizedMatch(expected: string | number, actual: string): boolean {
  return normalizeAnswer(String(expected)) === normalizeAnswer(actual);
}
