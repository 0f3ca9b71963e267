import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Environment } from '../../src/environment/environment.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import type { ToolContext, ToolKind } from '../../src/environment/tool-kind.js';
import { BUILTIN_TOOL_KINDS, erase, toolKindMap } from '../../src/environment/tool-kinds.js';
import { createWorldCatalog } from '../../src/environment/world-catalog.js';
import { resultRows } from '../../src/environment/tool-result.js';
import { sqlToolKind } from '../../src/environment/tools/sql-tool.js';
import { loadWorld } from '../../src/environment/world-catalog.js';
import { removeWorlds, tinyWorld, writeWorld } from './world-fixtures.js';

const demo = loadWorld('demo');
const envs: Environment[] = [];
function open(world = demo): Environment {
  const env = createSqliteEnvironment(world);
  envs.push(env);
  return env;
}
afterEach(() => {
  for (const env of envs.splice(0)) env.close();
});
afterAll(removeWorlds);

describe('query tools', () => {
  it('publish their parameters as a JSON Schema, optional ones left out of required', () => {
    const specs = new Map(open().tools().map((t) => [t.name, t]));
    expect(specs.get('customer_orders')?.parameters).toEqual({
      type: 'object',
      properties: {
        email: { type: 'string', description: "The customer's email address." },
        product: { type: 'string', description: 'Part of a product name.' },
      },
      required: ['email'],
      additionalProperties: false,
    });
    expect(specs.get('least_loaded_agent')?.parameters.properties).toEqual({
      queue: { type: 'string', enum: ['orders', 'devices', 'billing'], description: 'The case queue.' },
    });
    expect(specs.get('get_order')?.writes).toBe(false);
  });

  it('accept numbers sent as strings and bind absent optional parameters as NULL', async () => {
    const env = open();
    expect(resultRows(await env.call('get_order', { order_id: '5023' }))).toEqual([expect.objectContaining({ id: 5023, status: 'shipped' })]);
    const all = resultRows(await env.call('customer_orders', { email: 'INES.DUARTE@example.com' }));
    expect(all?.map((r) => r.order_id)).toEqual([5029, 5014, 5004]);
    const one = resultRows(await env.call('customer_orders', { email: 'ines.duarte@example.com', product: 'vortex 900' }));
    expect(one?.map((r) => r.order_id)).toEqual([5014]);
  });

  it.each([
    ['a missing argument', 'get_order', {}, 'missing required argument "order_id"'],
    ['an unknown argument', 'get_order', { order_id: 5023, verbose: true }, 'unknown argument "verbose" (expected order_id)'],
    ['a non-integer', 'get_order', { order_id: '50.5' }, 'argument "order_id" must be an integer, got "50.5"'],
    ['a word for a number', 'refund_quote', { order_id: 5020, product: 'bulb', quantity: 'three' }, 'argument "quantity" must be an integer, got "three"'],
    ['an object for a string', 'get_case', { case_id: { id: 'CS-2009' } }, 'argument "case_id" must be a string'],
    ['a value outside the enum', 'least_loaded_agent', { queue: 'sales' }, 'argument "queue" must be one of "orders", "devices", "billing"'],
  ])('refuse %s with E_TOOL_ARGS', async (_label, name, args, message) => {
    const outcome = await open().call(name, args);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS', message: expect.stringContaining(message) } });
  });

  it('report every argument problem at once', async () => {
    const outcome = await open().call('refund_quote', { order_id: 'x', colour: 'red' });
    expect(outcome.ok).toBe(false);
    const message = outcome.ok ? '' : outcome.error.message;
    expect(message.split('; ')).toHaveLength(4);
  });
});

