/**
 * A pool of worker threads that run agent-written read queries, so that a
 * runaway query (a recursive CTE that never ends, a cross join of large
 * tables) can be stopped. better-sqlite3 runs a statement synchronously and
 * exposes neither `sqlite3_interrupt` nor a progress handler, so a query on
 * the main thread can only end by itself; a worker can be terminated. A
 * terminated worker is replaced by a fresh one on the next job.
 *
 * Each job names the database image it reads by a key. A worker opens each
 * image once and keeps a few open, so the common case (an episode that has not
 * written anything reads the world's shared image) costs no copy per episode;
 * an episode that wrote sends its current image under a new key.
 *
 * Workers are unreferenced while idle, so the pool never keeps a process alive.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { UsersimError } from '../../errors.js';
import type { RowSet, SqlParams } from '../sqlite-session.js';
import { SQL_WORKER_SOURCE } from './sql-worker-source.js';

/** One query for a worker. */
export interface SqlJob {
  /** Names the database image; the same key must always mean the same bytes. */
  key: string;
  /** The image's bytes, read only when the worker has not opened `key` yet. */
  image: () => Buffer;
  sql: string;
  params: SqlParams;
  maxRows: number;
  countAll: boolean;
  /** Longest string cell kept, in characters; longer ones are cut with a marker. */
  maxCellChars: number;
  /** Rows stop once the result's JSON would pass this many bytes. */
  maxResultBytes: number;
  /** The episode's date, answered by the SQL function `today()` as on the main thread. */
  today?: string;
}

/** A capped result, with a note for the agent when something was cut. */
export interface CappedRowSet extends RowSet {
  note?: string;
}

/** Runs read queries off the main thread, each with a hard time limit. */
export interface SqlWorkerPool {
  /**
   * Runs `job`, rejecting with `E_SQL_TIMEOUT` after `timeoutMs` (the worker is
   * terminated), with the signal's reason if it aborts first, and with `E_SQL`
   * or `E_SQL_READONLY` for a query SQLite refuses.
   */
  run(job: SqlJob, options: { timeoutMs: number; signal?: AbortSignal }): Promise<CappedRowSet>;
  /** Terminates every worker. The pool starts new ones if used again. */
  close(): Promise<void>;
}

interface Reply {
  id: number;
  ok?: boolean;
  missing?: boolean;
  set?: CappedRowSet;
  code?: string;
  message?: string;
  range?: boolean;
}

interface Slot {
  worker: Worker;
  busy: boolean;
  /** Settles once the worker has loaded SQLite, so start-up never counts against a query's time. */
  ready: Promise<void>;
}

interface Pending {
  job: SqlJob;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  resolve: (set: CappedRowSet) => void;
  reject: (error: unknown) => void;
}

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

