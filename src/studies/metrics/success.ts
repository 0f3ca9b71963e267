/**
 * Task success and reliability. A task here is a cell: one scenario under one
 * condition for one agent, run over several seeds; pass^k, the reliability
 * figures and the noise floor are per cell and then averaged, so results
 * that mix agents or conditions never pool different tasks' trials. TS is the
 * mean final score (0..1) over episodes; the success rate counts the judge's
 * binary verdicts. MTD compares conditions of the same scenario and agent.
 */
import type { Scores } from '../../judge/judge.js';
import type { Condition, EpisodeResult } from '../../runner/result.js';
import { noiseFloor, type NoiseFloor } from '../stats/noise-floor.js';
import { passHatK, passKCurve, type PassKPoint } from '../stats/pass-k.js';
import { reliability, type Reliability } from '../stats/reliability.js';
import { ratio, type Ratio } from './ratio.js';
import { groupSorted, selectScored } from './scored.js';

type Scored = EpisodeResult & { scores: Scores };

/** One cell's trials. */
export interface TaskSuccess {
  /** `scenarioId|condition|agent`. */
  task: string;
  scenarioId: string;
  condition: Condition;
  agent: string;
  /** Seeds run. */
  n: number;
  successes: number;
  meanScore: number;
  /** pass^k for k = 1 … n. */
  passHat: number[];
}

/** Multi-turn degradation for one agent. */
export interface Degradation {
  agent: string;
  /** Scenarios that ran in all three conditions with TS(full) > 0 and TS(concat) ≥ threshold·TS(full). */
  scenarios: string[];
  /** Scenarios left out: missing a condition, TS(full) = 0, or concat below the threshold. */
  skipped: { missingCondition: number; zeroFull: number; concatBelow: number };
  /** Mean over the eligible scenarios of each condition's TS; null when none is eligible. */
  tsFull: number | null;
  tsConcat: number | null;
  tsSharded: number | null;
  /** MTD = 1 − tsSharded/tsFull over the eligible scenarios; null when none. */
  value: number | null;
}

/** The success and reliability metrics, each with the counts behind it. */
export interface SuccessMetrics {
  episodes: number;
  excluded: number;
  unscored: number;
  /** TS: sum of final scores / episodes. */
  ts: Ratio;
  /** Episodes the judge marked successful / episodes. */
  successRate: Ratio;
  /** pass^k and pass@k averaged over cells, k = 1 … the fewest seeds of any cell. */
  passK: PassKPoint[];
  perTask: TaskSuccess[];
  /** P, A90, U90_10 over cells with ≥ 2 seeds (on the final score). */
  reliability: Reliability;
  /** How often success flips between seeds of a cell. */
  noiseFloor: NoiseFloor;
  /** MTD per agent. */
  mtd: Degradation[];
}

/** Options of `successMetrics`. */
export interface SuccessOptions {
  /** The share of TS(full) that concat must keep for a scenario to enter MTD (default 0.8). */
  concatThreshold?: number;
}

function cellKey(e: Pick<EpisodeResult, 'scenarioId' | 'condition' | 'agent'>): string {
  return `${e.scenarioId}|${e.condition}|${e.agent}`;
}

function meanScore(episodes: readonly Scored[]): number {
  return episodes.reduce((s, e) => s + e.scores.score, 0) / episodes.length;
}

function degradation(agent: string, episodes: readonly Scored[], threshold: number): Degradation {
  const skipped = { missingCondition: 0, zeroFull: 0, concatBelow: 0 };
  const eligible: { scenario: string; full: number; concat: number; sharded: number }[] = [];
  for (const [scenario, runs] of groupSorted(episodes, (e) => e.scenarioId)) {
    const ts = (condition: Condition): number | null => {
      const some = runs.filter((e) => e.condition === condition);
      return some.length === 0 ? null : meanScore(some);
    };
    const full = ts('full');
    const concat = ts('concat');
    const sharded = ts('sharded');
    if (full === null || concat === null || sharded === null) skipped.missingCondition++;
    else if (full === 0) skipped.zeroFull++;
    else if (concat < threshold * full) skipped.concatBelow++;
    else eligible.push({ scenario, full, concat, sharded });
  }
  const mean = (pick: (e: (typeof eligible)[number]) => number): number | null =>
    eligible.length === 0 ? null : eligible.reduce((s, e) => s + pick(e), 0) / eligible.length;
  const tsFull = mean((e) => e.full);
  const tsSharded = mean((e) => e.sharded);
  return {
    agent,
    scenarios: eligible.map((e) => e.scenario),
    skipped,
    tsFull,
    tsConcat: mean((e) => e.concat),
    tsSharded,
    // A ratio of means, not a mean of ratios: one near-zero TS(full) cannot blow it up.
    value: tsFull === null || tsSharded === null ? null : 1 - tsSharded / tsFull,
  };
}

/** Success and reliability metrics over `results`. */
export function successMetrics(results: readonly EpisodeResult[], options: SuccessOptions = {}): SuccessMetrics {
  const { episodes, excluded, unscored } = selectScored(results);
  const threshold = options.concatThreshold ?? 0.8;
  const cells = groupSorted(episodes, cellKey);
  const perTask: TaskSuccess[] = cells.map(([task, runs]) => {
    const first = runs[0] as Scored;
    const successes = runs.filter((e) => e.scores.success).length;
    return {
      task,
      scenarioId: first.scenarioId,
      condition: first.condition,
      agent: first.agent,
      n: runs.length,
      successes,
      meanScore: meanScore(runs),
      passHat: runs.map((_, i) => passHatK(runs.length, successes, i + 1)),
    };
  });
  // Seed order within a cell, so that verdict lists line up across reruns.
  const bySeed = (runs: Scored[]): Scored[] => [...runs].sort((a, b) => a.seed - b.seed);

  return {
    episodes: episodes.length,
    excluded,
    unscored,
    ts: ratio(episodes.reduce((s, e) => s + e.scores.score, 0), episodes.length),
    successRate: ratio(episodes.filter((e) => e.scores.success).length, episodes.length),
    passK: passKCurve(perTask.map((t) => ({ n: t.n, c: t.successes }))),
    perTask,
    reliability: reliability(cells.map(([task, runs]) => ({ task, scores: bySeed(runs).map((e) => e.scores.score) }))),
    noiseFloor: noiseFloor(cells.map(([cell, runs]) => ({ cell, outcomes: bySeed(runs).map((e) => e.scores.success) }))),
    mtd: groupSorted(episodes, (e) => e.agent).map(([agent, runs]) => degradation(agent, runs, threshold)),
  };
}
