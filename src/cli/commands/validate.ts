/** `usersim validate <paths…>`: load and lint scenarios, reporting every problem with file:line:col. */
import { loadScenarios } from '../../scenario/load.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { EXIT, type Io } from '../io.js';

export function validateCommand(paths: string[], io: Io): number {
  const { toolsFor, worldProblems } = worldEnvironments();
  const scenarios = loadScenarios(paths, { toolsFor, worldProblems });
  io.out(`✓ ${scenarios.length} scenario${scenarios.length === 1 ? '' : 's'} valid`);
  return EXIT.ok;
}
