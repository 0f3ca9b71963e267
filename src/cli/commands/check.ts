/**
 * `usersim check <paths…>`: the reference agent must get full marks and the naive agent must fail where facts are
 * withheld. Sanity warnings (a canary found nowhere, a literal reference answer over a withheld fact) are printed
 * with file:line:col but do not change the exit code.
 */
import { createDeterministicJudge } from '../../judge/deterministic.js';
import { renderTable } from '../../report/terminal-table.js';
import { checkScenarios } from '../../runner/check.js';
import { sanityWarnings } from '../../runner/check-sanity.js';
import { formatIssue } from '../../errors.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { crmPack } from '../../packs/crm/pack.js';
import { createRegistry } from '../../registry/registry.js';
import { loadScenarios } from '../../scenario/load.js';
import { EXIT, type Io } from '../io.js';

export async function checkCommand(paths: string[], io: Io): Promise<number> {
  const worlds = worldEnvironments({ registry: createRegistry(crmPack()) });
  const scenarios = loadScenarios(paths, worlds);
  const rows = await checkScenarios(scenarios, { environmentFor: worlds.environmentFor, judge: createDeterministicJudge() });
  io.out(
    renderTable(
      ['', 'scenario', 'reference', 'naive', 'detail'],
      rows.map((r) => [
        r.ok ? '✓' : '✗',
        r.scenarioId,
        r.reference.pass ? 'full marks' : 'FAILS',
        r.naive === null ? 'n/a' : r.naive.failed ? 'fails' : 'PASSES',
        r.ok ? (r.naive?.detail ?? r.reference.detail) : [r.reference.pass ? '' : r.reference.detail, r.naive && !r.naive.failed ? r.naive.detail : ''].filter(Boolean).join('; '),
      ]),
    ),
  );
  const warnings = sanityWarnings(scenarios, worlds.environmentFor);
  if (warnings.length) io.out(`\n${warnings.map((w) => `⚠ ${formatIssue(w)}`).join('\n')}`);
  const bad = rows.filter((r) => !r.ok);
  io.out(bad.length ? `\n✗ ${bad.length} of ${rows.length} scenarios failed the check` : `\n✓ all ${rows.length} scenarios are solvable and discriminating`);
  return bad.length ? EXIT.failed : EXIT.ok;
}
