import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenarioFile } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { edit, helpdeskCopy } from './helpers.js';

describe('extends:', () => {
  it('deep-merges the child over its base: ids merge item by item, null removes a key', () => {
    const { scenario } = loadScenarioFile('test/fixtures/helpdesk/recent-april.yaml');
    expect(scenario.title).toBe('Which tickets did Ada open recently');
    expect(scenario.world).toBe('./test/fixtures/helpdesk/world.yaml');
    expect(scenario.user.facts).toEqual([{ id: 'name', text: 'my full name', value: 'Ada Byrne', disclose: 'volunteer', cues: [], not_cues: [], needed: true }]);
    expect(scenario.reference).toHaveLength(3);
    expect(scenario.today).toBe('2025-04-15');
  });

  it('a folder check loads the variants and skips the base and the world file', async () => {
    const r = await cli('check', 'test/fixtures/helpdesk');
    expect(r.code).toBe(0);
    expect(r.out).toContain('helpdesk.recent-april');
    expect(r.out).toMatch(/all 6 scenarios/);
  });

  it('a problem written in the base is reported in the base file', async () => {
    const dir = helpdeskCopy();
    edit(dir, 'recent.base.yaml', (t) => t.replace('disclose: on_request', 'disclose: sometimes'));
    edit(dir, 'recent-april.yaml', (t) => t.replace('{ id: name, disclose: volunteer, cues: null }', '{ id: name, cues: null }'));
    const r = await cli('validate', join(dir, 'recent-april.yaml'));
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent\.base\.yaml:11:17 user\.facts\[0\]\.disclose: expected one of volunteer, on_request, never \(got "sometimes"\)/);
  });

  it('a missing base and a cycle are errors at the extends: key', async () => {
    const dir = helpdeskCopy();
    const missing = edit(dir, 'recent-april.yaml', (t) => t.replace('extends: recent.base.yaml', 'extends: nowhere.base.yaml'));
    const r = await cli('validate', missing);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/recent-april\.yaml:2:10 extends: cannot read base scenario "nowhere\.base\.yaml"/);

    writeFileSync(join(dir, 'a.base.yaml'), 'extends: b.base.yaml\ntitle: A\n');
    writeFileSync(join(dir, 'b.base.yaml'), 'extends: a.base.yaml\ntitle: B\n');
    const cyclic = edit(dir, 'recent-april.yaml', (t) => t.replace('extends: nowhere.base.yaml', 'extends: a.base.yaml'));
    const c = await cli('validate', cyclic);
    expect(c.code).toBe(2);
    expect(c.err).toMatch(/b\.base\.yaml:1:10 extends: extends cycle: .*recent-april\.yaml → .*a\.base\.yaml → .*b\.base\.yaml → .*a\.base\.yaml/);
  });
});
