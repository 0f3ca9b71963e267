import { describe, expect, it } from 'vitest';
import { mcnemarPower, mcnemarSampleSize, trialsForZeroEventBound, zeroEventUpperBound } from '../../../src/studies/stats/sample-size.js';

describe('McNemar sample size (Connor 1987)', () => {
  it('matches the hand computation', () => {
    // p10 = 0.2, p01 = 0.1: ψ = 0.3, δ = 0.1; z(0.975) = 1.959964, z(0.8) = 0.841621.
    // √ψ = 0.547723; √(ψ − δ²) = √0.29 = 0.538516.
    // (1.959964·0.547723 + 0.841621·0.538516)² / 0.01 = (1.073517 + 0.453227)² / 0.01
    //   = 1.526744² / 0.01 = 2.330946 / 0.01 = 233.09 → 234 pairs.
    const r = mcnemarSampleSize({ p10: 0.2, p01: 0.1 });
    expect(r.exact).toBeCloseTo(233.0945, 3);
    expect(r).toMatchObject({ pairs: 234, psi: expect.closeTo(0.3, 12), delta: expect.closeTo(0.1, 12), alpha: 0.05, power: 0.8, method: 'connor-1987' });
  });

  it('needs more pairs for smaller differences and more power', () => {
    const base = mcnemarSampleSize({ p10: 0.2, p01: 0.1 }).pairs;
    expect(mcnemarSampleSize({ p10: 0.15, p01: 0.1 }).pairs).toBeGreaterThan(base);
    expect(mcnemarSampleSize({ p10: 0.2, p01: 0.1, power: 0.9 }).pairs).toBeGreaterThan(base);
    // Direction does not matter.
    expect(mcnemarSampleSize({ p10: 0.1, p01: 0.2 }).pairs).toBe(base);
  });

  it('gives back the target power at the computed size', () => {
    // Power at 234 pairs: Φ((0.1·√234 − 1.959964·0.547723)/0.538516) = Φ((1.529706 − 1.073517)/0.538516)
    //   = Φ(0.847123) = 0.80154.
    expect(mcnemarPower({ p10: 0.2, p01: 0.1, pairs: 234 })).toBeCloseTo(0.80154, 4);
  });

  it('refuses a design with nothing to detect', () => {
    expect(() => mcnemarSampleSize({ p10: 0.1, p01: 0.1 })).toThrow(/no difference/);
    expect(() => mcnemarSampleSize({ p10: 0.7, p01: 0.6 })).toThrow(/≤ 1/);
  });
});

describe('zero events (rule of three)', () => {
  it('bounds the rate after n clean trials', () => {
    // 1 − 0.05^(1/100) = 1 − e^(ln 0.05/100) = 1 − e^(−0.0299573) = 0.0295130; approx −ln 0.05/100 = 0.0299573.
    const r = zeroEventUpperBound(100);
    expect(r.exact).toBeCloseTo(0.029513, 6);
    expect(r.approx).toBeCloseTo(0.029957, 6);
    // n = 1: the bound is 0.95 itself.
    expect(zeroEventUpperBound(1).exact).toBeCloseTo(0.95, 12);
  });

  it('gives the trials needed for a target bound', () => {
    // ln 0.05 / ln 0.99 = −2.995732 / −0.010050 = 298.07 → 299.
    expect(trialsForZeroEventBound(0.01)).toBe(299);
    expect(zeroEventUpperBound(299).exact).toBeLessThanOrEqual(0.01);
    expect(zeroEventUpperBound(298).exact).toBeGreaterThan(0.01);
  });
});
