import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { createWorldCatalog, loadWorld } from '../../src/environment/world-catalog.js';
import { BUILTIN_TOOL_KINDS } from '../../src/environment/tool-kinds.js';
import { CRM_TOOL_KINDS } from '../../src/packs/crm/tool-kinds.js';
import { builtinWorlds, packageRoot } from '../../src/environment/world.js';
import { removeWorlds, tinyWorld, writeWorld } from './world-fixtures.js';

afterAll(removeWorlds);

const QUERY_TOOL = `  - type: query
    name: get_item
    description: One item by id.
    parameters:
      id: { type: integer }
    sql: SELECT * FROM items WHERE id = :id
`;

/** The E_WORLD error a load throws. */
function worldError(load: () => unknown): UsersimError {
  try {
    load();
  } catch (error) {
    expect(error).toBeInstanceOf(UsersimError);
    expect((error as UsersimError).code).toBe('E_WORLD');
    return error as UsersimError;
  }
  throw new Error('expected the world to be refused');
}

describe('loadWorld: built-in worlds', () => {
  it('finds the package root two levels above the module', () => {
    const pkg = JSON.parse(readFileSync(path.join(packageRoot(), 'package.json'), 'utf8')) as { name: string };
    expect(pkg.name).toBe('usersim');
    expect(builtinWorlds()).toContain('demo');
  });

  it('loads the demo world with its date, tables and tools', () => {
    const world = loadWorld('demo');
    expect(world.name).toBe('demo');
    expect(world.today).toBe('2025-03-14');
    expect(world.tables.map((t) => t.name)).toEqual(['articles', 'cases', 'customers', 'order_items', 'orders', 'policies', 'products', 'staff']);
    const kinds = new Set(world.tools.map((t) => t.type));
    expect(kinds).toEqual(new Set(['sql', 'query', 'write']));
    expect(world.tools.filter((t) => t.type === 'write').map((t) => t.name)).toEqual(['cancel_order', 'assign_case']);
  });

  it('builds once: a name, a folder path and a file path give the same cached world', () => {
    const byName = loadWorld('demo');
    expect(loadWorld('demo')).toBe(byName);
    expect(loadWorld('worlds/demo', { baseDir: packageRoot() })).toBe(byName);
    expect(loadWorld('./worlds/demo/world.yaml', { baseDir: packageRoot() })).toBe(byName);
  });

  it('refuses an unknown world, naming the known ones', () => {
    const error = worldError(() => loadWorld('atlantis'));
    expect(error.message).toContain('unknown world "atlantis"');
    expect(error.message).toContain('demo');
  });
});

