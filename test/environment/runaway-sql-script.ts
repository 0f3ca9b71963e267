/**
 * A program that uses the process-wide SQL pool the way a run does, for the
 * pool's process tests. `return`: a normal query, a runaway one stopped at
 * 300 ms, and a normal one again; it prints the outcomes and its workers'
 * pids, and returns without closing the pool, so it exits only if the pool
 * lets it. `hold`: a runaway
 * query under a ten-minute limit; it prints the worker running it and waits.
 */
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { loadWorld } from '../../src/environment/world-catalog.js';
import { sqlWorkerPids } from './sql-workers.js';

const RUNAWAY = 'WITH RECURSIVE r(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM r) SELECT count(*) FROM r';
const mode = process.argv[2];
const world = loadWorld('demo');
const env = createSqliteEnvironment({ ...world, limits: { ...world.limits, sql_timeout_ms: mode === 'hold' ? 600_000 : 300 } });
const first = await env.call('sql', { query: 'SELECT count(*) AS n FROM customers' });
if (!first.ok) throw new Error(first.error.message);
if (mode === 'hold') {
  const [busy] = sqlWorkerPids();
  void env.call('sql', { query: RUNAWAY });
  // The job reaches the worker within a moment; the test kills this process after reading the line.
  setTimeout(() => process.stdout.write(`running ${String(busy)}\n`), 500);
} else {
  const outcomes = [await env.call('sql', { query: RUNAWAY }), await env.call('sql', { query: 'SELECT count(*) AS n FROM customers' })];
  process.stdout.write(`${outcomes.map((o) => (o.ok ? 'ok' : o.error.code)).join(' ')}\nworkers ${sqlWorkerPids().join(' ')}\n`);
  env.close();
}
