/**
 * Machine throughput: ten-turn episodes with the agenda user and a scripted
 * agent over an in-memory environment, so the figure is the cost of the
 * episode machine and actors, not of a database.
 */
import { createScriptedAgent, type ScriptedAction } from '../src/agents/scripted.js';
import type { Environment } from '../src/environment/environment.js';
import type { Judge } from '../src/judge/judge.js';
import { runEpisode } from '../src/runner/run-episode.js';
import { ScenarioSchema } from '../src/scenario/schema.js';
import { createAgendaUser } from '../src/simulated-user/agenda.js';
import { createManualClock } from '../src/util/clock.js';
import { createCounterIds } from '../src/util/ids.js';

const FACTS = 9;

const scenario = ScenarioSchema.parse({
  id: 'bench-ten-turns',
  title: 'Ten user turns',
  world: 'bench',
  user: {
    goal: 'Get the total for my order',
    opening: 'Hello, I need the total for my order.',
    facts: Array.from({ length: FACTS }, (_, i) => ({ id: `f${i}`, text: `detail ${i}`, value: `V${i}`, disclose: 'on_request', cues: [`detail ${i}`], needed: true })),
  },
  expect: { answer: '42' },
  reference: [{ tool: 'total', args: {} }, { answer: '{{last.total}}' }],
});

const environment: Environment = {
  reset: () => undefined,
  tools: () => [{ name: 'total', description: 'Order total', parameters: { type: 'object' }, writes: false }],
  call: async () => ({ ok: true, value: { rows: [{ total: 42 }] } }),
  query: () => [],
  snapshot: () => ({ tables: {} }),
  writableTables: () => [],
  diff: () => ({ tables: {} }),
  close: () => undefined,
};

const judge: Judge = {
  name: 'bench',
  score: async ({ answer }) => ({ answer: null, state: [], probes: [], success: answer === '42', score: answer === '42' ? 1 : 0 }),
};

const SCRIPT: readonly ScriptedAction[] = [
  ...Array.from({ length: FACTS }, (_, i) => ({ type: 'message' as const, text: `Could you tell me detail ${i}?` })),
  { type: 'tool', name: 'total', args: {} },
  { type: 'answer', text: '42' },
];

function agent() {
  return createScriptedAgent(SCRIPT);
}

/** One ten-turn episode; with `trace`, its inspection trace too. */
export async function once(trace: boolean) {
  return await runEpisode({ scenario, seed: 1, clock: createManualClock(), createId: createCounterIds(), agent: agent(), user: createAgendaUser({ seed: 1 }), environment, judge, trace });
}

export interface EpisodeBench {
  episodes: number;
  userTurns: number;
  transitions: number;
  episodesPerSecond: number;
  microsPerTransition: number;
}

export async function benchEpisodes(episodes = 500): Promise<EpisodeBench> {
  const sample = await once(true);
  if (sample.output.termination.reason !== 'agent_answered' || sample.output.counts.userTurns !== FACTS + 1) {
    throw new Error(`bench episode did not play ten turns: ${JSON.stringify(sample.output.termination)} after ${sample.output.counts.userTurns} turns`);
  }
  // Every actor result and settled state change is one transition of the machine.
  const transitions = sample.trace.length;
  for (let i = 0; i < 50; i++) await once(false); // warm-up
  const start = process.hrtime.bigint();
  for (let i = 0; i < episodes; i++) await once(false);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return {
    episodes,
    userTurns: sample.output.counts.userTurns,
    transitions,
    episodesPerSecond: episodes / seconds,
    microsPerTransition: (seconds * 1e6) / (episodes * transitions),
  };
}
