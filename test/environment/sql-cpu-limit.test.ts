/**
 * The SQL time limit counts the CPU time a query used (on Linux), so a machine
 * too loaded to run a quick query within its limit does not turn it into an
 * E_SQL_TIMEOUT: the worker is paused with SIGSTOP for longer than the limit,
 * as a starved process would be, and its query still answers. A worker that
 * never gets the CPU is stopped at the wall-time bound all the same. Bounds
 * are generous; no timing is asserted beyond them.
 */
import { describe, expect, it } from 'vitest';
import { createSqlWorkerPool } from '../../src/environment/sql-pool/sql-worker-pool.js';
import { sqlWorkerPids, tinyJob } from './sql-workers.js';

const COUNT = tinyJob('SELECT count(*) AS n FROM items');
const LIMIT_MS = 1000;

const linux = process.platform === 'linux';

describe.skipIf(!linux)('SQL time limit in CPU time (Linux /proc)', () => {
  it('lets a query its worker could not run in time (paused past the limit) answer, not time out', async () => {
    const pool = createSqlWorkerPool({ size: 1 });
    try {
      await pool.run(COUNT, { timeoutMs: 60_000 });
      const [pid] = sqlWorkerPids();
      expect(pid).toBeDefined();
      process.kill(pid as number, 'SIGSTOP');
      const answer = pool.run(COUNT, { timeoutMs: LIMIT_MS });
      // Paused for 1.5 limits: past the limit in wall time, well inside the bound of 4.
      await new Promise((resolve) => setTimeout(resolve, 1.5 * LIMIT_MS));
      process.kill(pid as number, 'SIGCONT');
      expect(await answer).toMatchObject({ rows: [{ n: 2 }] });
    } finally {
      await pool.close();
    }
  });

  it('still stops a query whose worker never runs, at the bound in wall time', async () => {
    const pool = createSqlWorkerPool({ size: 1 });
    try {
      await pool.run(COUNT, { timeoutMs: 60_000 });
      const [pid] = sqlWorkerPids();
      process.kill(pid as number, 'SIGSTOP');
      await expect(pool.run(COUNT, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'E_SQL_TIMEOUT' });
    } finally {
      await pool.close();
    }
  });
});
