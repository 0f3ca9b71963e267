/**
 * The public API: the barrel exposes the documented entry points, and an
 * offline run works through it alone.
 */
import { readFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as usersim from '../src/index.js';

describe('public API', () => {
  it('keeps USERSIM_VERSION in step with package.json', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(usersim.USERSIM_VERSION).toBe(pkg.version);
  });

  it('runs the demo suite end to end through the barrel', async () => {
    const registry = usersim.createRegistry();
    const scenarios = usersim.loadScenarios(['scenarios/demo'], usersim.worldEnvironments({ registry }));
    const outDir = mkdtempSync(join(tmpdir(), 'usersim-api-'));
    const outcome = await usersim.createRunner({ registry, clock: usersim.createManualClock() }).run({
      scenarios,
      agents: [registry.agent('reference'), registry.agent('naive')],
      user: registry.user('agenda'),
      judge: registry.judge(),
      seeds: usersim.defaultSeeds(1),
      outDir,
    });
    const rows = usersim.summarize(usersim.readResults(outDir));
    expect(outcome.ran).toBe(scenarios.length * 2);
    expect(rows.find((r) => r.agent === 'reference')?.success).toBe(1);
    expect(rows.find((r) => r.agent === 'naive')?.success).toBeLessThan(1);
  });
});
