import { describe, expect, it } from 'vitest';
import { mcnemar, mcnemarFromCounts } from '../../../src/studies/stats/mcnemar.js';

describe('mcnemar', () => {
  it('uses the exact binomial test when b + c < 25', () => {
    // b=3, c=12, m=15: P(X ≤ 3) = (C(15,0)+C(15,1)+C(15,2)+C(15,3))/2^15
    //   = (1 + 15 + 105 + 455)/32768 = 576/32768; two-sided p = 1152/32768 = 0.03515625.
    const r = mcnemarFromCounts(3, 12);
    expect(r.method).toBe('exact');
    expect(r.statistic).toBe(3);
    expect(r.pValue).toBeCloseTo(0.03515625, 12);
  });

  it('uses χ² with continuity correction otherwise', () => {
    // b=20, c=40: χ² = (|20 − 40| − 1)²/60 = 361/60 = 6.016667;
    // p = P(χ²₁ ≥ 6.016667) = 2·(1 − Φ(√6.016667 = 2.452890)) = 2·0.0070857 = 0.014171.
    const r = mcnemarFromCounts(20, 40);
    expect(r.method).toBe('chi2');
    expect(r.statistic).toBeCloseTo(361 / 60, 12);
    expect(r.pValue).toBeCloseTo(0.014171, 6);
  });

  it('is symmetric in b and c and caps p at 1 when they are equal', () => {
    expect(mcnemarFromCounts(12, 3).pValue).toBeCloseTo(mcnemarFromCounts(3, 12).pValue, 12);
    // b=c=2: 2·P(X ≤ 2 | m=4) = 2·(1+4+6)/16 = 22/16 → capped at 1.
    expect(mcnemarFromCounts(2, 2).pValue).toBe(1);
    expect(mcnemarFromCounts(30, 30).pValue).toBe(1);
    expect(mcnemarFromCounts(0, 0)).toMatchObject({ pValue: 1, method: 'exact' });
  });

  it('lets the caller move the exact/χ² threshold', () => {
    // b=3, c=12 forced to χ²: (9 − 1)²/15 = 64/15 = 4.266667, p = 2·(1 − Φ(2.065591)) = 0.038867.
    const r = mcnemarFromCounts(3, 12, { exactBelow: 10 });
    expect(r.method).toBe('chi2');
    expect(r.statistic).toBeCloseTo(64 / 15, 12);
    expect(r.pValue).toBeCloseTo(0.038867, 5);
  });

  it('exact test stays finite for large discordant counts', () => {
    // Reference values from scipy.stats.binomtest(k, m).pvalue: (400, 1000) → 2.728464e-10 (direct sum);
    // (500, 1100) → 0.002819545 (log-space sum).
    expect(mcnemarFromCounts(400, 600, { exactBelow: 5000 }).pValue / 2.728464e-10).toBeCloseTo(1, 5);
    expect(mcnemarFromCounts(500, 600, { exactBelow: 5000 }).pValue / 0.002819545).toBeCloseTo(1, 5);
    // b=0, c=2000: 2·0.5^2000 underflows to 0 but must not be NaN.
    const r = mcnemarFromCounts(0, 2000, { exactBelow: 5000 });
    expect(Number.isFinite(r.pValue)).toBe(true);
    expect(r.pValue).toBeLessThan(1e-300);
  });

  it('counts discordant pairs from paired outcomes', () => {
    const pairs: [boolean, boolean][] = [
      [true, false], [true, false], [false, true], [true, true], [false, false],
    ];
    // b=2, c=1, m=3: 2·P(X ≤ 1) = 2·(1+3)/8 = 1 → p = 1.
    expect(mcnemar(pairs)).toEqual({ b: 2, c: 1, n: 5, statistic: 1, pValue: 1, method: 'exact' });
  });

  it('rejects negative or fractional counts', () => {
    expect(() => mcnemarFromCounts(-1, 2)).toThrow(/non-negative integer/);
    expect(() => mcnemarFromCounts(1.5, 2)).toThrow(/non-negative integer/);
  });
});
