/** `usersim check <paths…>`: the reference agent must get full marks and the naive agent must fail where facts are withheld. */
import { createDeterministicJudge } from '../../judge/deterministic.js';
import { renderTable } from '../../report/terminal-table.js';
import { checkScenarios } from '../../runner/check.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { loadScenarios } from '../../scenario/load.js';
import { EXIT, type Io } from '../io.js';

export async function checkCommand(paths: string[], io: Io): Promise<number> {
  const worlds = worldEnvironments();
  const scenarios = loadScenarios(paths, { toolsFor: worlds.toolsFor, worldProblems: worlds.worldProblems });
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
  const bad = rows.filter((r) => !r.ok);
  io.out(bad.length ? `\n✗ ${bad.length} of ${rows.length} scenarios failed the check` : `\n✓ all ${rows.length} scenarios are solvable and discriminating`);
  return bad.length ? EXIT.failed : EXIT.ok;
}
