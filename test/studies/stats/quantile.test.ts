import { describe, expect, it } from 'vitest';
import { quantileLinear } from '../../../src/studies/stats/quantile.js';

describe('quantileLinear (numpy linear interpolation)', () => {
  it('interpolates between order statistics', () => {
    // [0, 0.5, 1, 1]: q=0.1 → h = 3·0.1 = 0.3 → 0 + 0.3·(0.5 − 0) = 0.15;
    // q=0.9 → h = 2.7 → 1 + 0.7·(1 − 1) = 1.
    expect(quantileLinear([1, 0.5, 1, 0], 0.1)).toBeCloseTo(0.15, 12);
    expect(quantileLinear([1, 0.5, 1, 0], 0.9)).toBeCloseTo(1, 12);
    // [10, 20, 30]: q=0.25 → h = 0.5 → 10 + 0.5·10 = 15.
    expect(quantileLinear([30, 10, 20], 0.25)).toBeCloseTo(15, 12);
  });

  it('returns the extremes at 0 and 1 and the value of a single observation', () => {
    expect(quantileLinear([3, 1, 2], 0)).toBe(1);
    expect(quantileLinear([3, 1, 2], 1)).toBe(3);
    expect(quantileLinear([7], 0.9)).toBe(7);
  });

  it('does not reorder its input', () => {
    const input = [3, 1, 2];
    quantileLinear(input, 0.5);
    expect(input).toEqual([3, 1, 2]);
  });

  it('rejects empty input and q outside [0, 1]', () => {
    expect(() => quantileLinear([], 0.5)).toThrow(/no values/);
    expect(() => quantileLinear([1], 1.5)).toThrow(/q must be/);
  });
});
