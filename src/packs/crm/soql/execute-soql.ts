/**
 * The `soql` tool: runs one SOQL query against an org stored in SQLite and
 * returns what Salesforce's REST query endpoint would, `{ totalSize, done,
 * records }`. Results are capped (200 records by default): when more rows
 * match, `records` holds the first 200, `totalSize` the full count and `done`
 * is false, as a Salesforce page would say, though there is no next page to
 * fetch. A lone `COUNT()` answers in `totalSize` with no records, as in
 * Salesforce. Every failure is a `UsersimError` with code `E_SQL` and a
 * Salesforce-like message, for the environment to hand back to the agent.
 *
 * @example
 * executeSoql(db, schema, "SELECT Name, Account.Name FROM Contact WHERE CreatedDate = LAST_N_DAYS:30")
 * // { totalSize: 1, done: true, records: [{ attributes: { type: 'Contact' }, Name: 'Ann Lee',
 * //   Account: { attributes: { type: 'Account' }, Name: 'Acme' } }] }
 */
import { UsersimError } from '../../../errors.js';
import { compileSoql } from './compile-soql.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import { parseSoql } from './parse-soql.js';
import { asQueryError } from './query-error.js';
import { readerOf, type QueryTarget } from './run-readonly.js';
import { shapeAggregates, shapeRecords, type SObjectRecord } from './shape-records.js';

/** The result of a SOQL query, as Salesforce's REST API shapes it. */
export interface SoqlResult {
  /** Rows the query matched (the count itself for `COUNT()`), even past the cap. */
  totalSize: number;
  /** False when `records` was cut at the cap. */
  done: boolean;
  records: SObjectRecord[];
}

/** Options shared by the query tools. */
export interface QueryOptions {
  /** Most records returned; default 200. */
  maxRecords?: number;
}

/** Default cap on returned records. */
export const DEFAULT_MAX_RECORDS = 200;

/**
 * Runs a read-only SOQL query on `target`: a better-sqlite3 handle, or a
 * `QueryReader` (see `rowSetReader`) for environments that only allow guarded reads.
 *
 * @throws UsersimError `E_SQL` (`MALFORMED_QUERY: …`, `INVALID_FIELD: …`, `INVALID_TYPE: …`, …) for a bad query;
 *   `E_TOOL_ARGS` when `soql` is not a string.
 */
export function executeSoql(target: QueryTarget, schema: OrgSchema, soql: string, options: QueryOptions = {}): SoqlResult {
  if (typeof soql !== 'string') throw new UsersimError('E_TOOL_ARGS', 'soql: the query must be a string');
  const cap = options.maxRecords ?? DEFAULT_MAX_RECORDS;
  return asQueryError(() => {
    const compiled = compileSoql(parseSoql(soql), schema, soql);
    const { rows, total } = readerOf(target)(compiled.sql, compiled.params, compiled.mode === 'count' ? 1 : cap);
    if (compiled.mode === 'count') return { totalSize: Number(rows[0]?.[0] ?? 0), done: true, records: [] };
    const records = compiled.mode === 'aggregate' ? shapeAggregates(compiled.columns, rows) : shapeRecords(compiled.object, compiled.columns, rows);
    return { totalSize: total, done: total <= cap, records };
  });
}
