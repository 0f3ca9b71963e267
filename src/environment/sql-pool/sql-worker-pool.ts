/**
 * A pool of worker processes that run agent-written read queries, so that a
 * runaway query (a recursive CTE that never ends, a cross join of large
 * tables) can be stopped. better-sqlite3 runs a statement synchronously and
 * exposes neither `sqlite3_interrupt` nor a progress handler, so a query on
 * the main thread can only end by itself; a worker process can be killed (a
 * worker thread could not: see sql-worker-process.ts). A killed worker is
 * replaced by a fresh one on the next job.
 *
 * Each job names the database image it reads by a key. A worker opens each
 * image once and keeps a few open, so the common case (an episode that has not
 * written anything reads the world's shared image) costs no copy per episode;
 * an episode that wrote sends its current image under a new key.
 *
 * Workers are unreferenced while idle, so the pool never keeps a process alive,
 * and they exit by themselves when the parent does.
 */
import { UsersimError } from '../../errors.js';
import type { RowSet, SqlParams } from '../sqlite-session.js';
import { processCpuMs } from './process-cpu.js';
import { startSqlWorkerProcess, type SqlWorkerProcess } from './sql-worker-process.js';

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

/** Runs read queries in other processes, each with a hard time limit. */
export interface SqlWorkerPool {
  /**
   * Runs `job`, rejecting with `E_SQL_TIMEOUT` once it has used `timeoutMs`
   * of CPU time (on Linux; elsewhere, and at the latest, after
   * {@link WALL_BOUND} times that in wall time), or with the
   * signal's reason if it aborts first (either way once the worker running it
   * has been killed and is gone), and with `E_SQL` or `E_SQL_READONLY` for a
   * query SQLite refuses.
   */
  run(job: SqlJob, options: { timeoutMs: number; signal?: AbortSignal }): Promise<CappedRowSet>;
  /** Kills every worker and waits until they are gone. The pool starts new ones if used again. */
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
  /** The worker's CPU time so far, in ms. */
  cpu?: number;
}

interface Slot {
  worker: SqlWorkerProcess;
  busy: boolean;
  /** The worker's CPU time at its last reply (ms): a job's CPU time is counted from there. */
  cpuMs: number;
}

interface Pending {
  job: SqlJob;
  timeoutMs: number;
  signal: AbortSignal | undefined;
  resolve: (set: CappedRowSet) => void;
  reject: (error: unknown) => void;
}

