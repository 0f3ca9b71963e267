/**
 * The SQL pool's workers are processes that really stop: a runaway query's
 * worker is gone when the agent hears E_SQL_TIMEOUT, idle workers keep no
 * program alive, and a busy worker leaves when its parent is killed. No timing
 * is asserted beyond generous bounds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { createSqlWorkerPool } from '../../src/environment/sql-pool/sql-worker-pool.js';
import { isGone, sqlWorkerPids, tinyJob } from './sql-workers.js';

const RUNAWAY = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r';
const script = fileURLToPath(new URL('./runaway-sql-script.ts', import.meta.url));
const job = tinyJob;
const COUNT = 'SELECT count(*) AS n FROM items';

const started: ChildProcess[] = [];
afterAll(() => {
  for (const child of started) child.kill('SIGKILL');
});

/** Runs the script under the tsx loader; `out()` is its stdout so far. */
function startScript(mode: 'return' | 'hold'): { child: ChildProcess; out: () => string } {
  const child = spawn(process.execPath, ['--import', 'tsx', script, mode], { stdio: ['ignore', 'pipe', 'inherit'] });
  started.push(child);
  let out = '';
  child.stdout?.on('data', (chunk: Buffer) => (out += chunk.toString()));
  return { child, out: () => out };
}

/** The exit code, or 'still running' once `ms` have passed (the child is then killed). */
function exitWithin(child: ChildProcess, ms: number): Promise<number | null | 'still running'> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve('still running');
    }, ms);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('SQL worker processes', () => {
  it('kills the process that ran a runaway query before reporting E_SQL_TIMEOUT, and a fresh one takes the next query', async () => {
    const pool = createSqlWorkerPool({ size: 1 });
    try {
      expect(await pool.run(job(COUNT), { timeoutMs: 60_000 })).toMatchObject({ rows: [{ n: 2 }] });
      const before = sqlWorkerPids();
      expect(before).toHaveLength(1);
      await expect(pool.run(job(RUNAWAY), { timeoutMs: 300 })).rejects.toMatchObject({ code: 'E_SQL_TIMEOUT' });
      expect(() => process.kill(before[0] as number, 0)).toThrow(/ESRCH/);
      expect(await pool.run(job(COUNT), { timeoutMs: 60_000 })).toMatchObject({ rows: [{ n: 2 }] });
      const after = sqlWorkerPids();
      expect(after).toHaveLength(1);
      expect(after).not.toContain(before[0]);
    } finally {
      await pool.close();
    }
  });

  it('kills the process of a query whose signal aborts, rejecting with the reason', async () => {
    const pool = createSqlWorkerPool({ size: 1 });
    try {
      await pool.run(job(COUNT), { timeoutMs: 60_000 });
      const [pid] = sqlWorkerPids();
      const controller = new AbortController();
      const call = pool.run(job(RUNAWAY), { timeoutMs: 600_000, signal: controller.signal });
      setTimeout(() => controller.abort(new Error('cancelled')), 200);
      await expect(call).rejects.toThrow('cancelled');
      expect(() => process.kill(pid as number, 0)).toThrow(/ESRCH/);
    } finally {
      await pool.close();
    }
  });

  it('replaces an idle worker that died on its own instead of failing the next query', async () => {
    const pool = createSqlWorkerPool({ size: 1 });
    try {
      await pool.run(job(COUNT), { timeoutMs: 60_000 });
      const [pid] = sqlWorkerPids();
      process.kill(pid as number, 'SIGKILL');
      // No such process once this process has reaped it, which is also when the pool hears of its death.
      await vi.waitFor(() => expect(() => process.kill(pid as number, 0)).toThrow(/ESRCH/), { timeout: 30_000, interval: 50 });
      expect(await pool.run(job(COUNT), { timeoutMs: 60_000 })).toMatchObject({ rows: [{ n: 2 }] });
    } finally {
      await pool.close();
    }
  });

  it('closes by killing its workers, and starts new ones if used again', async () => {
    const pool = createSqlWorkerPool({ size: 2 });
    await Promise.all([pool.run(job(COUNT), { timeoutMs: 60_000 }), pool.run(job(COUNT), { timeoutMs: 60_000 })]);
    const pids = sqlWorkerPids();
    expect(pids).toHaveLength(2);
    await pool.close();
    for (const pid of pids) expect(() => process.kill(pid, 0)).toThrow(/ESRCH/);
    expect(await pool.run(job(COUNT), { timeoutMs: 60_000 })).toMatchObject({ rows: [{ n: 2 }] });
    await pool.close();
    expect(sqlWorkerPids()).toEqual([]);
  });

  it('lets a program that ran a runaway query exit on its own, and its idle workers leave with it', { timeout: 120_000 }, async () => {
    const { child, out } = startScript('return');
    expect(await exitWithin(child, 60_000)).toBe(0);
    expect(out()).toMatch(/^E_SQL_TIMEOUT ok\n/);
    const workers = /workers ([\d ]+)\n/.exec(out())?.[1]?.split(' ').map(Number) ?? [];
    expect(workers).toHaveLength(1);
    await vi.waitFor(() => expect(workers.filter((pid) => !isGone(pid))).toEqual([]), { timeout: 30_000, interval: 200 });
  });

  it('ends a worker busy with a runaway query when its parent is killed', { timeout: 120_000 }, async () => {
    const { child, out } = startScript('hold');
    await vi.waitFor(() => expect(out()).toMatch(/running \d+\n/), { timeout: 60_000, interval: 200 });
    const pid = Number(/running (\d+)/.exec(out())?.[1]);
    expect(isGone(pid)).toBe(false);
    child.kill('SIGKILL');
    await vi.waitFor(() => expect(isGone(pid)).toBe(true), { timeout: 30_000, interval: 200 });
  });
});
