/**
 * Seeded cluster-bootstrap confidence intervals. Episodes of the same task
 * (its seeds, and its conditions) are correlated, so resampling episodes one by
 * one would make intervals too narrow. Here whole clusters are drawn with
 * replacement, each keeping all its episodes, and the statistic is computed
 * over the pooled items of the drawn clusters. Intervals are percentile
 * intervals (linear interpolation, as numpy) over the replicates.
 */
import { UsersimError } from '../../errors.js';
import type { Rng } from '../../util/rng.js';
import { quantileSortedLinear } from './quantile.js';

/** A point estimate with a bootstrap percentile interval. */
export interface BootstrapInterval {
  /** The statistic on the original data. */
  estimate: number;
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
  /** Replicates drawn. */
  resamples: number;
  /** Replicates whose statistic was not finite (e.g. an empty denominator) and were dropped. */
  dropped: number;
  /** Number of clusters (tasks) resampled. */
  clusters: number;
}

/** Options of the bootstrap. */
export interface BootstrapOptions {
  /** The generator for the draws; fork it from a study seed so reruns give the same bytes. */
  rng: Rng;
  /** Number of replicates (default 2000). */
  resamples?: number;
  /** Confidence level (default 0.95). */
  level?: number;
}

/**
 * A percentile interval for any statistic over clustered items.
 *
 * @param clusters one array of items per task; empty clusters are ignored.
 * @param statistic computed over the pooled items of a (re)sample.
 */
export function bootstrapClusters<T>(
  clusters: readonly (readonly T[])[],
  statistic: (items: readonly T[]) => number,
  options: BootstrapOptions,
): BootstrapInterval {
  const resamples = options.resamples ?? 2000;
  const level = options.level ?? 0.95;
  if (!Number.isInteger(resamples) || resamples < 1) throw new UsersimError('E_USAGE', `bootstrap: resamples must be a positive integer, got ${resamples}`);
  if (!(level > 0 && level < 1)) throw new UsersimError('E_USAGE', `bootstrap: level must be in (0, 1), got ${level}`);
  const kept = clusters.filter((c) => c.length > 0);
  if (kept.length === 0) throw new UsersimError('E_USAGE', 'bootstrap: no non-empty clusters');

  const estimate = statistic(kept.flat() as T[]);
  const replicates: number[] = [];
  for (let r = 0; r < resamples; r++) {
    const items: T[] = [];
    for (let i = 0; i < kept.length; i++) items.push(...(kept[options.rng.int(kept.length)] as readonly T[]));
    const value = statistic(items);
    if (Number.isFinite(value)) replicates.push(value);
  }
  const dropped = resamples - replicates.length;
  if (replicates.length === 0) return { estimate, lower: estimate, upper: estimate, level, resamples, dropped, clusters: kept.length };
  replicates.sort((a, b) => a - b);
  const alpha = (1 - level) / 2;
  return {
    estimate,
    lower: quantileSortedLinear(replicates, alpha),
    upper: quantileSortedLinear(replicates, 1 - alpha),
    level,
    resamples,
    dropped,
    clusters: kept.length,
  };
}

function mean(values: readonly number[]): number {
  return values.reduce((a, b) => a + b, 0) / values.length;
}

/**
 * A percentile interval for the mean of all observations (pooled over tasks),
 * resampling whole tasks.
 *
 * @example
 * bootstrapMean([[1, 0], [1, 1], [0, 0]], { rng: createRng(1) }); // estimate 0.5
 */
export function bootstrapMean(clusters: readonly (readonly number[])[], options: BootstrapOptions): BootstrapInterval {
  return bootstrapClusters(clusters, mean, options);
}

/** One matched pair: the same (scenario, condition, seed) under variants A and B. */
export interface PairedValue {
  a: number;
  b: number;
}

/**
 * A percentile interval for the paired difference mean(b − a), resampling whole
 * tasks so that each task's pairs stay together.
 */
export function bootstrapPairedDifference(clusters: readonly (readonly PairedValue[])[], options: BootstrapOptions): BootstrapInterval {
  return bootstrapClusters(clusters, (pairs) => mean(pairs.map((p) => p.b - p.a)), options);
}
