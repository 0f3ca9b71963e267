/**
 * One episode's SQLite database, opened from a world's serialized image, and
 * the only code that touches its better-sqlite3 handle. Tool kinds get a
 * narrow `ToolContext` built from it, never the handle itself, so
 * `loadExtension`, pragmas and raw `exec` stay out of reach of anything an
 * agent can steer. The connection keeps `query_only` on except while a
 * declared write tool runs.
 */
import Database from 'better-sqlite3';
import { namedParameters } from './sql-lexer.js';
import { UsersimError } from '../errors.js';
import { checkReadOnlyStatement, checkReadOnlyText } from './read-guard.js';
import type { EnvSnapshot } from './environment.js';
import type { TableInfo } from './tool-kind.js';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Rows returned by a query, each an object keyed by column name. */
export interface RowSet {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when more rows matched than `maxRows`. */
  truncated: boolean;
  /** How many rows matched in all; present only when `countAll` was asked for. */
  total?: number;
}

/** How much of a result to keep. */
export interface ReadOptions {
  /** Rows returned at most (default 200). */
  maxRows?: number;
  /**
   * Keep stepping past `maxRows` to count every row (for `totalSize`-style
   * results). Off by default: counting an accidental cross join can take long.
   */
  countAll?: boolean;
}

/** Parameters bound by name (`:name` in the SQL is the key `name`). */
export type SqlParams = Record<string, string | number | null>;