/** Creates a pool of `size` SQL workers (default 2), started on first use. */
export function createSqlWorkerPool(options: { size?: number } = {}): SqlWorkerPool {
  const size = Math.max(1, options.size ?? 2);
  const slots: (Slot | undefined)[] = Array.from({ length: size }, () => undefined);
  const queue: Pending[] = [];
  let nextId = 1;

  const spawn = (): Slot => {
    const worker = new Worker(SQL_WORKER_SOURCE, { eval: true, workerData: { sqlite: sqlitePath } });
    worker.unref();
    const ready = new Promise<void>((resolve) => {
      const onReady = (m: { ready?: boolean }): void => {
        if (!m.ready) return;
        worker.off('message', onReady);
        resolve();
      };
      worker.on('message', onReady);
      // A worker that dies while starting is handled by the job's exit listener.
      worker.once('exit', () => resolve());
    });
    return { worker, busy: false, ready };
  };

  const dispatch = (): void => {
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
      const current = slots[i];
      if (current?.busy) continue;
      const slot = current ?? spawn();
      slots[i] = slot;
      execute(i, slot, queue.shift() as Pending);
    }
  };

  /** Runs one pending job on a slot; the slot is replaced if the job has to be stopped. */
  const execute = (index: number, slot: Slot, pending: Pending): void => {
    const { job, signal } = pending;
    const id = nextId++;
    slot.busy = true;
    slot.worker.ref();
    let settled = false;
    const finish = (kill: boolean): void => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      slot.worker.off('message', onMessage);
      slot.worker.off('error', onCrash);
      slot.worker.off('exit', onCrash);
      if (kill) {
        void slot.worker.terminate();
        slots[index] = undefined;
      } else {
        slot.busy = false;
        slot.worker.unref();
      }
      dispatch();
    };
    const onMessage = (reply: Reply): void => {
      if (settled || reply.id !== id) return;
      if (reply.missing) {
        slot.worker.postMessage({ ...message(job, id), image: job.image() });
        return;
      }
      finish(false);
      if (reply.ok && reply.set) pending.resolve(reply.set);
      else pending.reject(replyError(reply));
    };
    const onCrash = (error: unknown): void => {
      if (settled) return;
      finish(true);
      const why = error instanceof Error ? error.message : `exit code ${String(error)}`;
      pending.reject(new UsersimError('E_SQL', `the query stopped its worker (${why}); its result may be too large`));
    };
    const onAbort = (): void => {
      if (settled) return;
      finish(true);
      pending.reject(signal?.reason ?? new UsersimError('E_TIMEOUT', 'aborted'));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    signal?.addEventListener('abort', onAbort, { once: true });
    slot.worker.on('message', onMessage);
    slot.worker.once('error', onCrash);
    slot.worker.once('exit', onCrash);
    void slot.ready.then(() => {
      if (settled) return;
      timer = setTimeout(() => {
        // A main thread that was itself stalled (GC, a sync world build) can run this timer late, after
        // the worker's answer has arrived but before it is read. One turn of the event loop lets a waiting
        // answer settle first, so a slow main thread never turns a quick query into a timeout.
        setImmediate(() => {
          if (settled) return;
          finish(true);
          pending.reject(
            new UsersimError('E_SQL_TIMEOUT', `the query was stopped after ${pending.timeoutMs} ms, the time limit of one query; narrow it or add a LIMIT`),
          );
        });
      }, pending.timeoutMs);
      slot.worker.postMessage(message(job, id));
    });
  };

  return {
    run(job, { timeoutMs, signal }) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      return new Promise<CappedRowSet>((resolve, reject) => {
        const pending: Pending = { job, timeoutMs, signal, resolve, reject };
        // A job aborted while still queued leaves the queue; a running one is handled in execute.
        const leave = (): void => {
          const at = queue.indexOf(pending);
          if (at >= 0) {
            queue.splice(at, 1);
            reject(signal?.reason);
          }
        };
        signal?.addEventListener('abort', leave, { once: true });
        const settle =
          <T>(fn: (value: T) => void) =>
          (value: T): void => {
            signal?.removeEventListener('abort', leave);
            fn(value);
          };
        pending.resolve = settle(resolve);
        pending.reject = settle(reject);
        queue.push(pending);
        dispatch();
      });
    },
    async close() {
      const running = slots.filter((s): s is Slot => s !== undefined);
      slots.fill(undefined);
      await Promise.all(running.map((s) => s.worker.terminate()));
    },
  };
}

function message(job: SqlJob, id: number): Record<string, unknown> {
  return {
    id,
    key: job.key,
    today: job.today,
    sql: job.sql,
    params: job.params,
    maxRows: job.maxRows,
    countAll: job.countAll,
    maxCellChars: job.maxCellChars,
    maxResultBytes: job.maxResultBytes,
  };
}

function replyError(reply: Reply): UsersimError {
  const message = reply.message ?? 'the query failed';
  if (reply.code?.startsWith('SQLITE_READONLY') || (reply.range && /one statement/.test(message))) {
    return new UsersimError('E_SQL_READONLY', message);
  }
  return new UsersimError('E_SQL', message);
}

let shared: SqlWorkerPool | undefined;

/** The process-wide pool every SQLite environment uses unless given its own. */
export function sharedSqlWorkerPool(): SqlWorkerPool {
  shared ??= createSqlWorkerPool();
  return shared;
}
