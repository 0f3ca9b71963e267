import { describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { resultRows } from '../../src/environment/tool-result.js';
import { loadWorld } from '../../src/environment/world-catalog.js';
import { crmPack } from '../../src/packs/crm/pack.js';
import { createRegistry } from '../../src/registry/registry.js';
import { environmentContract } from '../contracts/environment.contract.js';

const world = loadWorld('demo');

environmentContract('sqlite / demo world', {
  create: () => createSqliteEnvironment(world),
  read: { name: 'get_order', args: { order_id: 5023 } },
  write: { name: 'cancel_order', args: { order_id: 5027, email: 'ben.okoro@example.com' } },
  probeQuery: 'SELECT status FROM orders WHERE id = 5027',
  writeQuery: "UPDATE orders SET status = 'cancelled' WHERE id = 5027",
});

describe('createSqliteEnvironment', () => {
  it('snapshots every user table with rows in a stable sorted order', () => {
    const env = createSqliteEnvironment(world);
    const snap = env.snapshot();
    expect(Object.keys(snap.tables)).toEqual(['articles', 'cases', 'customers', 'order_items', 'orders', 'policies', 'products', 'staff']);
    const orders = snap.tables.orders;
    expect(orders?.columns.slice(0, 3)).toEqual(['id', 'customer_id', 'status']);
    const ids = orders?.rows.map((r) => r[0] as number) ?? [];
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(ids).toHaveLength(31);
    env.close();
  });

  it('reports a changed row as one removal and one addition', async () => {
    const env = createSqliteEnvironment(world);
    const before = env.snapshot();
    const outcome = await env.call('assign_case', { case_id: 'cs-2022', staff_id: 'ST-01' });
    expect(resultRows(outcome)).toEqual([{ case_id: 'CS-2022', owner_id: 'ST-01', status: 'open' }]);
    const diff = env.diff(before, env.snapshot());
    expect(Object.keys(diff.tables)).toEqual(['cases']);
    const change = diff.tables.cases;
    expect(change?.removed).toHaveLength(1);
    expect(change?.added).toHaveLength(1);
    expect(change?.removed[0]?.[0]).toBe('CS-2022');
    expect(change?.removed[0]).toContain('new');
    expect(change?.added[0]).toContain('ST-01');
    env.close();
  });

  it('never changes the world image, so every new environment starts from the seed', async () => {
    const copy = Buffer.from(world.image);
    const env = createSqliteEnvironment(world);
    await env.call('cancel_order', { order_id: 5031, email: 'ben.okoro@example.com' });
    expect(env.query('SELECT status FROM orders WHERE id = 5031')).toEqual([['cancelled']]);
    env.close();
    expect(world.image.equals(copy)).toBe(true);
    const next = createSqliteEnvironment(world);
    expect(next.query('SELECT status FROM orders WHERE id = 5031')).toEqual([['pending']]);
    next.close();
  });

  it('answers a write that matches nothing with zero changes and no rows', async () => {
    const env = createSqliteEnvironment(world);
    const outcome = await env.call('cancel_order', { order_id: 5027, email: 'someone.else@example.com' });
    expect(outcome).toEqual({ ok: true, value: { changes: 0, columns: ['id', 'status'], rows: [] } });
    env.close();
  });

  it('offers only the tools a scenario allows, and refuses the others as unknown', async () => {
    const env = createSqliteEnvironment(world, { tools: ['get_order', 'sql'] });
    expect(env.tools().map((t) => t.name)).toEqual(['sql', 'get_order']);
    expect(await env.call('cancel_order', { order_id: 5027, email: 'ben.okoro@example.com' })).toMatchObject({
      ok: false,
      error: { code: 'E_TOOL_UNKNOWN' },
    });
    env.close();
  });

  it('throws E_CONFIG when the allowed tools name one the world lacks', () => {
    expect(() => createSqliteEnvironment(world, { tools: ['get_order', 'teleport'] })).toThrow(
      expect.objectContaining({ code: 'E_CONFIG', message: expect.stringContaining('"teleport"') }),
    );
  });

  it('rejects arguments that are not an object', async () => {
    const env = createSqliteEnvironment(world);
    const outcome = await env.call('get_order', [5023] as unknown as Record<string, unknown>);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
    env.close();
  });

  it('returns query() rows as arrays for the judge', () => {
    const env = createSqliteEnvironment(world);
    expect(env.query("SELECT owner_id, status FROM cases WHERE id IN ('CS-2009', 'CS-2021') ORDER BY id")).toEqual([
      ['ST-04', 'open'],
      [null, 'new'],
    ]);
    env.close();
  });

  it('throws E_INTERNAL once closed', async () => {
    const env = createSqliteEnvironment(world);
    env.close();
    await expect(env.call('get_order', { order_id: 5023 })).rejects.toBeInstanceOf(UsersimError);
    expect(() => env.snapshot()).toThrow(expect.objectContaining({ code: 'E_INTERNAL' }));
  });
});

describe('sql tool results', () => {
  it('caps rows and says so', async () => {
    const env = createSqliteEnvironment(world);
    const all = await env.call('sql', { query: 'SELECT * FROM order_items' });
    expect(all).toMatchObject({ ok: true, value: { truncated: false } });
    expect(resultRows(all)).toHaveLength(40);
    const capped = await env.call('search_articles', { query: 'e' });
    expect(resultRows(capped)).toHaveLength(10);
    expect(capped).toMatchObject({ ok: true, value: { truncated: true } });
    env.close();
  });

  it('keeps both of two same-named columns and turns blobs into hex text', async () => {
    const env = createSqliteEnvironment(world);
    const outcome = await env.call('sql', {
      query: "SELECT o.id, c.id, x'c0ffee' AS raw FROM orders o JOIN customers c ON c.id = o.customer_id WHERE o.id = 5023",
    });
    expect(outcome).toEqual({
      ok: true,
      value: { columns: ['id', 'id_2', 'raw'], rows: [{ id: 5023, id_2: 'C-1014', raw: "x'c0ffee'" }], truncated: false },
    });
    env.close();
  });

  it('lists the tables and columns in its description', () => {
    const env = createSqliteEnvironment(world);
    const sql = env.tools().find((t) => t.name === 'sql');
    expect(sql?.description).toContain('orders(id INTEGER, customer_id TEXT, status TEXT');
    expect(sql?.parameters).toEqual({
      type: 'object',
      properties: { query: { type: 'string', description: 'One SQL SELECT statement.' } },
      required: ['query'],
      additionalProperties: false,
    });
    env.close();
  });
});

describe('writable tables', () => {
  it('are the tables the declared write tools reach, read from the query plan', () => {
    const demo = createSqliteEnvironment(loadWorld('demo'));
    // cancel_order updates orders; assign_case updates cases.
    expect(demo.writableTables()).toEqual(['cases', 'orders']);
    demo.close();
    const crm = createSqliteEnvironment(createRegistry(crmPack()).worlds.load('crm-b2b'));
    expect(crm.writableTables()).toEqual(['Case', 'Lead', 'Opportunity']);
    crm.close();
  });
});
