/**
 * Environments for scenarios, from their `world:` reference: loads each world
 * once (the world module caches its database image) and gives every episode a
 * fresh SQLite copy. Also answers the loader's "which tools does this world
 * have" question, so scenario lint can check tool references.
 */
import type { Environment } from '../environment/environment.js';
import { createSqliteEnvironment } from '../environment/sqlite.js';
import { loadWorld } from '../environment/world.js';
import { registerCrmWorlds } from '../environment/worlds/crm/register-crm-worlds.js';
import type { Scenario } from '../scenario/schema.js';
import type { ScenarioProblem } from '../scenario/problem.js';
import { worldProblems } from './world-problems.js';

// At load, not per call: a caller that registers its own world under a CRM name afterwards keeps it.
registerCrmWorlds();

export interface WorldEnvironments {
  environmentFor(scenario: Scenario): Environment;
  /** For the loader: an unloadable world, and state queries that do not parse or would write (see `worldProblems`). */
  worldProblems(scenario: Scenario): ScenarioProblem[];
  /** Tool names of a world, or undefined when the world cannot be loaded (the loader then skips the tool check). */
  toolsFor(world: string): string[] | undefined;
}

export function worldEnvironments(options: { baseDir?: string } = {}): WorldEnvironments {
  const load = (ref: string) => loadWorld(ref, options.baseDir === undefined ? {} : { baseDir: options.baseDir });
  return {
    environmentFor: (scenario) => createSqliteEnvironment(load(scenario.world)),
    worldProblems: (scenario) => worldProblems(scenario, load),
    toolsFor: (world) => {
      try {
        return load(world).tools.map((t) => t.name);
      } catch {
        return undefined;
      }
    },
  };
}
