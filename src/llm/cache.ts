/**
 * The response cache: successful chat completions stored in a SQLite file,
 * keyed by the hash of the whole request (see `wire.ts`). Re-running a run, or
 * re-scoring it with a new judge, is then served locally at no cost and gives
 * the same bytes. Only successes are stored; a failure is never replayed.
 * better-sqlite3 is synchronous, so writes from concurrent episodes in one
 * process never interleave; WAL lets a second process read meanwhile.
 *
 * The hit path is one prepared primary-key lookup in a lean table
 * (`responses`: key, model, response), so it stays in SQLite's page cache
 * however long the conversations are; a cache of up to
 * {@link PRELOAD_MAX_ROWS} rows is read whole at the first lookup instead, and
 * each row leaves memory when it is hit. The request bodies, kept for
 * inspection only, live in a table of their own (`requests`) that a lookup
 * never reads. Commits are not fsynced (`synchronous = NORMAL`, safe under
 * WAL): a power cut may lose the last few responses, which are then simply
 * fetched again, while a cold run no longer waits on the disk once per call.
 * For the same reason the responses that arrive in one turn of the event
 * loop are written together, in one transaction, at the end of that turn
 * (or on `close`); until then `get` finds them in memory. A killed process
 * loses at most those, and the run's results, written by the results store,
 * are not affected.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { UsersimError } from '../errors.js';

/** Where the cache lives when no `--cache-dir` is given, relative to the working directory. */
export const DEFAULT_CACHE_DIR = '.usersim/cache';
/** The file name inside the cache directory. */
export const CACHE_FILE = 'responses.sqlite';

/** One stored response. */
export interface CachedResponse {
  model: string;
  /** The raw completion JSON, as the endpoint sent it. */
  response: string;
}

export interface ResponseCache {
  /** The SQLite file, or null when the cache is disabled. */
  readonly path: string | null;
  get(key: string): CachedResponse | undefined;
  /** Stores a successful response; `request` is the request body as sent, kept for inspection. */
  set(key: string, entry: CachedResponse & { request: string }): void;
  /** Number of stored responses. */
  size(): number;
  close(): void;
}

export type ResponseCacheOptions = { dir?: string } | { disabled: true };

/**
 * Opens (creating if needed) the cache in `dir`, or returns a cache that
 * stores nothing when `{ disabled: true }` (the CLI's `--no-cache`).
 *
 * @example
 * const cache = createResponseCache({ dir: '.usersim/cache' });
 */
export function createResponseCache(options: ResponseCacheOptions = {}): ResponseCache {
  if ('disabled' in options && options.disabled) return disabledCache;
  const dir = resolve(('dir' in options ? options.dir : undefined) ?? DEFAULT_CACHE_DIR);
  const path = join(dir, CACHE_FILE);
  let db: Database.Database;
  try {
    mkdirSync(dir, { recursive: true });
    db = new Database(path);
    db.pragma('journal_mode = WAL');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = NORMAL');
    createTables(db);
  } catch (error) {
    throw new UsersimError('E_IO', `cannot open the response cache at ${path}: ${(error as Error).message}`, { cause: error });
  }
  const select = db.prepare<[string], CachedResponse>('SELECT model, response FROM responses WHERE key = ?');
  const insertResponse = db.prepare<[string, string, string]>('INSERT OR REPLACE INTO responses (key, model, response) VALUES (?, ?, ?)');
  const insertRequest = db.prepare<[string, string]>('INSERT OR REPLACE INTO requests (key, request) VALUES (?, ?)');
  // Responses not yet written: a transaction per response was most of a cold run's cache cost, so
  // the responses of one turn of the event loop go in one transaction (see the module comment).
  const pending = new Map<string, CachedResponse & { request: string }>();
  let flushDue = false;
  const insertAll = db.transaction((entries: Iterable<[string, CachedResponse & { request: string }]>) => {
    for (const [key, entry] of entries) {
      insertResponse.run(key, entry.model, entry.response);
      insertRequest.run(key, entry.request);
    }
  });
  // A deferred write that failed (a full disk) fails the next call that writes, as a write of its own would have.
  let failed: unknown;
  const flush = (): void => {
    flushDue = false;
    if (failed !== undefined) {
      const error = failed;
      failed = undefined;
      throw new UsersimError('E_IO', `cannot write to the response cache at ${path}: ${(error as Error).message}`, { cause: error });
    }
    if (pending.size === 0 || !db.open) return;
    try {
      insertAll(pending);
    } finally {
      pending.clear();
    }
  };
  const deferredFlush = (): void => {
    try {
      flush();
    } catch (error) {
      failed = error;
    }
  };
  const count = db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM responses');
  // A small cache is read whole at the first lookup, in one statement, and each row is dropped from
  // memory at its hit: a re-run then makes no lookup per call, and holds no more than the file had.
  let preloaded: Map<string, CachedResponse> | undefined;
  const preload = (): Map<string, CachedResponse> => {
    const rows = new Map<string, CachedResponse>();
    if ((count.get()?.n ?? 0) <= PRELOAD_MAX_ROWS) {
      for (const row of db.prepare<[], CachedResponse & { key: string }>('SELECT key, model, response FROM responses').iterate()) {
        rows.set(row.key, { model: row.model, response: row.response });
      }
    }
    return rows;
  };
  return {
    path,
    get: (key) => {
      const waiting = pending.get(key);
      if (waiting) return { model: waiting.model, response: waiting.response };
      preloaded ??= preload();
      const early = preloaded.get(key);
      if (!early) return select.get(key);
      preloaded.delete(key);
      return early;
    },
    set: (key, entry) => {
      if (failed !== undefined) flush();
      preloaded?.delete(key);
      pending.set(key, entry);
      if (pending.size >= MAX_PENDING) flush();
      else if (!flushDue) {
        flushDue = true;
        setImmediate(deferredFlush);
      }
    },
    size: () => {
      flush();
      return count.get()?.n ?? 0;
    },
    close: () => {
      try {
        flush();
      } finally {
        if (db.open) db.close();
      }
    },
  };
}

/** The most rows a cache may have to be read whole at the first lookup (some megabytes of responses). */
const PRELOAD_MAX_ROWS = 10_000;

/** The most responses held before a write, so a burst of replies within one turn is not held in memory. */
const MAX_PENDING = 256;

/**
 * Creates the tables, moving the rows of a cache written by an older usersim
 * (one `responses` table that also held the request) into the split layout.
 */
function createTables(db: Database.Database): void {
  // Immediate: a second process opening the same cache waits, then finds the tables already split.
  db.transaction(() => {
    const columns = db.prepare<[], { name: string }>("SELECT name FROM pragma_table_info('responses')").all();
    const legacy = columns.some((c) => c.name === 'request');
    if (legacy) db.exec('ALTER TABLE responses RENAME TO responses_legacy');
    db.exec('CREATE TABLE IF NOT EXISTS responses (key TEXT PRIMARY KEY, model TEXT NOT NULL, response TEXT NOT NULL)');
    db.exec('CREATE TABLE IF NOT EXISTS requests (key TEXT PRIMARY KEY, request TEXT NOT NULL)');
    if (legacy) {
      db.exec('INSERT OR REPLACE INTO responses (key, model, response) SELECT key, model, response FROM responses_legacy');
      db.exec('INSERT OR REPLACE INTO requests (key, request) SELECT key, request FROM responses_legacy');
      db.exec('DROP TABLE responses_legacy');
    }
  }).immediate();
}

const disabledCache: ResponseCache = {
  path: null,
  get: () => undefined,
  set: () => undefined,
  size: () => 0,
  close: () => undefined,
};
