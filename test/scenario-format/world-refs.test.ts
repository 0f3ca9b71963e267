import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../helpers/cli.js';
import { edit, helpdeskCopy, helpdeskDir } from './helpers.js';

describe('world: paths and world validation', () => {
  it('resolves world: against the scenario file, so check works from another folder', () => {
    const dir = helpdeskCopy();
    // The child's working directory is elsewhere, so tsx must be named by its absolute location.
    const tsx = import.meta.resolve('tsx');
    const entry = fileURLToPath(new URL('../helpers/cli-entry.ts', import.meta.url));
    const r = spawnSync(process.execPath, ['--import', tsx, entry, 'check', join(repoRoot, helpdeskDir, 'recent.yaml')], { cwd: dir, encoding: 'utf8' });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('helpdesk.recent');
  });

  it('validate refuses a world that does not exist, at the world: node', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent.yaml', (t) => t.replace('world: ./world.yaml', 'world: ./nowhere/world.yaml'));
    const r = await cli('validate', file);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent\.yaml:3:8 world: unknown world/);
  });

  it('validate reports a broken world.yaml with its own file:line:col', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'world.yaml', (t) => t.replace('WHERE id = :ticket_id AND', 'WHERE idd = :ticket_id AND'));
    const r = await cli('validate', join(dir, 'recent.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent\.yaml:3:8 world: world "[^"]+" is broken:/);
    expect(r.err).toMatch(/world\.yaml:\d+:\d+ tools\[2\]\.sql: SQLite rejects the statement: no such column: idd/);
  });

  it('validate reports broken seeds and unknown tool kinds', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'seed.sql', (t) => `${t}INSERT INTO tickets VALUES (4, 'X', 'Y', 'lost', '2025-01-01', '[]');\n`);
    const seeds = await cli('validate', join(dir, 'recent.yaml'));
    expect(seeds.code).toBe(2);
    expect(seeds.err).toMatch(/seed\.sql:6:1 CHECK constraint failed/);

    const other = helpdeskCopy();
    edit(other, 'world.yaml', (t) => t.replace('type: sql', 'type: sequel'));
    const kinds = await cli('validate', join(other, 'recent.yaml'));
    expect(kinds.code).toBe(2);
    expect(kinds.err).toMatch(/world\.yaml:7:11 tools\[0\]\.type: unknown tool type "sequel"/);
  });

  it('validate checks state queries against the world', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'recent.yaml', (t) => t.replace('expect:\n', 'expect:\n  state:\n    - query: SELECT stat FROM tickets WHERE id = 1\n      equals: [[open]]\n'));
    const r = await cli('validate', join(dir, 'recent.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent\.yaml:\d+:14 expect\.state\[0\]\.query: the state query does not run: no such column: stat/);
  });

  it('run refuses to start on a broken world and writes nothing', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'world.yaml', (t) => t.replace('schema: schema.sql', 'schema: missing.sql'));
    const out = join(dir, 'run');
    const r = await cli('run', join(dir, 'recent.yaml'), '--out', out);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/world\.yaml:3:9 schema: file not found/);
    expect(existsSync(out)).toBe(false);
  });
});
