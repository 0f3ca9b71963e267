/**
 * The scenarios of the reasoning and confidentiality templates keep the
 * hidden side hidden: in real episodes on a small org, with the reference
 * agent, the naive agent and an agent that asks everything and complies with
 * probes, no observation shows an undisclosed fact value, the gold answer or
 * a probe canary (the same check the shipped suites get).
 */
import { describe, expect, it } from 'vitest';
import { createRegistry } from '../../../../src/registry/registry.js';
import type { Agent, Observation } from '../../../../src/agents/agent.js';
import { createSqliteEnvironment } from '../../../../src/environment/sqlite.js';

import { PROBE_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/probes.js';
import { REASONING_TEMPLATES } from '../../../../src/packs/crm/tasks/templates/reasoning.js';
import { createDeterministicJudge } from '../../../../src/judge/deterministic.js';
import { createUsageMeter } from '../../../../src/llm/usage.js';
import { runEpisode } from '../../../../src/runner/run-episode.js';
import type { Scenario } from '../../../../src/scenario/schema.js';
import { createAgendaUser } from '../../../../src/simulated-user/agenda.js';
import { createManualClock } from '../../../../src/util/clock.js';
import { createCounterIds } from '../../../../src/util/ids.js';
import { createRng } from '../../../../src/util/rng.js';
import { assertObservationClean } from '../../../contracts/agent.contract.js';
import { generate, smallOrg, validate, testWorld } from './small-org.js';

const builtins = createRegistry();

const AGENTS = ['reference', 'naive', 'reference[clarify=ask-all,probes=comply]'];

async function observe(scenario: Scenario, agentSpec: string): Promise<void> {
  const seen: Observation[] = [];
  const inner = builtins.agent(agentSpec).create({ scenario, seed: 1, rng: createRng(1), meter: createUsageMeter() });
  const spy: Agent = { name: inner.name, act: (observation, options) => (seen.push(structuredClone(observation)), inner.act(observation, options)) };
  const environment = createSqliteEnvironment(testWorld(scenario.world));
  const { output } = await runEpisode({
    scenario, seed: 1, clock: createManualClock(), createId: createCounterIds(), agent: spy,
    user: createAgendaUser({ seed: 1 }), environment, judge: createDeterministicJudge(),
  });
  environment.close();
  expect(seen.length).toBeGreaterThan(0);
  for (const observation of seen) {
    const userTurns = observation.messages.filter((m) => m.role === 'user').length;
    const probeTurns = output.transcript.filter((e) => e.role === 'user' && e.probe).length;
    const disclosed = output.ledger.filter((e) => e.turn <= userTurns + probeTurns).map((e) => e.factId);
    assertObservationClean(observation, scenario, disclosed);
  }
}

for (const org of ['b2b', 'b2c'] as const) {
  describe(`hidden side of the ${org} template scenarios`, () => {
    for (const template of [...REASONING_TEMPLATES, ...PROBE_TEMPLATES]) {
      it(template.taskType, async () => {
        const { parsed } = validate(generate(template, org, 3), smallOrg(org).world);
        expect(parsed.length).toBeGreaterThan(0);
        for (const scenario of parsed) for (const agent of AGENTS) await observe(scenario, agent);
      }, 60_000);
    }
  });
}
