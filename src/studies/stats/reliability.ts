/**
 * Aptitude and unreliability (Lost in Conversation, Laban et al. 2025). Over
 * repeated runs of the same task, P is the mean score, A90 the 90th
 * percentile (how well the agent does on a good run) and U90_10 = P90 − P10
 * (the spread between a good and a bad run). Each is computed per task and
 * then averaged over tasks. Percentiles use numpy's default linear
 * interpolation, as the paper does; scores stay on our 0..1 scale (the paper
 * uses 0..100).
 */
import { quantileLinear } from './quantile.js';

/** Scores of one task over repeated runs. */
export interface TaskScores {
  task: string;
  scores: readonly number[];
}

/** P, A90 and U90_10 for one task. */
export interface TaskReliability {
  task: string;
  runs: number;
  P: number;
  A90: number;
  U90_10: number;
}

/** The per-task figures and their averages over tasks (null when no task had two runs). */
export interface Reliability {
  /** Tasks with at least two runs, which enter the averages. */
  tasks: number;
  /** Tasks left out for having fewer than two runs. */
  skipped: number;
  P: number | null;
  A90: number | null;
  U90_10: number | null;
  /** The percentile rule, for reports. */
  percentileMethod: 'linear (numpy default, Hyndman–Fan type 7)';
  perTask: TaskReliability[];
}

/**
 * Reliability over tasks with at least two runs each.
 *
 * @example
 * reliability([{ task: 't', scores: [0.2, 0.4, 0.6, 0.8, 1] }]);
 * // P 0.6, A90 0.92, U90_10 0.92 − 0.28 = 0.64
 */
export function reliability(tasks: readonly TaskScores[]): Reliability {
  const perTask: TaskReliability[] = [];
  for (const { task, scores } of tasks) {
    if (scores.length < 2) continue;
    const p90 = quantileLinear(scores, 0.9);
    perTask.push({
      task,
      runs: scores.length,
      P: scores.reduce((a, b) => a + b, 0) / scores.length,
      A90: p90,
      U90_10: p90 - quantileLinear(scores, 0.1),
    });
  }
  const avg = (pick: (t: TaskReliability) => number): number | null =>
    perTask.length === 0 ? null : perTask.reduce((a, t) => a + pick(t), 0) / perTask.length;
  return {
    tasks: perTask.length,
    skipped: tasks.length - perTask.length,
    P: avg((t) => t.P),
    A90: avg((t) => t.A90),
    U90_10: avg((t) => t.U90_10),
    percentileMethod: 'linear (numpy default, Hyndman–Fan type 7)',
    perTask,
  };
}
