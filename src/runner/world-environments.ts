/**
 * Environments for scenarios, from their `world:` reference: loads each world
 * once (the world module caches its database image) and gives every episode a
 * fresh SQLite copy. Also answers the loader's questions about worlds (which
 * tools a world has, whether it loads, whether a state query prepares against
 * it), so `validate`, `check` and `run` refuse a scenario whose world is broken.
 */
import type { Environment } from '../environment/environment.js';
import { createSqliteEnvironment } from '../environment/sqlite.js';
import { loadWorld } from '../environment/world.js';
import { queryProblem } from '../environment/world-query-check.js';
import { registerCrmWorlds } from '../packs/crm/org/register-crm-worlds.js';
import type { WorldChecker } from '../scenario/lint-world.js';
import type { Scenario } from '../scenario/schema.js';

// At load, not per call: a caller that registers its own world under a CRM name afterwards keeps it.
registerCrmWorlds();

export interface WorldEnvironments {
  environmentFor(scenario: Scenario): Environment;
  /** Tool names of a world, or undefined when the world cannot be loaded (the loader then skips the tool check). */
  toolsFor(world: string): string[] | undefined;
  /** The world checks the scenario loader runs (pass this object as its options). */
  worlds: WorldChecker;
}

export function worldEnvironments(options: { baseDir?: string } = {}): WorldEnvironments {
  const load = (ref: string) => loadWorld(ref, options.baseDir === undefined ? {} : { baseDir: options.baseDir });
  return {
    environmentFor: (scenario) => createSqliteEnvironment(load(scenario.world), scenario.today === undefined ? {} : { today: scenario.today }),
    toolsFor: (world) => {
      try {
        return load(world).tools.map((t) => t.name);
      } catch {
        return undefined;
      }
    },
    worlds: {
      worldProblem(world) {
        try {
          load(world);
          return undefined;
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          return message.includes('\n') || /^\S+:\d+:\d+ /.test(message) ? `world "${world}" is broken:\n  ${message.split('\n').join('\n  ')}` : message;
        }
      },
      queryProblem: (world, sql) => queryProblem(load(world), sql),
      probeCategories(world) {
        try {
          return load(world).probeCategories.map((c) => c.id);
        } catch {
          return [];
        }
      },
    },
  };
}
