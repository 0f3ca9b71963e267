/**
 * µs per machine transition, usersim against bare xstate, measured so that
 * the ratio holds on a busy machine: the two run in alternating batches, and
 * each side's figure is its fastest batch (other processes only ever add
 * time), in CPU time of this process rather than wall time.
 */
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
