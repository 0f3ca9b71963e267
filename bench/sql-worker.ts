/**
 * The cost of running agent SQL in a worker process (so that a runaway query
 * can be stopped) against running it on the main thread, on the demo world:
 * the same `sql` tool call both ways, and the time from a runaway query's
 * limit to the agent seeing `E_SQL_TIMEOUT` (its worker killed and gone).
 */
import { createSqlWorkerPool } from '../src/environment/sql-pool/sql-worker-pool.js';
import { createSqliteEnvironment } from '../src/environment/sqlite.js';
import { openSqliteSession } from '../src/environment/sqlite-session.js';
import { loadWorld } from '../src/environment/world-catalog.js';

export interface SqlWorkerBench {
  calls: number;
  /** Median µs of one `sql` tool call through the worker. */
  workerMicros: number;
  /** Median µs of the same query on the main thread. */
  inlineMicros: number;
  /** ms from the limit passing to the runaway query's failed outcome. */
  stopLagMs: number;
}

const QUERY = "SELECT o.id, o.status, c.name FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.status = 'shipped' ORDER BY o.id";

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

export async function benchSqlWorker(calls = 2000): Promise<SqlWorkerBench> {
  const world = loadWorld('demo');
  const pool = createSqlWorkerPool({ size: 1 });
  const env = createSqliteEnvironment(world, { sqlPool: pool });
  const session = openSqliteSession(world.image);
  try {
    const first = await env.call('sql', { query: QUERY });
    if (!first.ok) throw new Error(`bench query failed: ${first.error.message}`);
    const worker: number[] = [];
    const inline: number[] = [];
    for (let i = 0; i < calls; i++) {
      let t = performance.now();
      await env.call('sql', { query: QUERY });
      worker.push(performance.now() - t);
      t = performance.now();
      session.read(QUERY, {}, { maxRows: 200 });
      inline.push(performance.now() - t);
    }
    const limited = createSqliteEnvironment({ ...world, limits: { ...world.limits, sql_timeout_ms: 200 } }, { sqlPool: pool });
    const t = performance.now();
    await limited.call('sql', { query: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c' });
    const stopLagMs = performance.now() - t - 200;
    limited.close();
    return { calls, workerMicros: median(worker) * 1000, inlineMicros: median(inline) * 1000, stopLagMs };
  } finally {
    env.close();
    session.close();
    await pool.close();
  }
}
