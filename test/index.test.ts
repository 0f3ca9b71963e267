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
    const worlds = usersim.worldEnvironments();
    const scenarios = usersim.loadScenarios(['scenarios/demo'], { toolsFor: worlds.toolsFor });
    const outDir = mkdtempSync(join(tmpdir(), 'usersim-api-'));
    const outcome = await usersim.createRunner({ environmentFor: worlds.environmentFor, clock: usersim.createManualClock() }).run({
      scenarios,
      agents: [usersim.agentVariant('reference'), usersim.agentVariant('naive')],
      user: usersim.userVariant('agenda'),
      judge: usersim.createDeterministicJudge(),
      seeds: usersim.defaultSeeds(1),
      outDir,
    });
    const rows = usersim.summarize(usersim.readResults(outDir));
    expect(outcome.ran).toBe(scenarios.length * 2);
    expect(rows.find((r) => r.agent === 'reference')?.success).toBe(1);
    expect(rows.find((r) => r.agent === 'naive')?.success).toBeLessThan(1);
  });
});
