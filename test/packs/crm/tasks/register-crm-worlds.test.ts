import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';

import { CRM_TODAY } from '../../../../src/packs/crm/org/crm-org-schema.js';
import { crmPack } from '../../../../src/packs/crm/pack.js';
import { createRegistry } from '../../../../src/registry/registry.js';
import { worldEnvironments } from '../../../../src/runner/world-environments.js';

const cacheDir = mkdtempSync(join(tmpdir(), 'usersim-crm-worlds-'));
afterAll(() => {
  rmSync(cacheDir, { recursive: true, force: true });
});

const registry = createRegistry(crmPack({ cacheDir }));

describe('crmPack', () => {
  it('lists both worlds in a registry that adds the pack, and in no other', () => {
    expect(registry.worlds.names()).toEqual(['crm-b2b', 'crm-b2c']);
    expect(createRegistry().worlds.names()).toEqual([]);
    expect(worldEnvironments().toolsFor('crm-b2b')).toBeUndefined();
  });

  it('gives a world with the query and write tools, the org schema and its today', () => {
    const world = registry.worlds.load('crm-b2b');
    expect(registry.worlds.load('crm-b2b')).toBe(world);
    expect(world.tools.map((t) => t.name)).toEqual(['soql', 'sosl', 'assign_case_owner', 'assign_lead_owner', 'update_opportunity_stage']);
    expect(world.today).toBe(CRM_TODAY.b2b);
    expect(world.orgSchema?.objects.some((o) => o.name === 'Case')).toBe(true);
    expect(worldEnvironments({ registry }).toolsFor('crm-b2b')).toContain('soql');
  });

  it('offers write tools that change only existing records, and keep an opportunity consistent', async () => {
    const env = createSqliteEnvironment(registry.worlds.load('crm-b2b'));
    try {
      const [[caseId, owner]] = env.query("SELECT Id, OwnerId FROM \"Case\" WHERE IsClosed = 0 ORDER BY Id LIMIT 1") as [[string, string]];
      const [[other]] = env.query(`SELECT Id FROM "User" WHERE Title = 'Service Agent' AND Id <> '${owner}' ORDER BY Id LIMIT 1`) as [[string]];
      const moved = await env.call('assign_case_owner', { case_id: caseId, owner_id: other });
      expect(moved).toMatchObject({ ok: true, value: { changes: 1, rows: [{ Id: caseId, OwnerId: other }] } });
      const bad = await env.call('assign_case_owner', { case_id: caseId, owner_id: '005000000000000AAA' });
      expect(bad).toMatchObject({ ok: true, value: { changes: 0 } });
      expect(env.query(`SELECT OwnerId FROM "Case" WHERE Id = '${caseId}'`)).toEqual([[other]]);

      const [[oppId]] = env.query("SELECT Id FROM Opportunity WHERE IsClosed = 0 ORDER BY Id LIMIT 1") as [[string]];
      const won = await env.call('update_opportunity_stage', { opportunity_id: oppId, stage: 'Closed Won' });
      expect(won).toMatchObject({ ok: true, value: { changes: 1 } });
      expect(env.query(`SELECT StageName, IsClosed, IsWon, Probability FROM Opportunity WHERE Id = '${oppId}'`)).toEqual([['Closed Won', 1, 1, 100]]);
      const wrong = await env.call('update_opportunity_stage', { opportunity_id: oppId, stage: 'Won' });
      expect(wrong.ok).toBe(false);

      const soql = await env.call('soql', { query: `SELECT StageName FROM Opportunity WHERE Id = '${oppId}'` });
      expect(soql).toMatchObject({ ok: true, value: { totalSize: 1, records: [{ StageName: 'Closed Won' }] } });
    } finally {
      env.close();
    }
  });
});
