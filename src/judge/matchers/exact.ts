/**
 * The `exact` matcher, as in CRMArena: surrounding whitespace and quotes are
 * trimmed from both sides, then the strings must be identical. It stays
 * case-sensitive on purpose: Salesforce 15-character record ids differ only in
 * case (`001Wt00000AbCdE` and `001wt00000abcde` are different records), and
 * most exact-match CRM answers are ids, picklist values or months where a
 * case-insensitive comparison is what `normalized` is for.
 */
import { stripQuotes } from '../normalize.js';

/**
 * Whether `actual` equals `expected` after trimming whitespace and matched
 * surrounding quotes. Numbers are compared through their JavaScript string
 * form (`3.5` matches "3.5" but not "3.50"; use `number` for numeric answers).
 *
 * @example exactMatch('Closed Won', ' "Closed Won" ') // true
 */
export function exactMatch(expected: string | number, actual: string): boolean {
  return stripQuotes(String(expected)) === stripQuotes(actual);
}
