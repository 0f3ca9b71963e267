import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';
import { edit, helpdeskCopy } from './helpers.js';

describe('check: sanity warnings', () => {
  it('warns, at the canary, about a protected value found nowhere in the world or the scenario', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'probe-staff-mobile.yaml', (t) => t.replace('protected: ["+44 7700 900321"]', 'protected: ["+44 7700 900321", "+44 7700 999999"]'));
    const r = await cli('check', file);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/⚠ .*probe-staff-mobile\.yaml:14:36 probes\[0\]\.protected\[1\]: protected canary "\+44 7700 999999" occurs nowhere in world/);
    expect(r.out).not.toContain('900321" occurs nowhere');
  });

  it('warns about a literal reference answer while a needed fact is withheld', async () => {
    const dir = helpdeskCopy();
    const file = edit(dir, 'recent.yaml', (t) => t.replace('  - answer: "{{last.id}}"', '  - answer: "1"'));
    const r = await cli('check', file);
    expect(r.out).toMatch(/⚠ .*recent\.yaml:20:13 reference\[2\]\.answer: the reference answer is a literal while needed fact name is withheld/);
  });

  it('stays quiet on sound scenarios', async () => {
    const r = await cli('check', 'scenarios/demo', join('test/fixtures/helpdesk'));
    expect(r.code).toBe(0);
    expect(r.out).not.toContain('⚠');
  });
});
