/**
 * µs per machine transition, usersim against bare xstate, measured so that
 * the ratio holds on a busy machine: the two run in alternating batches, and
 * each side's figure is its fastest batch (other processes only ever add
 * time), in CPU time of this process rather than wall time.
 */
import { resolve } from 'node:path';
import { bareOnce, bareTransitions } from './bare-xstate.js';
import { benchEpisodes, once } from './episodes.js';

export interface TransitionBench {
  transitions: number;
  usersimMicros: number;
  bareMicros: number;
  /** usersim ÷ bare xstate. */
  ratio: number;
  /** Ten-turn usersim episodes per CPU second, from the fastest batch. */
  episodesPerSecond: number;
}

function cpuMicros(): number {
  const { user, system } = process.cpuUsage();
  return user + system;
}

async function batch(run: () => Promise<unknown>, episodes: number): Promise<number> {
  const start = cpuMicros();
  for (let i = 0; i < episodes; i++) await run();
  return (cpuMicros() - start) / episodes;
}

/** `rounds` alternating batches of `perBatch` episodes each side. */
export async function benchTransitions(rounds = 10, perBatch = 100): Promise<TransitionBench> {
  const check = await benchEpisodes(20); // plays one traced episode and checks it is ten turns
  const bareCount = await bareTransitions();
  if (bareCount !== check.transitions) throw new Error(`bare machine makes ${bareCount} transitions, usersim's ${check.transitions}: the comparison would be unfair`);
  let usersim = Infinity;
  let bare = Infinity;
  for (let r = 0; r < rounds; r++) {
    bare = Math.min(bare, await batch(() => bareOnce(), perBatch));
    usersim = Math.min(usersim, await batch(() => once(false), perBatch));
  }
  return {
    transitions: check.transitions,
    usersimMicros: usersim / check.transitions,
    bareMicros: bare / check.transitions,
    ratio: usersim / bare,
    episodesPerSecond: 1e6 / usersim,
  };
}

/** The block `npm run bench` prints. */
export function formatTransitionBench(vs: TransitionBench): string {
  return [
    'µs per transition against bare xstate (same statechart shape, constant actors; CPU time, fastest of alternating batches)',
    `  usersim                     ${vs.usersimMicros.toFixed(1)} µs  (${vs.episodesPerSecond.toFixed(0)} ten-turn episodes per CPU second)`,
    `  bare xstate v5              ${vs.bareMicros.toFixed(1)} µs`,
    `  ratio                       ${vs.ratio.toFixed(2)}×  (${vs.transitions} transitions an episode)`,
  ].join('\n');
}

// `npx tsx bench/transitions.ts` prints this block alone (BENCH_ROUNDS=4 for a quick run).
if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  console.log(formatTransitionBench(await benchTransitions(Number(process.env.BENCH_ROUNDS ?? 10))));
}