describe('write tools', () => {
  it('are the only tools marked as writing', () => {
    const writers = open().tools().filter((t) => t.writes).map((t) => t.name);
    expect(writers).toEqual(['cancel_order', 'assign_case']);
  });

  it('change the state, and diff shows exactly the changed row', async () => {
    const env = open();
    const before = env.snapshot();
    const outcome = await env.call('cancel_order', { order_id: '5027', email: ' Ben.Okoro@example.com ' });
    expect(outcome).toEqual({ ok: true, value: { changes: 1, columns: ['id', 'status'], rows: [{ id: 5027, status: 'cancelled' }] } });
    const diff = env.diff(before, env.snapshot());
    expect(Object.keys(diff.tables)).toEqual(['orders']);
    expect(diff.tables.orders?.removed.map((r) => [r[0], r[2]])).toEqual([[5027, 'pending']]);
    expect(diff.tables.orders?.added.map((r) => [r[0], r[2]])).toEqual([[5027, 'cancelled']]);
  });

  it('run several statements in one transaction, undoing all of them when one fails', async () => {
    const tools = `  - type: write
    name: move_stock
    description: Records a stock movement and applies it.
    parameters:
      item_id: { type: integer }
      delta: { type: integer }
    sql:
      - INSERT INTO moves (item_id, delta) VALUES (:item_id, :delta)
      - UPDATE items SET qty = qty + :delta WHERE id = :item_id
`;
    const env = open(loadWorld(writeWorld(tinyWorld(tools))));
    expect(await env.call('move_stock', { item_id: 1, delta: -3 })).toEqual({ ok: true, value: { changes: 2 } });
    expect(env.query('SELECT qty FROM items WHERE id = 1')).toEqual([[7]]);
    const before = env.snapshot();
    const failed = await env.call('move_stock', { item_id: 2, delta: -1 });
    expect(failed).toMatchObject({ ok: false, error: { code: 'E_SQL', message: expect.stringContaining('CHECK constraint failed') } });
    expect(env.diff(before, env.snapshot())).toEqual({ tables: {} });
  });
});

describe('tool kinds', () => {
  it('lists the built-in kinds and refuses a different kind under a taken type', () => {
    expect([...toolKindMap(BUILTIN_TOOL_KINDS).keys()].sort()).toEqual(['function', 'query', 'sql', 'write']);
    expect(() => toolKindMap([...BUILTIN_TOOL_KINDS, erase(sqlToolKind)])).not.toThrow();
    expect(() => toolKindMap([...BUILTIN_TOOL_KINDS, erase({ ...sqlToolKind })])).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
  });

  it('lets a new kind plug in, reaching the database only through a narrow context that can count all rows', async () => {
    const seen: ToolContext[] = [];
    const countKind: ToolKind<{ type: 'test-count'; name: string; description: string; table: string }> = {
      type: 'test-count',
      schema: z.strictObject({ type: z.literal('test-count'), name: z.string(), description: z.string().default('Counts rows.'), table: z.string() }),
      writes: () => false,
      check: (decl, ctx) => (ctx.world.tables.some((t) => t.name === decl.table) ? [] : [{ path: ['table'], message: `no table ${decl.table}` }]),
      spec: (decl) => ({ name: decl.name, description: decl.description, parameters: { type: 'object', properties: {} }, writes: false }),
      call: async (decl, _args, ctx) => {
        seen.push(ctx);
        return { ok: true, value: await ctx.read(`SELECT name FROM ${decl.table} ORDER BY id`, {}, { maxRows: 1, countAll: true }) };
      },
    };
    const catalog = createWorldCatalog({ tools: [...BUILTIN_TOOL_KINDS, erase(countKind)] });
    expect(() => loadWorld(writeWorld(tinyWorld('  - type: test-count\n    name: count_items\n    table: items\n')))).toThrow(/unknown tool type "test-count"/);
    const world = catalog.load(writeWorld(tinyWorld('  - type: test-count\n    name: count_items\n    table: items\n')));
    const env = open(world);
    expect(await env.call('count_items', {})).toEqual({ ok: true, value: { columns: ['name'], rows: [{ name: 'bolt' }], truncated: true, total: 2 } });
    expect(Object.keys(seen[0] ?? {}).sort()).toEqual(['read', 'readSync', 'world']);
    expect(() => catalog.load(writeWorld(tinyWorld('  - type: test-count\n    name: c\n    table: nope\n')))).toThrow(/tools\[0\]\.table: no table nope/);
  });
});
