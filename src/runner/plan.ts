/**
 * Planning: the cross product scenarios × conditions × agent variants × seeds,
 * in a fixed order so that plans, and the result files written in plan order,
 * are reproducible.
 */
import type { LoadedScenario } from '../scenario/schema.js';
import { episodeKey, type Condition, type EpisodeSpec } from './result.js';

export interface PlanInput {
  scenarios: readonly LoadedScenario[];
  conditions: readonly Condition[];
  agents: readonly string[];
  user: string;
  seeds: readonly number[];
}

/** Every planned episode, ordered by scenario, condition, agent, then seed. */
export function planEpisodes(input: PlanInput): EpisodeSpec[] {
  const specs: EpisodeSpec[] = [];
  for (const { scenario, file, hash } of input.scenarios) {
    for (const condition of input.conditions) {
      for (const agent of input.agents) {
        for (const seed of input.seeds) {
          const spec = { scenarioId: scenario.id, scenarioHash: hash, file, condition, agent, user: input.user, seed };
          specs.push({ key: episodeKey(spec), ...spec });
        }
      }
    }
  }
  return specs;
}

/** Seeds 1..n, the default seed plan. */
export function defaultSeeds(n: number): number[] {
  return Array.from({ length: n }, (_, i) => i + 1);
}
