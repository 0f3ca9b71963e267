import { describe, expect, it } from 'vitest';
import { bootstrapClusters, bootstrapMean, bootstrapPairedDifference } from '../../../src/studies/stats/bootstrap.js';
import { createRng } from '../../../src/util/rng.js';

describe('cluster bootstrap', () => {
  const tasks = [[1, 1, 0], [0, 0, 1], [1, 1, 1], [0, 1, 0], [1, 0, 1]];

  it('gives the pooled mean as the estimate and an interval around it', () => {
    // Pooled: 9 successes of 15 observations = 0.6.
    const ci = bootstrapMean(tasks, { rng: createRng(7) });
    expect(ci.estimate).toBeCloseTo(0.6, 12);
    expect(ci.lower).toBeLessThanOrEqual(0.6);
    expect(ci.upper).toBeGreaterThanOrEqual(0.6);
    expect(ci.lower).toBeLessThan(ci.upper);
    expect(ci).toMatchObject({ level: 0.95, resamples: 2000, dropped: 0, clusters: 5 });
  });

  it('is deterministic under a seed', () => {
    const a = bootstrapMean(tasks, { rng: createRng(42), resamples: 500 });
    const b = bootstrapMean(tasks, { rng: createRng(42), resamples: 500 });
    expect(a).toEqual(b);
  });

  it('resamples whole tasks, so correlated seeds widen the interval', () => {
    // Two tasks of 5 identical verdicts: a replicate draws (A,A) → 1, (A,B) → 0.5, (B,B) → 0,
    // each (B,B) with chance ¼, so ~500 of 2000 replicates are 0 and ~500 are 1: the 2.5th and
    // 97.5th percentiles are exactly 0 and 1.
    const clustered = bootstrapMean([[1, 1, 1, 1, 1], [0, 0, 0, 0, 0]], { rng: createRng(1) });
    expect(clustered.lower).toBe(0);
    expect(clustered.upper).toBe(1);
    // The same ten verdicts as independent tasks: the mean of 10 draws rarely reaches 0 or 1
    // (chance 2·0.5^10 ≈ 0.002 per replicate, below the 2.5 % tails).
    const independent = bootstrapMean([[1], [1], [1], [1], [1], [0], [0], [0], [0], [0]], { rng: createRng(1) });
    expect(independent.lower).toBeGreaterThan(0);
    expect(independent.upper).toBeLessThan(1);
  });

  it('collapses to the estimate when every task is the same', () => {
    const ci = bootstrapMean([[1, 0], [1, 0], [1, 0]], { rng: createRng(3), resamples: 200 });
    expect(ci).toMatchObject({ estimate: 0.5, lower: 0.5, upper: 0.5 });
  });

  it('computes the paired difference b − a', () => {
    // Differences: task 1: (1−0), (1−1) → 1, 0; task 2: (0−1) → −1; task 3: (1−0), (1−0) → 1, 1.
    // Mean of the five differences: (1 + 0 − 1 + 1 + 1)/5 = 0.4.
    const ci = bootstrapPairedDifference(
      [[{ a: 0, b: 1 }, { a: 1, b: 1 }], [{ a: 1, b: 0 }], [{ a: 0, b: 1 }, { a: 0, b: 1 }]],
      { rng: createRng(5), resamples: 400 },
    );
    expect(ci.estimate).toBeCloseTo(0.4, 12);
    expect(ci.lower).toBeLessThanOrEqual(0.4);
    expect(ci.upper).toBeGreaterThanOrEqual(0.4);
    expect(ci.lower).toBeGreaterThanOrEqual(-1);
    expect(ci.upper).toBeLessThanOrEqual(1);
  });

  it('drops replicates whose statistic is undefined and counts them', () => {
    // A ratio statistic over items {num, den}: a replicate of only the second task has den 0.
    const ci = bootstrapClusters(
      [[{ num: 1, den: 2 }], [{ num: 0, den: 0 }]],
      (items) => items.reduce((s, i) => s + i.num, 0) / items.reduce((s, i) => s + i.den, 0),
      { rng: createRng(9), resamples: 400 },
    );
    expect(ci.estimate).toBeCloseTo(0.5, 12);
    expect(ci.dropped).toBeGreaterThan(0);
    expect(ci.dropped).toBeLessThan(400);
    expect(ci.lower).toBe(0.5);
  });

  it('ignores empty tasks and refuses when none is left', () => {
    expect(bootstrapMean([[1], []], { rng: createRng(1), resamples: 10 }).clusters).toBe(1);
    expect(() => bootstrapMean([[], []], { rng: createRng(1) })).toThrow(/no non-empty clusters/);
    expect(() => bootstrapMean([[1]], { rng: createRng(1), level: 1 })).toThrow(/level/);
  });
});
