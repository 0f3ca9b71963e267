/**
 * Salesforce-like errors for the SOQL and SOSL translators. Agents learned
 * Salesforce's own wording (`MALFORMED_QUERY: unexpected token: …`), so the
 * messages keep its exception codes and phrasing, followed by the position in
 * the query as Salesforce reports it (`ERROR at Row:1:Column:15`). Every error
 * is a `UsersimError` with code `E_SQL`, which the environment returns to the
 * agent as a failed tool outcome.
 */
import { UsersimError } from '../../../errors.js';

/** The Salesforce exception codes the translators raise. */
export type QueryErrorKind =
  | 'MALFORMED_QUERY'
  | 'MALFORMED_SEARCH'
  | 'INVALID_FIELD'
  | 'INVALID_TYPE'
  | 'INVALID_QUERY_FILTER_OPERATOR'
  | 'INVALID_SEARCH'
  | 'NUMBER_OUTSIDE_VALID_RANGE'
  | 'UNKNOWN_EXCEPTION';

/** 1-based row and column of a character offset in the query text. */
export function positionOf(source: string, offset: number): { row: number; column: number } {
  const before = source.slice(0, Math.max(0, Math.min(offset, source.length)));
  const lines = before.split('\n');
  return { row: lines.length, column: (lines[lines.length - 1]?.length ?? 0) + 1 };
}

/**
 * Builds the error for a problem at `offset` in `source`. The message starts
 * with the Salesforce code, so callers can match on it the way they would on a
 * real org's response.
 */
export function queryError(kind: QueryErrorKind, message: string, source: string, offset?: number): UsersimError {
  if (offset === undefined) return new UsersimError('E_SQL', `${kind}: ${message}`);
  const { row, column } = positionOf(source, offset);
  return new UsersimError('E_SQL', `${kind}: ${message} (ERROR at Row:${row}:Column:${column})`, {
    issues: [{ file: 'query', line: row, column, path: '', message }],
  });
}

/**
 * Runs `fn` and turns anything that is not already a `UsersimError` into one,
 * so no input, however odd, escapes as a TypeError or a raw SQLite error.
 */
export function asQueryError<T>(fn: () => T): T {
  try {
    return fn();
  } catch (error) {
    if (error instanceof UsersimError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new UsersimError('E_SQL', `UNKNOWN_EXCEPTION: ${detail}`, { cause: error });
  }
}
