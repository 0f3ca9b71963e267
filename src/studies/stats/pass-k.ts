/**
 * pass^k and pass@k from per-task trial counts. pass^k (τ-bench) asks that all
 * of k independent trials succeed, so it falls with k when an agent is
 * inconsistent; pass@k (Chen et al., Codex) asks that at least one does. Both
 * use the unbiased estimators over the n trials run for each task, and are
 * averaged over tasks.
 */
import { UsersimError } from '../../errors.js';

function check(n: number, c: number, k: number): void {
  const ok = Number.isInteger(n) && Number.isInteger(c) && Number.isInteger(k) && n >= 1 && c >= 0 && c <= n && k >= 1 && k <= n;
  if (!ok) throw new UsersimError('E_USAGE', `pass-k: need integers 0 ≤ c ≤ n and 1 ≤ k ≤ n, got n=${n} c=${c} k=${k}`);
}

/**
 * C(c, k) / C(n, k): the chance that k trials drawn without replacement from
 * the task's n trials all succeeded. Computed as ∏ (c − i)/(n − i) for
 * i < k, which avoids large binomial coefficients.
 *
 * @example
 * passHatK(4, 2, 2); // C(2,2)/C(4,2) = 1/6
 */
export function passHatK(n: number, c: number, k: number): number {
  check(n, c, k);
  let p = 1;
  for (let i = 0; i < k; i++) p *= (c - i) / (n - i);
  return p;
}

/**
 * 1 − C(n − c, k) / C(n, k): the chance that at least one of k trials drawn
 * without replacement succeeded.
 *
 * @example
 * passAtK(4, 2, 2); // 1 − C(2,2)/C(4,2) = 5/6
 */
export function passAtK(n: number, c: number, k: number): number {
  check(n, c, k);
  let q = 1;
  for (let i = 0; i < k; i++) q *= (n - c - i) / (n - i);
  return 1 - q;
}

/** Trials and successes of one task. */
export interface TaskTrials {
  n: number;
  c: number;
}

/** One point of a pass^k / pass@k curve, averaged over tasks. */
export interface PassKPoint {
  k: number;
  passHat: number;
  passAt: number;
  /** Tasks averaged. */
  tasks: number;
}

/**
 * The curves for k = 1 … min n over tasks, so that every point averages the
 * same tasks (τ-bench runs the same n everywhere; when n differs, the
 * shortest task bounds the curve). Empty when there are no tasks.
 */
export function passKCurve(tasks: readonly TaskTrials[]): PassKPoint[] {
  if (tasks.length === 0) return [];
  const maxK = Math.min(...tasks.map((t) => t.n));
  const points: PassKPoint[] = [];
  for (let k = 1; k <= maxK; k++) {
    let hat = 0;
    let at = 0;
    for (const t of tasks) {
      hat += passHatK(t.n, t.c, k);
      at += passAtK(t.n, t.c, k);
    }
    points.push({ k, passHat: hat / tasks.length, passAt: at / tasks.length, tasks: tasks.length });
  }
  return points;
}