/** A value JSON can carry unchanged: blobs become `x'…'` hex literals. */
function plain(value: unknown): unknown {
  if (Buffer.isBuffer(value)) return `x'${value.toString('hex')}'`;
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/** A JSON column's text parsed; text that is not JSON is returned as it is. */
function parsedJson(value: unknown): unknown {
  if (typeof value !== 'string') return plain(value);
  try {
    return JSON.parse(value) as unknown;
  } catch {
    return value;
  }
}

/** Column names made unique, so `SELECT a.id, b.id` keeps both (`id`, `id_2`). */
function uniqueColumns(names: string[]): string[] {
  const seen = new Map<string, number>();
  return names.map((name) => {
    const n = (seen.get(name) ?? 0) + 1;
    seen.set(name, n);
    return n === 1 ? name : `${name}_${n}`;
  });
}

function sqlError(error: unknown): UsersimError {
  if (error instanceof UsersimError) return error;
  const e = error as { code?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(error);
  if (typeof e.code === 'string' && e.code.startsWith('SQLITE_READONLY')) {
    return new UsersimError('E_SQL_READONLY', message, { cause: error });
  }
  if (error instanceof RangeError && /more than one statement/.test(message)) {
    return new UsersimError('E_SQL_READONLY', 'only one statement may be run at a time', { cause: error });
  }
  return new UsersimError('E_SQL', message, { cause: error });
}

/** An open per-episode database. */
export interface SqliteSession {
  /** Runs one guarded read-only query, returning at most `maxRows` rows. Throws `E_SQL` / `E_SQL_READONLY`. */
  read(sql: string, params?: SqlParams, options?: ReadOptions): RowSet;
  /** Checks a query with the read guard and SQLite's verdict without running it. Throws `E_SQL` / `E_SQL_READONLY`. */
  check(sql: string): void;
  /** How many write calls have run; a read replica of the database is current while this is unchanged. */
  readonly generation: number;
  /** The database as it is now, as an image (`db.serialize()`). */
  serialize(): Buffer;
  /** Runs a guarded read-only query and returns rows as arrays (for the judge). */
  readArrays(sql: string): unknown[][];
  /** Runs statements that may write, in one transaction; returns the total changes and the last statement's rows. */
  write(statements: readonly { sql: string; params: SqlParams }[]): { changes: number; rows?: RowSet };
  /** SQLite's verdict on a statement without running it. Throws `E_SQL` when it does not prepare. */
  inspect(sql: string): { readonly: boolean; reader: boolean };
  /** The tables, views and virtual tables of the main schema (FTS shadow tables left out), sorted by name. */
  tables(): TableInfo[];
  snapshot(tables?: readonly string[]): EnvSnapshot;
  /** The tables the statements would open for writing, read from SQLite's own query plan (EXPLAIN). */
  writtenTables(statements: readonly string[]): string[];
  close(): void;
}

/** Main-schema tables of the given types, without SQLite's own, sorted by name. */
function listTables(db: Database.Database, types: string[]): { name: string; type: string }[] {
  return (db.pragma('table_list') as { schema: string; name: string; type: string }[])
    .filter((t) => t.schema === 'main' && types.includes(t.type) && !t.name.startsWith('sqlite_'))
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** How a session is opened. */
export interface SessionOptions {
  /**
   * The world's (or scenario's) date, `YYYY-MM-DD`, returned by the SQL
   * function `today()`, so date-relative queries are deterministic where
   * `date('now')` would follow the wall clock.
   */
  today?: string;
}

/** Read statements kept prepared per connection. */
const MAX_CACHED_STATEMENTS = 256;

/** Opens a fresh database from a serialized image; the image itself is never modified. */
export function openSqliteSession(image: Buffer, options: SessionOptions = {}): SqliteSession {
  const db = new Database(image);
  db.pragma('foreign_keys = ON');
  db.pragma('query_only = ON');
  const { today } = options;
  if (today !== undefined) db.function('today', { deterministic: true }, () => today);

  const prepare = (sql: string): Database.Statement => {
    try {
      return db.prepare(sql);
    } catch (error) {
      throw sqlError(error);
    }
  };

  // Statements that passed the read guard, by their text: a world's tools run the same SQL episode after
  // episode on a shared connection, and preparing it every time was 7 % of an offline run. Bounded, because
  // agents write SQL of their own; the oldest entry goes first.
  const checked = new Map<string, Database.Statement>();
  const guarded = (sql: string): Database.Statement => {
    const hit = checked.get(sql);
    if (hit) return hit;
    checkReadOnlyText(sql);
    const stmt = prepare(sql);
    checkReadOnlyStatement(stmt);
    if (checked.size >= MAX_CACHED_STATEMENTS) checked.delete(checked.keys().next().value as string);
    checked.set(sql, stmt);
    return stmt;
  };

  const collect = (stmt: Database.Statement, params: SqlParams, options: ReadOptions = {}): RowSet => {
    const { maxRows = 200, countAll = false } = options;
    const meta = stmt.columns();
    const columns = uniqueColumns(meta.map((c) => c.name));
    // Columns declared JSON come back as the values they hold, so an agent sees a list, not a quoted string.
    const json = meta.map((c) => c.type?.toUpperCase() === 'JSON');
    const rows: Record<string, unknown>[] = [];
    let total = 0;
    try {
      for (const raw of stmt.raw(true).iterate(params) as Iterable<unknown[]>) {
        total++;
        if (rows.length < maxRows) {
          const row: Record<string, unknown> = {};
          columns.forEach((c, i) => (row[c] = json[i] ? parsedJson(raw[i]) : plain(raw[i])));
          rows.push(row);
        } else if (!countAll) {
          break;
        }
      }
    } catch (error) {
      throw sqlError(error);
    }
    const set: RowSet = { columns, rows, truncated: total > rows.length };
    if (countAll) set.total = total;
    return set;
  };

  let generation = 0;
  return {
    read(sql, params = {}, options = {}) {
      return collect(guarded(sql), params, options);
    },

    check(sql) {
      guarded(sql);
    },

    get generation() {
      return generation;
    },

    serialize: () => db.serialize(),

    readArrays(sql) {
      const stmt = guarded(sql);
      try {
        return (stmt.raw(true).all() as unknown[][]).map((row) => row.map(plain));
      } catch (error) {
        throw sqlError(error);
      }
    },

    write(statements) {
      const prepared = statements.map((s) => ({ stmt: prepare(s.sql), params: s.params }));
      generation++;
      db.pragma('query_only = OFF');
      try {
        return db.transaction(() => {
          let changes = 0;
          let rows: RowSet | undefined;
          for (const { stmt, params } of prepared) {
            if (stmt.reader) {
              const before = db.prepare('SELECT total_changes() AS n').get() as { n: number };
              rows = collect(stmt, params, { maxRows: Number.MAX_SAFE_INTEGER });
              const after = db.prepare('SELECT total_changes() AS n').get() as { n: number };
              changes += after.n - before.n;
            } else {
              changes += stmt.run(params).changes;
            }
          }
          return rows ? { changes, rows } : { changes };
        })();
      } catch (error) {
        throw sqlError(error);
      } finally {
        db.pragma('query_only = ON');
      }
    },

    inspect(sql) {
      const stmt = prepare(sql);
      return { readonly: stmt.readonly, reader: stmt.reader };
    },

    tables() {
      return listTables(db, ['table', 'view', 'virtual']).map(({ name, type }) => ({
        name,
        kind: type as TableInfo['kind'],
        columns: (db.pragma(`table_info(${quote(name)})`) as { name: string; type: string }[]).map((c) => ({
          name: c.name,
          type: c.type,
        })),
      }));
    },

    snapshot(tables) {
      const out: EnvSnapshot = { tables: {} };
      const wanted = tables ? new Set(tables) : undefined;
      for (const { name } of listTables(db, ['table'])) {
        if (wanted && !wanted.has(name)) continue;
        const quoted = quote(name);
        const stmt = db.prepare(`SELECT * FROM ${quoted}`);
        const n = stmt.columns().length;
        const order = Array.from({ length: n }, (_, i) => i + 1).join(', ');
        const sorted = db.prepare(`SELECT * FROM ${quoted} ORDER BY ${order}`).raw(true);
        out.tables[name] = {
          columns: stmt.columns().map((c) => c.name),
          rows: (sorted.all() as unknown[][]).map((row) => row.map(plain)),
        };
      }
      return out;
    },

    writtenTables(statements) {
      // OpenWrite's p2 is the root page of the table or index written; sqlite_schema maps it to its table.
      const roots = new Set<number>();
      for (const sql of statements) {
        const params = Object.fromEntries(namedParameters(sql).map((name) => [name, null]));
        for (const op of db.prepare(`EXPLAIN ${sql}`).all(params) as { opcode: string; p2: number }[]) {
          if (op.opcode === 'OpenWrite') roots.add(op.p2);
        }
      }
      const schema = db.prepare('SELECT tbl_name, rootpage FROM sqlite_schema').all() as { tbl_name: string; rootpage: number }[];
      return [...new Set(schema.filter((r) => roots.has(r.rootpage)).map((r) => r.tbl_name))].sort();
    },

    close() {
      if (db.open) db.close();
    },
  };
}
