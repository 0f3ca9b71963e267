/**
 * Runs a compiled statement strictly read-only and caps what it returns. The
 * compilers only ever emit one SELECT, but the statement is still checked with
 * SQLite's own verdict (`stmt.readonly`) before it runs: defence in depth, so
 * a compiler bug can never become a write. Rows past the cap are counted, not
 * kept, so `totalSize` stays exact without holding a large result in memory.
 *
 * The query tools take either a better-sqlite3 handle or a `QueryReader`, so
 * an environment that only hands out guarded reads (rows as objects, with a
 * row cap) can run them too, through `rowSetReader`.
 */
import type Database from 'better-sqlite3';
import { UsersimError } from '../../../errors.js';

/** The first `cap` rows (as arrays, in column order) and the number of rows in all. */
export interface CappedRows {
  rows: unknown[][];
  total: number;
}

/** Named parameters as the compiled SQL binds them (`@p0` → `{ p0: … }`). */
export type QueryParams = Record<string, string | number | null>;

/** Runs one read-only statement, returning at most `cap` rows and the full count. */
export type QueryReader = (sql: string, params: QueryParams, cap: number) => CappedRows;

/** Where a query runs: a database handle, or a reader of one. */
export type QueryTarget = Database.Database | QueryReader;

/** Prepares `sql`, refuses it unless SQLite reports it read-only, and returns at most `cap` rows. */
export function runReadonly(db: Database.Database, sql: string, params: QueryParams, cap: number): CappedRows {
  const stmt = db.prepare(sql);
  if (!stmt.readonly || !stmt.reader) {
    throw new UsersimError('E_SQL_READONLY', 'refused to run a statement that is not a read-only SELECT');
  }
  stmt.raw(true);
  const rows: unknown[][] = [];
  let total = 0;
  const iterator = Object.keys(params).length ? stmt.iterate(params) : stmt.iterate();
  for (const row of iterator as Iterable<unknown[]>) {
    if (total < cap) rows.push(row);
    total += 1;
  }
  return { rows, total };
}

/** A reader for a query target. */
export function readerOf(target: QueryTarget): QueryReader {
  return typeof target === 'function' ? target : (sql, params, cap) => runReadonly(target, sql, params, cap);
}

/**
 * Adapts a guarded read that returns rows as objects (`{ columns, rows, total }`,
 * the shape of the SQLite environment's reads) into a `QueryReader`. The
 * compiled SQL names every column uniquely, so object rows map back to
 * positions without loss.
 *
 * @example
 * executeSoql(rowSetReader((sql, params, options) => ctx.readSync(sql, params, options)), schema, query)
 */
export function rowSetReader(
  read: (
    sql: string,
    params: QueryParams,
    options: { maxRows: number; countAll: boolean },
  ) => { columns: string[]; rows: Record<string, unknown>[]; total?: number },
): QueryReader {
  return (sql, params, cap) => {
    const set = read(sql, params, { maxRows: cap, countAll: true });
    return { rows: set.rows.map((row) => set.columns.map((column) => row[column])), total: set.total ?? set.rows.length };
  };
}
