/**
 * One SQL worker: a child process running `SQL_WORKER_SOURCE`. It is a
 * process rather than a worker thread because a thread cannot be stopped
 * inside SQLite: `worker.terminate()` only stops JavaScript, so a runaway
 * statement kept a core busy and kept the parent alive even through
 * `process.exit`. A process can be killed wherever it is.
 *
 * The child is spawned with `process.execPath` and no `execArgv`, so it starts
 * plain Node (no tsx or vitest loader) whether the parent runs from source or
 * from `dist/`. It holds the parent alive only while it runs a job.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { SQL_WORKER_SOURCE } from './sql-worker-source.js';

/** A started SQL worker process. */
export interface SqlWorkerProcess {
  readonly child: ChildProcess;
  /** Settles once the child has loaded SQLite, or has died trying; start-up never counts against a query's time. */
  readonly ready: Promise<void>;
  /** False once the child has exited, for whatever reason (killed, crashed, out of memory while idle). */
  alive(): boolean;
  /** Whether the child keeps the parent's event loop alive: only while it runs a job. */
  hold(busy: boolean): void;
  /** Kills the child wherever it is; settles once it has exited and been reaped, so its pid is gone. */
  kill(): Promise<void>;
}

const sqlitePath = createRequire(import.meta.url).resolve('better-sqlite3');

/** Starts a SQL worker process, idle (not holding the parent alive). */
export function startSqlWorkerProcess(): SqlWorkerProcess {
  const child = spawn(process.execPath, ['-e', SQL_WORKER_SOURCE, '--', sqlitePath, String(process.pid)], {
    // stderr is shared so that a child that cannot start (a broken native module) says why.
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    serialization: 'advanced',
    windowsHide: true,
  });
  const exited = new Promise<void>((resolve) => {
    child.once('exit', () => resolve());
    // A child that never started may report only 'error'; the pool's job listeners turn it into E_SQL.
    child.on('error', () => {
      if (child.pid === undefined) resolve();
    });
  });
  const ready = new Promise<void>((resolve) => {
    const onReady = (m: unknown): void => {
      if (m !== '{"ready":true}') return;
      child.off('message', onReady);
      resolve();
    };
    child.on('message', onReady);
    void exited.then(resolve);
  });
  const hold = (busy: boolean): void => {
    if (busy) {
      child.ref();
      child.channel?.ref();
    } else {
      child.unref();
      child.channel?.unref();
    }
  };
  hold(false);
  return {
    child,
    ready,
    alive: () => child.exitCode === null && child.signalCode === null && child.pid !== undefined,
    hold,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
  };
}
