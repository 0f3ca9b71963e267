/**
 * Finds SQL worker processes from outside the pool, as an operator would:
 * Node cannot list a process's children, so this asks `ps`. A worker is a
 * child started as `<node> -e …`.
 * It also holds the tiny world's image and the job that reads it, for the pool tests.
 */
import { execFileSync } from 'node:child_process';
import Database from 'better-sqlite3';
import type { SqlJob } from '../../src/environment/sql-pool/sql-worker-pool.js';
import { TINY_SCHEMA, TINY_SEED } from './world-fixtures.js';

/** The tiny world's database image, as an environment sends it to a worker. */
const image = ((): Buffer => {
  const db = new Database(':memory:');
  db.exec(`${TINY_SCHEMA}\n${TINY_SEED}`);
  const bytes = db.serialize();
  db.close();
  return bytes;
})();

/** A job running `sql` on the tiny world's image. */
export const tinyJob = (sql: string): SqlJob => ({ key: 'tiny', image: () => image, sql, params: {}, maxRows: 200, countAll: false, maxCellChars: 2000, maxResultBytes: 65536 });

/** The pids of `parent`'s SQL worker processes. */
export function sqlWorkerPids(parent = process.pid): number[] {
  const lines = execFileSync('ps', ['-A', '-o', 'pid=,ppid=,args='], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }).split('\n');
  return lines.flatMap((line) => {
    const m = /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line);
    return m && Number(m[2]) === parent && m[3]?.startsWith(`${process.execPath} -e`) ? [Number(m[1])] : [];
  });
}

/** Whether `pid` has ended: no such process, or one that has exited and waits only to be reaped by whoever adopted it. */
export function isGone(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return true;
  }
  try {
    return execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim().startsWith('Z');
  } catch {
    return true;
  }
}
