import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CRM_SUITE_DEFAULTS, generateCrmSuite } from '../../../../src/packs/crm/tasks/generate-suite.js';
import { answerScorer } from '../../../../src/judge/answer-scorer.js';
import { DATABASE_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/database.js';
import { createDeterministicJudge } from '../../../../src/judge/deterministic.js';
import { checkScenarios } from '../../../../src/runner/check.js';
import { worldEnvironments } from '../../../../src/runner/world-environments.js';
import { crmPack } from '../../../../src/packs/crm/pack.js';
import { createRegistry } from '../../../../src/registry/registry.js';
import { loadScenarios } from '../../../../src/scenario/load.js';

const repoRoot = path.resolve(import.meta.dirname, '../../../..');
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, base = dir): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? listFiles(full, base) : [path.relative(base, full)];
    })
    .sort();
}

describe.each(['b2b', 'b2c'] as const)('the shipped suite scenarios/crm-%s', (org) => {
  const suiteDir = path.join(repoRoot, 'scenarios', `crm-${org}`);

  it('regenerates byte-identical from the shipped seed and size', () => {
    const outDir = mkdtempSync(path.join(tmpdir(), `usersim-crm-${org}-`));
    dirs.push(outDir);
    // The header path is relative to each file, so a suite written elsewhere names the schema as the shipped one does.
    const result = generateCrmSuite({ org, ...CRM_SUITE_DEFAULTS, outDir, schemaRef: '../../../schema/scenario.schema.json', scorer: answerScorer });
    const committed = listFiles(suiteDir);
    expect(listFiles(outDir)).toEqual(committed);
    for (const file of committed) {
      expect(readFileSync(path.join(outDir, file), 'utf8'), file).toBe(readFileSync(path.join(suiteDir, file), 'utf8'));
    }
    for (const template of DATABASE_TEMPLATES) expect(result.counts[template.taskType], template.taskType).toBeGreaterThanOrEqual(CRM_SUITE_DEFAULTS.perTask);
  });

  it('passes check: the reference agent gets full marks, the naive agent fails wherever a needed fact is withheld', async () => {
    const worlds = worldEnvironments({ registry: createRegistry(crmPack()) });
    const loaded = loadScenarios([suiteDir], { toolsFor: worlds.toolsFor, cwd: repoRoot });
    const rows = await checkScenarios(loaded, { environmentFor: worlds.environmentFor, judge: createDeterministicJudge() });
    const failures = rows.filter((r) => !r.ok).map((r) => `${r.scenarioId}: ${r.reference.detail}; naive: ${r.naive?.detail ?? '-'}`);
    expect(failures).toEqual([]);
    const types = new Set(loaded.map((l) => l.scenario.task_type));
    for (const template of DATABASE_TEMPLATES) expect(types.has(template.taskType), template.taskType).toBe(true);
  }, 600_000);
});
