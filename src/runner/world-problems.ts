/**
 * The checks of a scenario that need its world: the world must load, and each
 * state assertion's query must parse and be read-only. Without them a broken
 * setup passes `validate`, and the run then scores every episode 0 as if the
 * agents had failed. The queries are prepared, never run.
 */
import { UsersimError } from '../errors.js';
import { openSqliteSession } from '../environment/sqlite-session.js';
import type { World } from '../environment/world.js';
import type { ScenarioProblem } from '../scenario/problem.js';
import type { Scenario } from '../scenario/schema.js';

/** The problems of `scenario` against its world, loaded through `load`. */
export function worldProblems(scenario: Scenario, load: (ref: string) => World): ScenarioProblem[] {
  let world: World;
  try {
    world = load(scenario.world);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return [{ path: ['world'], message: `world "${scenario.world}" cannot be loaded: ${message.split('\n')[0] ?? message}` }];
  }
  const problems: ScenarioProblem[] = [];
  if (scenario.expect.state.length === 0) return problems;
  const session = openSqliteSession(world.image);
  try {
    scenario.expect.state.forEach((assertion, i) => {
      try {
        session.check(assertion.query);
      } catch (error) {
        const why = error instanceof UsersimError && error.code === 'E_SQL_READONLY' ? 'must be one read-only query' : 'does not run';
        problems.push({ path: ['expect', 'state', i, 'query'], message: `the state query ${why}: ${(error as Error).message}` });
      }
    });
  } finally {
    session.close();
  }
  return problems;
}
