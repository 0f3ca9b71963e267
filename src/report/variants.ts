/**
 * Groups results by variant (agent × condition) in a stable order, so every
 * table and chart of a report lists variants the same way and two reports of
 * the same results are byte-identical. Order: the manifest's agent and
 * condition order when known, then any others alphabetically.
 */
import type { EpisodeResult } from '../runner/result.js';
import type { VariantKey } from './report-model.js';

/** A variant and its episodes, in stored order. */
export interface VariantGroup {
  key: VariantKey;
  results: EpisodeResult[];
}

/** Stable order: known names first in their given order, the rest sorted. */
export function orderNames(names: Iterable<string>, known: readonly string[] = []): string[] {
  const present = new Set(names);
  const first = known.filter((n) => present.has(n));
  const rest = [...present].filter((n) => !known.includes(n)).sort();
  return [...new Set([...first, ...rest])];
}

/** The display name of a variant: the agent alone when the run has a single condition. */
export function variantLabel(agent: string, condition: string, conditionCount: number): string {
  return conditionCount > 1 ? `${agent} · ${condition}` : agent;
}

/** Results grouped by agent × condition, ordered as described above. */
export function groupByVariant(
  results: readonly EpisodeResult[],
  order: { agents?: readonly string[]; conditions?: readonly string[] } = {},
): VariantGroup[] {
  const agents = orderNames(results.map((r) => r.agent), order.agents);
  const conditions = orderNames(results.map((r) => r.condition), order.conditions);
  const groups: VariantGroup[] = [];
  for (const agent of agents) {
    for (const condition of conditions) {
      const matching = results.filter((r) => r.agent === agent && r.condition === condition);
      if (matching.length === 0) continue;
      groups.push({ key: { agent, condition, variant: variantLabel(agent, condition, conditions.length) }, results: matching });
    }
  }
  return groups;
}
