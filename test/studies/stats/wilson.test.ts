import { describe, expect, it } from 'vitest';
import { wilsonInterval } from '../../../src/studies/stats/wilson.js';

describe('wilsonInterval', () => {
  it('matches the hand computation for 8 of 10', () => {
    // z = 1.959964, z² = 3.841459, p = 0.8, 1 + z²/n = 1.384146.
    // centre = (0.8 + 3.841459/20)/1.384146 = 0.992073/1.384146 = 0.716740.
    // half = (1.959964/1.384146)·√(0.016 + 3.841459/400) = 1.416010·0.160011 = 0.226577.
    // → [0.490162, 0.943318].
    const r = wilsonInterval(8, 10);
    expect(r.estimate).toBe(0.8);
    expect(r.lower).toBeCloseTo(0.490162, 5);
    expect(r.upper).toBeCloseTo(0.943318, 5);
  });

  it('does not collapse at zero events', () => {
    // k = 0, n = 10: upper = z²/n / (1 + z²/n) = 0.384146/1.384146 = 0.277533.
    const r = wilsonInterval(0, 10);
    expect(r.lower).toBe(0);
    expect(r.upper).toBeCloseTo(0.277533, 5);
  });

  it('rejects impossible counts', () => {
    expect(() => wilsonInterval(3, 2)).toThrow(/0 ≤ k ≤ n/);
    expect(() => wilsonInterval(0, 0)).toThrow(/n ≥ 1/);
  });
});
