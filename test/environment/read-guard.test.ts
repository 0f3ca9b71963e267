/**
 * The read-only guard, exercised the way an agent meets it: through the demo
 * world's `sql` tool. Every refused statement must leave the database, and the
 * file system, untouched.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import type { Environment } from '../../src/environment/environment.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { loadWorld } from '../../src/environment/world-catalog.js';

const world = loadWorld('demo');
const dir = mkdtempSync(path.join(tmpdir(), 'usersim-guard-'));
const outside = path.join(dir, 'escaped.db');
let env: Environment;

beforeEach(() => {
  env?.close();
  env = createSqliteEnvironment(world);
});
afterAll(() => {
  env?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function sql(query: string) {
  return env.call('sql', { query });
}

describe('the sql tool refuses anything that could write', () => {
  const writes: [string, string][] = [
    ['INSERT', "INSERT INTO policies VALUES ('x', '1', 'y', 0)"],
    ['UPDATE', "UPDATE orders SET status = 'cancelled'"],
    ['DELETE', 'DELETE FROM orders'],
    ['DROP', 'DROP TABLE orders'],
    ['CREATE', 'CREATE TABLE loot (a)'],
    ['CREATE TEMP', 'CREATE TEMP TABLE loot (a)'],
    ['ALTER', 'ALTER TABLE orders ADD COLUMN x'],
    ['REPLACE', "REPLACE INTO policies VALUES ('x', '1', 'y', 0)"],
    ['a CTE that deletes', 'WITH doomed AS (SELECT id FROM orders) DELETE FROM orders WHERE id IN doomed'],
    ['a comment before a write', '/* just a look */ DELETE FROM orders'],
    ['a second statement', 'SELECT 1; DROP TABLE orders'],
    ['a second statement after a comment', 'SELECT 1; -- hm\nDELETE FROM orders'],
    ['PRAGMA query_only off', 'PRAGMA query_only = 0'],
    ['PRAGMA writable_schema', 'PRAGMA writable_schema = ON'],
    ['PRAGMA user_version', 'PRAGMA user_version = 7'],
    ['ATTACH', `ATTACH '${outside}' AS elsewhere`],
    ['ATTACH inside a select', `SELECT 1 FROM (SELECT 1) WHERE 1 = 1 ATTACH '${outside}' AS x`],
    ['DETACH', 'DETACH main'],
    ['VACUUM INTO', `VACUUM INTO '${outside}'`],
    ['load_extension', "SELECT load_extension('/tmp/evil.so')"],
    ['load_extension in a subquery', "SELECT * FROM orders WHERE id = (SELECT load_extension('/tmp/evil'))"],
    ['BEGIN', 'BEGIN'],
    ['SAVEPOINT', 'SAVEPOINT s'],
    ['EXPLAIN of a write', 'EXPLAIN DELETE FROM orders'],
  ];

  it.each(writes)('refuses %s with E_SQL_READONLY and changes nothing', async (_label, query) => {
    const before = env.snapshot();
    const outcome = await sql(query);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'E_SQL_READONLY' } });
    expect(env.diff(before, env.snapshot())).toEqual({ tables: {} });
    expect(existsSync(outside)).toBe(false);
  });

  it('still cannot write after trying to switch query_only off', async () => {
    await sql('PRAGMA query_only = OFF');
    expect(await sql('DELETE FROM orders')).toMatchObject({ ok: false, error: { code: 'E_SQL_READONLY' } });
    expect(env.query('SELECT count(*) FROM orders')).toEqual([[31]]);
  });

  it('lets a declared write tool write, and locks writes again afterwards', async () => {
    const done = await env.call('cancel_order', { order_id: 5027, email: 'ben.okoro@example.com' });
    expect(done.ok).toBe(true);
    expect(await sql("UPDATE orders SET status = 'pending' WHERE id = 5027")).toMatchObject({
      ok: false,
      error: { code: 'E_SQL_READONLY' },
    });
    expect(env.query('SELECT status FROM orders WHERE id = 5027')).toEqual([['cancelled']]);
  });

  it('guards the judge query() the same way', () => {
    expect(() => env.query('DELETE FROM orders')).toThrow(expect.objectContaining({ code: 'E_SQL_READONLY' }));
    expect(() => env.query('SELECT 1; DELETE FROM orders')).toThrow(expect.objectContaining({ code: 'E_SQL_READONLY' }));
    expect(env.query('SELECT count(*) FROM orders')).toEqual([[31]]);
  });
});

describe('the sql tool runs ordinary queries', () => {
  it.each([
    ['a trailing semicolon', 'SELECT count(*) AS n FROM orders;', [{ n: 31 }]],
    ['a leading comment', '-- how many?\nSELECT count(*) AS n FROM orders', [{ n: 31 }]],
    ['a CTE', "WITH p AS (SELECT * FROM orders WHERE status = 'pending') SELECT count(*) AS n FROM p", [{ n: 6 }]],
    ['VALUES', 'VALUES (1, 2)', [{ column1: 1, column2: 2 }]],
    ['forbidden words inside a string', "SELECT 'attach; drop table orders' AS note", [{ note: 'attach; drop table orders' }]],
    ['a table-valued pragma function', "SELECT name FROM pragma_table_info('policies') ORDER BY cid LIMIT 1", [{ name: 'name' }]],
  ])('accepts %s', async (_label, query, rows) => {
    expect(await sql(query)).toMatchObject({ ok: true, value: { rows } });
  });

  it('reports bad SQL as E_SQL', async () => {
    expect(await sql('SELECT * FROM no_such_table')).toMatchObject({
      ok: false,
      error: { code: 'E_SQL', message: expect.stringContaining('no such table') },
    });
    expect(await sql('SELEC 1')).toMatchObject({ ok: false, error: { code: 'E_SQL' } });
    expect(await sql('   ')).toMatchObject({ ok: false, error: { code: 'E_SQL' } });
  });

  it('needs exactly one string argument, query', async () => {
    expect(await env.call('sql', {})).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
    expect(await env.call('sql', { query: 'SELECT 1', limit: 5 })).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
    expect(await env.call('sql', { query: { sql: 'SELECT 1' } })).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
  });
});
