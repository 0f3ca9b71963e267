import { describe, expect, it } from 'vitest';
import { chiSquare1Sf, erfc, normalCdf, normalQuantile } from '../../../src/studies/stats/normal.js';

describe('normal distribution helpers', () => {
  it('matches tabulated quantiles of the standard normal', () => {
    // Standard table values: z(0.975) = 1.959964, z(0.8) = 0.841621, z(0.999) = 3.090232.
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 6);
    expect(normalQuantile(0.8)).toBeCloseTo(0.841621, 6);
    expect(normalQuantile(0.5)).toBe(0);
    // Tails go through the Halley-polished branch.
    expect(normalQuantile(0.001)).toBeCloseTo(-3.090232, 6);
    expect(normalQuantile(0.999999)).toBeCloseTo(4.753424, 5);
  });

  it('inverts the cumulative distribution function', () => {
    for (const p of [0.01, 0.3, 0.9, 0.99]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 7);
  });

  it('rejects probabilities outside (0, 1)', () => {
    expect(() => normalQuantile(0)).toThrow(/p must be in/);
    expect(() => normalQuantile(1)).toThrow(/p must be in/);
  });

  it('gives the χ²(1) upper tail through erfc', () => {
    // 3.841459 is the 95 % point of χ²(1) (1.959964²), so its tail is 0.05.
    expect(chiSquare1Sf(3.841459)).toBeCloseTo(0.05, 6);
    expect(chiSquare1Sf(0)).toBe(1);
    // erfc(0) = 1 and erfc(1) = 0.157299 (table value).
    expect(erfc(0)).toBeCloseTo(1, 7);
    expect(erfc(1)).toBeCloseTo(0.157299, 6);
  });
});
