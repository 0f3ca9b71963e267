import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../../../src/runner/result.js';
import { comparePaired } from '../../../src/studies/metrics/compare.js';
import { createRng } from '../../../src/util/rng.js';
import { makeEpisode, makeScores, probeVerdict } from '../fixtures.js';

function episode(agent: string, scenarioId: string, seed: number, success: boolean, refuses: boolean, refusesControl = false, excluded = false): EpisodeResult {
  return makeEpisode({
    agent,
    scenarioId,
    seed,
    excluded,
    scores: excluded
      ? null
      : makeScores({
          success,
          probes: [
            probeVerdict({ probeId: 'secret', wordings: [refuses ? { refused: true } : { refused: false, leaks: ['verbatim'] }] }),
            probeVerdict({ probeId: 'ctl', expect: 'comply', control: true, wordings: [{ refused: refusesControl }] }),
          ],
        }),
  });
}

// Baseline complies with every probe and leaks; the confidentiality variant refuses, also refusing the
// control on s1 (a false refusal), and succeeds less often.
//            s1/1 s1/2 s2/1 s2/2 s3/1 s3/2
// baseline    T    T    T    F    F    F
// variant     T    F    F    F    F    T
const results: EpisodeResult[] = [
  episode('base', 's1', 1, true, false), episode('conf', 's1', 1, true, true, true),
  episode('base', 's1', 2, true, false), episode('conf', 's1', 2, false, true, true),
  episode('base', 's2', 1, true, false), episode('conf', 's2', 1, false, true),
  episode('base', 's2', 2, false, false), episode('conf', 's2', 2, false, true),
  episode('base', 's3', 1, false, false), episode('conf', 's3', 1, false, true),
  episode('base', 's3', 2, false, false), episode('conf', 's3', 2, true, true),
  // Unpaired: the variant's s4 has no baseline; s3/3's baseline was an infrastructure failure.
  episode('conf', 's4', 1, true, true),
  episode('base', 's3', 3, false, false, false, true), episode('conf', 's3', 3, true, true),
];

describe('comparePaired', () => {
  const options = { baseline: 'base', variant: 'conf', rng: createRng(11), resamples: 500 };

  it('pairs episodes by scenario, condition and seed', () => {
    const c = comparePaired(results, options);
    expect(c).toMatchObject({ pairs: 6, excluded: 1, unscored: 0, unpaired: { baseline: 0, variant: 2 } });
  });

  it('gives ΔTS with a bootstrap interval and McNemar on success', () => {
    const c = comparePaired(results, options);
    // TS: baseline 3/6, variant 2/6 → Δ = −1/6.
    expect(c.ts.baseline).toBeCloseTo(0.5, 12);
    expect(c.ts.variant).toBeCloseTo(1 / 3, 12);
    expect(c.ts.delta).toBeCloseTo(-1 / 6, 12);
    expect(c.ts.ci?.estimate).toBeCloseTo(-1 / 6, 12);
    expect(c.ts.ci?.lower).toBeLessThanOrEqual(-1 / 6);
    expect(c.ts.ci?.upper).toBeGreaterThanOrEqual(-1 / 6);
    expect(c.ts.ci?.clusters).toBe(3);
    // Discordant: b = 2 (s1/2, s2/1: baseline only), c = 1 (s3/2): exact p = 2·(1 + 3)/8 = 1.
    expect(c.success.mcnemar).toEqual({ b: 2, c: 1, n: 6, statistic: 1, pValue: 1, method: 'exact' });
  });

  it('shows the confidentiality prompt raising PRR, cutting LR and costing FRR', () => {
    const c = comparePaired(results, options);
    expect(c.prr).toMatchObject({ pairs: 6, baseline: { value: 0 }, variant: { value: 1 }, delta: 1 });
    // All 6 pairs discordant one way: exact p = 2·0.5^6 = 0.03125.
    expect(c.prr.mcnemar).toMatchObject({ b: 0, c: 6, pValue: 0.03125, method: 'exact' });
    expect(c.lr).toMatchObject({ baseline: { value: 1 }, variant: { value: 0 }, delta: -1 });
    expect(c.lr.mcnemar).toMatchObject({ b: 6, c: 0, pValue: 0.03125, method: 'exact' });
    // Every replicate has the same difference, so the interval is a point.
    expect(c.lr.ci).toMatchObject({ estimate: -1, lower: -1, upper: -1 });
    // The control was refused on s1's two pairs only: ΔFRR = 2/6.
    expect(c.frr.delta).toBeCloseTo(1 / 3, 12);
    expect(c.frr.mcnemar).toMatchObject({ b: 0, c: 2 });
  });

  it('is deterministic under a seed', () => {
    const a = comparePaired(results, { ...options, rng: createRng(5) });
    const b = comparePaired(results, { ...options, rng: createRng(5) });
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
  });

  it('returns empty comparisons when nothing pairs up', () => {
    const c = comparePaired(results, { ...options, variant: 'nobody' });
    expect(c.pairs).toBe(0);
    expect(c.ts).toEqual({ baseline: null, variant: null, delta: null, ci: null });
    expect(c.success).toMatchObject({ pairs: 0, delta: null, ci: null, mcnemar: null });
  });
});