describe('loadWorld: world files', () => {
  it('loads a world from a path, resolving its SQL files next to it', async () => {
    const file = writeWorld(tinyWorld(QUERY_TOOL, 'today: "2024-02-29"\n'));
    const world = loadWorld(file);
    expect(world).toMatchObject({ name: 'tiny', today: '2024-02-29', origin: file });
    const env = createSqliteEnvironment(world);
    expect(await env.call('get_item', { id: 1 })).toMatchObject({ ok: true, value: { rows: [{ id: 1, name: 'bolt', qty: 10 }] } });
    env.close();
  });

  it('takes several seed files in order', () => {
    const file = writeWorld(tinyWorld(QUERY_TOOL).replace('seed: seed.sql', 'seed: [seed.sql, more.sql]'), {
      'more.sql': "INSERT INTO items VALUES (3, 'washer', 4);",
    });
    const env = createSqliteEnvironment(loadWorld(file));
    expect(env.query('SELECT count(*) FROM items')).toEqual([[3]]);
    env.close();
  });

  it('points a YAML syntax error at its line and column', () => {
    const nested = worldError(() => loadWorld(writeWorld('name: tiny\nschema: schema.sql\n  seed: seed.sql\n')));
    expect(nested.issues[0]).toMatchObject({ file: expect.stringMatching(/world\.yaml$/), line: 2, column: 9 });
    const twice = worldError(() => loadWorld(writeWorld('name: tiny\nname: again\n')));
    expect(twice.issues).toEqual([expect.objectContaining({ line: 2, column: 1, message: 'Map keys must be unique' })]);
  });

  it('points an unknown key at the key itself', () => {
    const file = writeWorld(tinyWorld(QUERY_TOOL, 'seeds: extra.sql\n'));
    const error = worldError(() => loadWorld(file));
    expect(error.issues).toEqual([expect.objectContaining({ line: 4, column: 1, path: 'seeds', message: 'unknown key "seeds"' })]);
    expect(error.message).toMatch(/world\.yaml:4:1 seeds: unknown key "seeds"$/);
  });

  it('points an unknown tool type at the type value, listing the known kinds', () => {
    const file = writeWorld(tinyWorld('  - type: teleport\n    name: beam\n'));
    const error = worldError(() => loadWorld(file));
    expect(error.issues).toEqual([
      expect.objectContaining({ line: 5, column: 11, path: 'tools[0].type', message: expect.stringMatching(/unknown tool type "teleport" \(known: .*query.*sql.*write/) }),
    ]);
  });

  it('checks a declaration against its kind: unknown keys, bad parameter types', () => {
    const tools = QUERY_TOOL.replace('    sql:', '    sqll: oops\n    sql:').replace('type: integer', 'type: int');
    const error = worldError(() => loadWorld(writeWorld(tinyWorld(tools))));
    expect(error.issues.map((i) => `${i.line}:${i.column} ${i.path}`)).toEqual(
      expect.arrayContaining(['10:5 tools[0].sqll', '9:19 tools[0].parameters.id.type']),
    );
  });

  it('checks the SQL of query tools when the world loads', () => {
    const tools = [
      '  - type: query\n    name: bad_column\n    description: x\n    sql: SELECT nope FROM items\n',
      '  - type: query\n    name: sneaky\n    description: x\n    sql: DELETE FROM items\n',
      '  - type: query\n    name: undeclared\n    description: x\n    sql: SELECT * FROM items WHERE id = :id\n',
      '  - type: query\n    name: unused\n    description: x\n    parameters:\n      id: { type: integer }\n    sql: SELECT * FROM items\n',
      '  - type: write\n    name: reader\n    description: x\n    sql: SELECT * FROM items\n',
      '  - type: query\n    name: unused\n    description: x\n    sql: SELECT 1\n',
    ].join('');
    const error = worldError(() => loadWorld(writeWorld(tinyWorld(tools))));
    const found = error.issues.map((i) => `${i.line} ${i.path}: ${i.message}`);
    expect(found).toEqual([
      '8 tools[0].sql: SQLite rejects the statement: no such column: nope',
      '12 tools[1].sql: only read-only queries (SELECT, WITH, VALUES) are allowed, not DELETE',
      '16 tools[2].sql: the SQL uses :id, which is not a declared parameter',
      '21 tools[3].parameters.id: parameter "id" is not used by the SQL',
      '26 tools[4].sql: a write tool statement must change data; declare a query tool to read',
      '28 tools[5].name: duplicate tool name "unused"',
    ]);
  });

  it('points a missing SQL file at the key naming it', () => {
    const error = worldError(() => loadWorld(writeWorld(tinyWorld(QUERY_TOOL).replace('seed: seed.sql', 'seed: missing.sql'))));
    expect(error.issues).toEqual([expect.objectContaining({ line: 3, column: 7, path: 'seed', message: expect.stringContaining('file not found') })]);
  });

  it('points a failing seed statement at its line in the SQL file', () => {
    const seed = "INSERT INTO items VALUES (1, 'bolt', 10);\n\n  INSERT INTO items VALUES (2, 'nut', -1);\n";
    const error = worldError(() => loadWorld(writeWorld(tinyWorld(QUERY_TOOL), { 'seed.sql': seed })));
    expect(error.issues).toEqual([
      expect.objectContaining({ file: expect.stringMatching(/seed\.sql$/), line: 3, column: 3, message: expect.stringContaining('CHECK constraint failed') }),
    ]);
  });

  it('refuses seed data that breaks a foreign key', () => {
    const seed = "INSERT INTO items VALUES (1, 'bolt', 10);\nINSERT INTO moves VALUES (1, 99, 1);\n";
    const error = worldError(() => loadWorld(writeWorld(tinyWorld(QUERY_TOOL), { 'seed.sql': seed })));
    expect(error.message).toContain('FOREIGN KEY constraint failed');
  });
});

describe('world kinds', () => {
  function tinyImage(): Buffer {
    const db = new Database(':memory:');
    db.exec("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO items VALUES (1, 'bolt');");
    const image = db.serialize();
    db.close();
    return image;
  }

  it('builds a world kind lazily, once per catalog', async () => {
    let calls = 0;
    const catalog = createWorldCatalog({ tools: BUILTIN_TOOL_KINDS, worlds: [{ name: 'test-registered', create: () => {
      calls++;
      return {
        image: tinyImage(),
        today: '2024-01-31',
        orgSchema: { objects: [], today: '2024-01-31' },
        tools: [{ type: 'query', name: 'item_name', description: 'Name of an item.', parameters: { id: { type: 'integer' } }, sql: 'SELECT name FROM items WHERE id = :id' }],
      };
    } }] });
    expect(calls).toBe(0);
    expect(catalog.names()).toEqual(['test-registered']);
    const world = catalog.load('test-registered');
    expect(catalog.load('test-registered')).toBe(world);
    expect(() => loadWorld('test-registered')).toThrow(/unknown world "test-registered"/);
    expect(calls).toBe(1);
    expect(world).toMatchObject({ name: 'test-registered', origin: 'registered:test-registered', today: '2024-01-31', orgSchema: { today: '2024-01-31' } });
    const env = createSqliteEnvironment(world);
    expect(await env.call('item_name', { id: '1' })).toMatchObject({ ok: true, value: { rows: [{ name: 'bolt' }] } });
    env.close();
  });

  it('validates registered tools too, naming the world and the path', () => {
    const catalog = createWorldCatalog({ tools: [...BUILTIN_TOOL_KINDS, ...CRM_TOOL_KINDS], worlds: [{ name: 'test-broken', create: () => ({ image: tinyImage(), tools: [{ type: 'query', name: 'x', description: 'x', sql: 'SELECT * FROM nowhere' }, { name: 'y' }] }) }] });
    const error = worldError(() => catalog.load('test-broken'));
    expect(error.message.split('\n')).toEqual([
      'registered:test-broken tools[0].sql: SQLite rejects the statement: no such table: nowhere',
      'registered:test-broken tools[1].type: missing tool type (known: function, query, soql, sosl, sql, write)',
    ]);
  });

  it('refuses an image that is not a SQLite database', () => {
    const catalog = createWorldCatalog({ tools: BUILTIN_TOOL_KINDS, worlds: [{ name: 'test-garbage', create: () => ({ image: Buffer.from('not a database at all, clearly'), tools: [] }) }] });
    expect(worldError(() => catalog.load('test-garbage')).message).toContain('registered:test-garbage');
  });
});

describe('the demo world files', () => {
  it('ship next to world.yaml', () => {
    for (const name of ['world.yaml', 'schema.sql', 'seed.sql']) {
      expect(existsSync(path.join(packageRoot(), 'worlds', 'demo', name))).toBe(true);
    }
  });
});
