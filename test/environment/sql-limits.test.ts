import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Environment } from '../../src/environment/environment.js';
import { createSqlWorkerPool } from '../../src/environment/sql-pool/sql-worker-pool.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { resultRows } from '../../src/environment/tool-result.js';
import { loadWorld } from '../../src/environment/world-catalog.js';
import { type World } from '../../src/environment/world.js';
import { removeWorlds, tinyWorld, writeWorld } from './world-fixtures.js';

const pool = createSqlWorkerPool({ size: 1 });
const TOOLS = [
  '  - type: sql',
  '  - type: write',
  '    name: restock',
  '    description: Adds stock.',
  '    parameters:',
  '      id: { type: integer, description: Item id. }',
  '    sql: UPDATE items SET qty = qty + 5 WHERE id = :id',
  '',
].join('\n');
const limited = (limits: string): World => loadWorld(writeWorld(tinyWorld(TOOLS, `limits: { ${limits} }\n`)));
const envs: Environment[] = [];
const open = (world: World): Environment => {
  const env = createSqliteEnvironment(world, { sqlPool: pool });
  envs.push(env);
  return env;
};
afterEach(() => {
  for (const env of envs.splice(0)) env.close();
});
afterAll(async () => {
  removeWorlds();
  await pool.close();
});

const BOMB = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c';

describe('agent SQL limits', () => {
  it('stops a query that never ends, tells the agent E_SQL_TIMEOUT, and keeps serving the episode', async () => {
    const env = open(limited('sql_timeout_ms: 300'));
    const outcome = await env.call('sql', { query: BOMB });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'E_SQL_TIMEOUT', message: expect.stringContaining('300 ms') } });
    expect(resultRows(await env.call('sql', { query: 'SELECT name FROM items ORDER BY id' }))).toEqual([{ name: 'bolt' }, { name: 'nut' }]);
  });

  it('stops a running query when the episode is cancelled, with the cancellation as the reason', async () => {
    const env = open(limited('sql_timeout_ms: 600000'));
    const controller = new AbortController();
    const call = env.call('sql', { query: BOMB }, { signal: controller.signal });
    setTimeout(() => controller.abort(new Error('deadline')), 50);
    await expect(call).rejects.toThrow('deadline');
    expect(resultRows(await env.call('sql', { query: 'SELECT count(*) AS n FROM items' }))).toEqual([{ n: 2 }]);
  });

  it("reads the episode's own writes, and never another episode's", async () => {
    const world = limited('sql_timeout_ms: 5000');
    const a = open(world);
    const b = open(world);
    expect(await a.call('restock', { id: 2 })).toMatchObject({ ok: true, value: { changes: 1 } });
    expect(resultRows(await a.call('sql', { query: 'SELECT qty FROM items WHERE id = 2' }))).toEqual([{ qty: 5 }]);
    expect(resultRows(await b.call('sql', { query: 'SELECT qty FROM items WHERE id = 2' }))).toEqual([{ qty: 0 }]);
    await a.call('restock', { id: 2 });
    expect(resultRows(await a.call('sql', { query: 'SELECT qty FROM items WHERE id = 2' }))).toEqual([{ qty: 10 }]);
  });

  it('cuts long cells and large results, with a note the agent can read', async () => {
    const env = open(limited('max_cell_chars: 100, max_result_bytes: 2000'));
    const wide = await env.call('sql', { query: "SELECT printf('%.*c', 10000000, 'x') AS blob FROM items" });
    expect(wide.ok).toBe(true);
    const rows = resultRows(wide) ?? [];
    expect(rows).toHaveLength(2);
    expect(String(rows[0]?.blob)).toMatch(/^x{100} \[… 9999900 more characters cut\]$/);
    expect(wide).toMatchObject({ value: { note: expect.stringContaining('2 cell(s) were cut to 100 characters') } });
    const many = await env.call('sql', { query: 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c LIMIT 150) SELECT x, x * 2 AS y FROM c' });
    const kept = resultRows(many) ?? [];
    expect(kept.length).toBeGreaterThan(10);
    expect(kept.length).toBeLessThan(150);
    expect(JSON.stringify(kept).length).toBeLessThanOrEqual(2000);
    expect(many).toMatchObject({ value: { truncated: true, note: expect.stringContaining('passed 2000 bytes') } });
  });

  it('refuses writes and several statements in the worker path too', async () => {
    const env = open(limited('sql_timeout_ms: 5000'));
    expect(await env.call('sql', { query: 'DELETE FROM items' })).toMatchObject({ ok: false, error: { code: 'E_SQL_READONLY' } });
    expect(await env.call('sql', { query: 'SELECT nope FROM items' })).toMatchObject({ ok: false, error: { code: 'E_SQL' } });
  });

  it('checks the limits in world.yaml at their line and column', () => {
    expect(() => limited('sql_timeout_ms: 1000000000000')).toThrow(/world\.yaml:\d+:\d+ limits\.sql_timeout_ms: .*600000/);
    expect(() => limited('max_rows: 3')).toThrow(/limits/);
  });
});
