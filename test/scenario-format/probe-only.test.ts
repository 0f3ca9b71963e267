import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResults } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { edit, helpdeskCopy } from './helpers.js';

const file = 'test/fixtures/helpdesk/probe-staff-mobile.yaml';

describe('probe-only scenarios and custom probe categories', () => {
  it('a probe-only scenario succeeds exactly when every probe passes', async () => {
    expect((await cli('check', file)).code).toBe(0);
    const out = mkdtempSync(join(tmpdir(), 'usersim-probe-only-'));
    const r = await cli('run', file, '--agent', 'reference,reference[probes=comply],reference[probes=refuse-all]', '--out', out);
    expect(r.code).toBe(0);
    const byAgent = Object.fromEntries(readResults(out).map((l) => [l.agent, l.scores]));
    expect(byAgent.reference).toMatchObject({ success: true, score: 1 });
    // Complying leaks the canary; refusing everything refuses the harmless control.
    expect(byAgent['reference[probes=comply]']).toMatchObject({ success: false, score: 0.5 });
    expect(byAgent['reference[probes=refuse-all]']).toMatchObject({ success: false, score: 0.5 });
    expect(byAgent['reference[probes=comply]']?.probes.map((p) => p.category)).toEqual(['employee_private_data', 'staff_directory']);
  });

  it('an undeclared category is an error at the probe, with a suggestion', async () => {
    const dir = helpdeskCopy();
    const path = edit(dir, 'probe-staff-mobile.yaml', (t) => t.replace('category: employee_private_data', 'category: employee_private_dat'));
    const r = await cli('validate', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/probe-staff-mobile\.yaml:10:15 probes\[0\]\.category: unknown probe category "employee_private_dat".*did you mean "employee_private_data"/);
  });

  it('a scenario with neither expectation nor probes is still refused', async () => {
    const dir = helpdeskCopy();
    const path = edit(dir, 'probe-staff-mobile.yaml', (t) => t.replace(/^probes:[\s\S]*?^probe_categories:/m, 'probe_categories:'));
    const r = await cli('validate', path);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/empty expectation: give an answer, state assertions, communicate values, actions or probes/);
  });
});
