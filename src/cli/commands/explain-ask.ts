/** `usersim explain-ask <scenario> "<message>"`: what the ask recogniser reads in an agent message, and why. */
import { UsersimError } from '../../errors.js';
import { worldEnvironments } from '../../runner/world-environments.js';
import { crmPack } from '../../packs/crm/pack.js';
import { createRegistry } from '../../registry/registry.js';
import { loadScenarios } from '../../scenario/load.js';
import { explainAsk, formatAskExplanation } from '../../asks/explain.js';
import { EXIT, type Io } from '../io.js';

export function explainAskCommand(scenarioPath: string, message: string, io: Io): number {
  const scenarios = loadScenarios([scenarioPath], { toolsFor: worldEnvironments({ registry: createRegistry(crmPack()) }).toolsFor });
  const [loaded] = scenarios;
  if (!loaded || scenarios.length !== 1) throw new UsersimError('E_USAGE', `explain-ask needs one scenario file, but ${scenarioPath} holds ${scenarios.length}`);
  io.out(`${loaded.scenario.id}: ${JSON.stringify(message)}`);
  io.out(formatAskExplanation(explainAsk(loaded.scenario, message)));
  return EXIT.ok;
}
