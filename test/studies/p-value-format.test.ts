import { describe, expect, it } from 'vitest';
import { pValue } from '../../src/report/report-metrics.js';
import type { PairedRate } from '../../src/studies/metrics/compare.js';

const rate = (pValue: number, method: 'exact' | 'chi2' = 'chi2') => ({ mcnemar: { b: 0, c: 0, n: 0, statistic: 0, pValue, method } }) as unknown as PairedRate;

describe('p-value formatting', () => {
  it('prints small p-values in exponent form and underflow as a bound, never as 0', () => {
    expect(pValue(rate(0.0312, 'exact'))).toBe('0.031 (exact)');
    expect(pValue(rate(5.6e-7))).toBe('5.6e-7 (chi2)');
    expect(pValue(rate(0))).toBe('< 1e-16 (chi2)');
    expect(pValue({ mcnemar: null } as unknown as PairedRate)).toBe('–');
  });
});
