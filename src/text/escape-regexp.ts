/**
 * Escaping text for use inside a regular expression, so a value read from a
 * scenario or an answer (a name with a dot, a code with a plus) matches
 * itself and nothing wider.
 */

/**
 * `text` with every character that has a meaning in a regular expression escaped.
 *
 * @example new RegExp(escapeRegExp('C++ (v2)')).test('C++ (v2)') // true
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
