/**
 * Lints that need the scenario's world loaded: the world exists and builds
 * (schema, seeds, tool declarations), and each state query prepares against
 * its database as a read-only statement. They run only when the caller hands
 * the loader a `worlds` checker (the CLI and `worldEnvironments` do), because
 * the scenario layer does not import the environment.
 */
import type { PathSegment, ScenarioProblem } from './problem.js';
import type { Scenario } from './schema.js';

/** Answers the world questions the loader asks; implemented by `worldEnvironments`. */
export interface WorldChecker {
  /** Why `world` cannot be used (unknown, or broken with its own `file:line:col` lines), or undefined when it loads. */
  worldProblem(world: string): string | undefined;
  /** Why `sql` is not a valid read-only query against `world`'s database, or undefined. Called only for worlds that load. */
  queryProblem(world: string, sql: string): string | undefined;
  /** The probe category ids the world declares (world.yaml `probe_categories`); none when it does not load. */
  probeCategories?(world: string): readonly string[];
}

/** The problems of a scenario's world and of its state queries against it. */
export function lintWorld(scenario: Scenario, worlds: WorldChecker | undefined): ScenarioProblem[] {
  if (worlds === undefined) return [];
  const problem = worlds.worldProblem(scenario.world);
  if (problem !== undefined) return [{ path: ['world'], message: problem }];
  const out: ScenarioProblem[] = [];
  const state = scenario.expect.state === 'reference' ? [] : scenario.expect.state;
  state.forEach((assertion, i) => {
    const path: PathSegment[] = ['expect', 'state', i, 'query'];
    const message = worlds.queryProblem(scenario.world, assertion.query);
    if (message !== undefined) out.push({ path, message: `the state query ${message}` });
  });
  return out;
}
