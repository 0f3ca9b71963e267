/**
 * Environments for scenarios, from their `world:` reference: loads each world
 * once through a registry's world catalog (which caches its database image)
 * and gives every episode a fresh SQLite copy. Also answers the loader's
 * questions about worlds (which tools a world has, whether it loads, whether a
 * state query prepares against it), so `validate`, `check` and `run` refuse a
 * scenario whose world is broken.
 */
import type { Environment } from '../environment/environment.js';
import { createSqliteEnvironment } from '../environment/sqlite.js';
import type { World } from '../environment/world.js';
import { queryProblem } from '../environment/world-query-check.js';
import { createRegistry, type Registry } from '../registry/registry.js';
import type { WorldChecker } from '../scenario/lint-world.js';
import type { Scenario } from '../scenario/schema.js';

export interface WorldEnvironments {
  environmentFor(scenario: Scenario): Environment;
  /** Tool names of a world, or undefined when the world cannot be loaded (the loader then skips the tool check). */
  toolsFor(world: string): string[] | undefined;
  /** The world checks the scenario loader runs (pass this object as its options). */
  worlds: WorldChecker;
}

/** Options of {@link worldEnvironments}. */
export interface WorldEnvironmentsOptions {
  /** Where relative world paths are resolved (default: the working directory). */
  baseDir?: string;
  /** The registry whose worlds and tool kinds to use; the built-ins by default (add `crmPack()` for the CRM worlds). */
  registry?: Registry;
}

export function worldEnvironments(options: WorldEnvironmentsOptions = {}): WorldEnvironments {
  const catalog = (options.registry ?? createRegistry()).worlds;
  const load = (ref: string) => catalog.load(ref, options.baseDir === undefined ? {} : { baseDir: options.baseDir });
  // Episodes ask for their world by reference; resolving a reference to a file (two existence checks and a
  // stat, synchronous) is done once per reference, not once per episode. Failures are not kept: they throw again.
  const loaded = new Map<string, World>();
  const worldOf = (ref: string): World => {
    let world = loaded.get(ref);
    if (!world) {
      world = load(ref);
      loaded.set(ref, world);
    }
    return world;
  };
  return {
    environmentFor: (scenario) => createSqliteEnvironment(worldOf(scenario.world), scenario.today === undefined ? {} : { today: scenario.today }),
    toolsFor: (world) => {
      try {
        return worldOf(world).tools.map((t) => t.name);
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
