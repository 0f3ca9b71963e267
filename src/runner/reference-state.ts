/**
 * `expect.state: reference` (τ²-bench's database check): after the episode,
 * the reference steps are replayed on a fresh copy of the world, and the
 * tables the write tools can change must hold the same rows in both. Only the
 * tool steps are replayed, with every fact known, so the reference state is
 * what the task should leave behind whatever the conversation was.
 */
import { renderArgs, type TemplateScope } from '../agents/reference-templates.js';
import type { EnvSnapshot, Environment } from '../environment/environment.js';
import type { StateReferenceVerdict } from '../judge/judge.js';
import type { Scenario } from '../scenario/schema.js';

/**
 * Replays `scenario.reference` on `fresh` (reset to `seed`) and compares its
 * write tables with `episode`'s. A reference step that fails is reported as
 * the verdict's error: a broken reference must not pass.
 */
export async function compareWithReference(scenario: Scenario, seed: number, episode: Environment, fresh: Environment): Promise<StateReferenceVerdict> {
  const tables = episode.writableTables();
  const scope = tables ? { tables } : undefined;
  const after = episode.snapshot(scope);
  fresh.reset(seed);
  let last: unknown = undefined;
  const facts = new Map(scenario.user.facts.map((f) => [f.id, f.value]));
  const templates: TemplateScope = {
    fact: (id) => facts.get(id),
    get last() {
      return last;
    },
  };
  for (const [i, step] of scenario.reference.entries()) {
    if (!('tool' in step)) continue;
    const outcome = await fresh.call(step.tool, renderArgs(step.args, templates) as Record<string, unknown>);
    if (!outcome.ok) {
      return { pass: false, tables: Object.keys(after.tables), differences: [], error: `reference[${i}] ${step.tool} failed on replay: ${outcome.error.message}` };
    }
    last = outcome.value;
  }
  const expected = fresh.snapshot(scope);
  return { ...diffTables(expected, after), tables: Object.keys(expected.tables).sort() };
}

function diffTables(expected: EnvSnapshot, actual: EnvSnapshot): Pick<StateReferenceVerdict, 'pass' | 'differences'> {
  const differences: StateReferenceVerdict['differences'] = [];
  for (const table of Object.keys(expected.tables).sort()) {
    const want = (expected.tables[table]?.rows ?? []).map((r) => JSON.stringify(r));
    const got = (actual.tables[table]?.rows ?? []).map((r) => JSON.stringify(r));
    const missing = multisetMinus(want, got);
    const unexpected = multisetMinus(got, want);
    if (missing.length > 0 || unexpected.length > 0) {
      differences.push({ table, missing: missing.map((r) => JSON.parse(r) as unknown[]), unexpected: unexpected.map((r) => JSON.parse(r) as unknown[]) });
    }
  }
  return { pass: differences.length === 0, differences };
}

function multisetMinus(a: readonly string[], b: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const x of b) counts.set(x, (counts.get(x) ?? 0) + 1);
  return a.filter((x) => {
    const n = counts.get(x) ?? 0;
    if (n > 0) {
      counts.set(x, n - 1);
      return false;
    }
    return true;
  });
}
