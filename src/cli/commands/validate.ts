/** `usersim validate <paths…>`: load and lint scenarios and the worlds they use, reporting every problem with file:line:col. */
import { loadScenarios } from '../../scenario/load.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { crmPack } from '../../packs/crm/pack.js';
import { createRegistry } from '../../registry/registry.js';
import { EXIT, type Io } from '../io.js';

export function validateCommand(paths: string[], io: Io): number {
  const scenarios = loadScenarios(paths, worldEnvironments({ registry: createRegistry(crmPack()) }));
  io.out(`✓ ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} valid`);
  return EXIT.ok;
}