/** Creates a pool of `size` SQL workers (default 2), started on first use. */
export function createSqlWorkerPool(options: { size?: number } = {}): SqlWorkerPool {
  const size = Math.max(1, options.size ?? 2);
  const slots: (Slot | undefined)[] = Array.from({ length: size }, () => undefined);
  const queue: Pending[] = [];
  let nextId = 1;

  const dispatch = (): void => {
    for (let i = 0; i < slots.length && queue.length > 0; i++) {
      const current = slots[i];
      if (current?.busy) continue;
      // An idle worker that died on its own (the OOM killer, say) is replaced rather than failing the next job.
      const slot = current?.worker.alive() ? current : { worker: startSqlWorkerProcess(), busy: false, cpuMs: 0 };
      slots[i] = slot;
      execute(i, slot, queue.shift() as Pending);
    }
  };

  /** Runs one pending job on a slot; the slot is replaced if the job has to be stopped. */
  const execute = (index: number, slot: Slot, pending: Pending): void => {
    const { job, signal } = pending;
    const { worker } = slot;
    const { child } = worker;
    const id = nextId++;
    slot.busy = true;
    worker.hold(true);
    let settled = false;
    /** Ends the job; a worker that has to be stopped is killed, and `then` runs once it is gone. */
    const finish = (kill: boolean, then: () => void): void => {
      settled = true;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      child.off('message', onMessage);
      child.off('error', onCrash);
      child.off('exit', onExit);
      if (kill) {
        // After close() the index may already hold a fresh worker, which stays.
        if (slots[index] === slot) slots[index] = undefined;
        void worker.kill().then(then);
      } else {
        slot.busy = false;
        worker.hold(false);
        then();
      }
      dispatch();
    };
    const send = (payload: string | { key: string; image: Buffer }): void => {
      // A child that died before taking the job is reported by 'exit'; a failed send says no more.
      child.send(payload, (error) => {
        if (error) onCrash(error);
      });
    };
    const onMessage = (text: unknown): void => {
      if (settled || typeof text !== 'string') return;
      const reply = JSON.parse(text) as Reply;
      if (reply.id !== id) return;
      if (reply.cpu !== undefined) slot.cpuMs = reply.cpu;
      if (reply.missing) {
        send({ key: job.key, image: job.image() });
        send(message(job, id));
        return;
      }
      finish(false, () => {
        if (reply.ok && reply.set) pending.resolve(reply.set);
        else pending.reject(replyError(reply));
      });
    };
    const onCrash = (error: Error): void => {
      if (settled) return;
      finish(true, () => pending.reject(crashError(error.message)));
    };
    const onExit = (code: number | null, signalName: string | null): void => {
      if (settled) return;
      finish(true, () => pending.reject(crashError(signalName ? `killed by ${signalName}` : `exit code ${String(code)}`)));
    };
    const onAbort = (): void => {
      if (settled) return;
      finish(true, () => pending.reject(signal?.reason ?? new UsersimError('E_TIMEOUT', 'aborted')));
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    let waited = 0;
    const arm = (delay: number): void => {
      timer = setTimeout(() => {
        // A main thread that was itself stalled (GC, a sync world build) can run this timer late, after
        // the worker's answer has arrived but before it is read. One turn of the event loop lets a waiting
        // answer settle first, so a slow main thread never turns a quick query into a timeout.
        setImmediate(() => {
          if (settled) return;
          waited += delay;
          // The limit is CPU time where it can be read: a query that has not used its time (the machine kept it
          // waiting) gets the rest, within a bound in wall time, so results do not depend on the machine's load.
          const used = cpuSince(child.pid, slot.cpuMs);
          if (used !== undefined && used < pending.timeoutMs && waited < WALL_BOUND * pending.timeoutMs) {
            arm(Math.max(MIN_REARM_MS, pending.timeoutMs - used));
            return;
          }
          finish(true, () =>
            pending.reject(
              new UsersimError('E_SQL_TIMEOUT', `the query was stopped after ${pending.timeoutMs} ms, the time limit of one query; narrow it or add a LIMIT`),
            ),
          );
        });
      }, delay);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    child.on('message', onMessage);
    child.once('error', onCrash);
    child.once('exit', onExit);
    void worker.ready.then(() => {
      if (settled) return;
      arm(pending.timeoutMs);
      send(message(job, id));
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
      await Promise.all(running.map((s) => s.worker.kill()));
    },
  };
}

/** A job as the worker reads it: JSON text (see sql-worker-source.ts for why text). */
/** How many times its limit a query may take in wall time when it has not used its CPU time (a loaded machine). */
const WALL_BOUND = 4;
/** The shortest wait before a query's CPU time is read again. */
const MIN_REARM_MS = 50;

/** CPU time (ms) the worker `pid` has used since it reported `since`; undefined when it cannot be read. */
function cpuSince(pid: number | undefined, since: number): number | undefined {
  const now = processCpuMs(pid);
  return now === undefined ? undefined : now - since;
}

function message(job: SqlJob, id: number): string {
  return JSON.stringify({
    id,
    key: job.key,
    today: job.today,
    sql: job.sql,
    params: job.params,
    maxRows: job.maxRows,
    countAll: job.countAll,
    maxCellChars: job.maxCellChars,
    maxResultBytes: job.maxResultBytes,
  });
}

function crashError(why: string): UsersimError {
  return new UsersimError('E_SQL', `the query stopped its worker (${why}); its result may be too large`);
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
