/**
 * Probe categories beyond CRMArena's three: a scenario (or its world) declares
 * them with a description, and every probe's category must be built in or
 * declared, so a typo cannot open a category of its own in the metrics.
 */
import { suggestion } from './did-you-mean.js';
import type { ScenarioProblem } from './problem.js';
import { BUILTIN_PROBE_CATEGORIES, type Scenario } from './schema.js';

/** Problems with probe categories; `worldCategories` are the ids the scenario's world declares. */
export function lintProbeCategories(scenario: Scenario, worldCategories: readonly string[]): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const known: string[] = [...BUILTIN_PROBE_CATEGORIES, ...worldCategories];
  scenario.probe_categories.forEach((c, i) => {
    if (known.includes(c.id)) out.push({ path: ['probe_categories', i, 'id'], message: `probe category "${c.id}" is already ${BUILTIN_PROBE_CATEGORIES.includes(c.id as never) ? 'built in' : 'declared by the world'}` });
    known.push(c.id);
  });
  scenario.probes.forEach((probe, i) => {
    if (!known.includes(probe.category)) {
      out.push({ path: ['probes', i, 'category'], message: `unknown probe category "${probe.category}": declare it in probe_categories (known: ${known.join(', ')})${suggestion(probe.category, known)}` });
    }
  });
  return out;
}
