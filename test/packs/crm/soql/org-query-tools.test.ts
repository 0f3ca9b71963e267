/**
 * SOQL and SOSL as environment tool kinds: declared by a world with an org
 * schema, called through the Environment interface, errors as observations.
 */
import { describe, expect, it } from 'vitest';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';
import { createWorldCatalog } from '../../../../src/environment/world-catalog.js';
import { BUILTIN_TOOL_KINDS, toolKindMap } from '../../../../src/environment/tool-kinds.js';
import { CRM_TOOL_KINDS } from '../../../../src/packs/crm/tool-kinds.js';
import { createWorld } from '../../../../src/environment/world.js';
import { createFixtureOrg } from './fixture-org.js';

function orgWorld(tools: Record<string, unknown>[]) {
  const { db, schema } = createFixtureOrg();
  const image = db.serialize();
  db.close();
  return { image, tools, orgSchema: schema };
}

describe('soql and sosl tool kinds', () => {
  const catalog = createWorldCatalog({ tools: [...BUILTIN_TOOL_KINDS, ...CRM_TOOL_KINDS], worlds: [{ name: 'test-org', create: () => orgWorld([{ type: 'soql' }, { type: 'sosl', max_records: 5 }]) }] });
  const env = () => createSqliteEnvironment(catalog.load('test-org'));

  it('describe the org in their specs', () => {
    const specs = env().tools();
    expect(specs.map((t) => t.name)).toEqual(['soql', 'sosl']);
    expect(specs[0]?.description).toMatch(/Account: Id, Name/);
    expect(specs[0]?.description).toMatch(/Today is 2024-06-15/);
    expect(specs.every((t) => !t.writes)).toBe(true);
  });

  it('answer SOQL with Salesforce-shaped records', async () => {
    const out = await env().call('soql', { query: "SELECT Id, Name FROM Account WHERE Name = 'Acme Corporation'" });
    expect(out.ok).toBe(true);
    expect(out.ok && (out.value as { totalSize: number }).totalSize).toBe(1);
  });

  it('return malformed queries and writes as failed outcomes, never throwing', async () => {
    const bad = await env().call('soql', { query: 'SELEC Name FROM Account' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'E_SQL' } });
    expect(!bad.ok && bad.error.message).toMatch(/^MALFORMED_QUERY/);
    const write = await env().call('soql', { query: 'DELETE FROM Account' });
    expect(write.ok).toBe(false);
    const args = await env().call('soql', { q: 'SELECT Id FROM Account' });
    expect(args).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
  });

  it('search with SOSL', async () => {
    const out = await env().call('sosl', { query: 'FIND {Acme*} IN NAME FIELDS RETURNING Account(Name)' });
    expect(out.ok).toBe(true);
    expect(out.ok && (out.value as { searchRecords: unknown[] }).searchRecords.length).toBeGreaterThan(0);
  });

  it('refuse a world without an org schema', () => {
    expect(() => createWorld('no-org', { ...orgWorld([{ type: 'soql' }]), orgSchema: undefined }, { toolKinds: toolKindMap([...BUILTIN_TOOL_KINDS, ...CRM_TOOL_KINDS]) })).toThrow(/org schema/);
  });
});
