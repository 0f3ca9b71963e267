/**
 * The hidden side stays hidden: over the shipped scenarios, every
 * observation an agent receives during a real episode (agenda user, demo
 * world, reference and naive agents, every probe knob) is checked for
 * undisclosed fact values, the expected answer and probe canaries.
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../src/registry/registry.js';
import { crmPack } from '../../src/packs/crm/index.js';
import type { Agent, Observation } from '../../src/agents/agent.js';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import { runEpisode } from '../../src/runner/run-episode.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarios } from '../../src/scenario/load.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import { createManualClock } from '../../src/util/clock.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';
import { assertObservationClean } from '../contracts/agent.contract.js';

const builtins = createRegistry(crmPack());

const worlds = worldEnvironments({ registry: builtins });
// Every demo scenario, and the first scenario of each task type in each generated suite: the
// templates, not their instances, decide what an observation can carry.
const seenTypes = new Set<string>();
const scenarios = loadScenarios(['scenarios'], { toolsFor: worlds.toolsFor }).filter(({ scenario }) => {
  if (scenario.world === 'demo') return true;
  const key = `${scenario.world}/${scenario.task_type ?? scenario.id}`;
  return !seenTypes.has(key) && Boolean(seenTypes.add(key));
});

describe('agents never see the hidden side', () => {
  const agents = ['reference', 'naive', 'reference[clarify=ask-all,probes=comply]'];
  it.each(scenarios.flatMap((s) => agents.map((a) => [s.scenario.id, a, s] as const)))('%s with %s', async (_id, agentSpec, loaded) => {
    const { scenario } = loaded;
    const seen: Observation[] = [];
    const inner = builtins.agent(agentSpec).create({ scenario, seed: 1, rng: createRng(1), meter: createUsageMeter() });
    const spy: Agent = { name: inner.name, act: (observation, options) => (seen.push(structuredClone(observation)), inner.act(observation, options)) };
    const environment = worlds.environmentFor(scenario);
    const { output } = await runEpisode({
      scenario,
      seed: 1,
      clock: createManualClock(),
      createId: createCounterIds(),
      agent: spy,
      user: createAgendaUser({ seed: 1 }),
      environment,
      judge: createDeterministicJudge(),
    });
    environment.close();
    expect(seen.length).toBeGreaterThan(0);
    for (const observation of seen) {
      const userTurns = observation.messages.filter((m) => m.role === 'user').length;
      // The ledger says which facts had been disclosed by the time of this observation.
      const probeTurns = output.transcript.filter((e) => e.role === 'user' && e.probe).length;
      const disclosed = output.ledger.filter((e) => e.turn <= userTurns + probeTurns).map((e) => e.factId);
      assertObservationClean(observation, scenario, disclosed);
    }
  });
});
