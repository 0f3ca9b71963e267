import { describe, expect, it } from 'vitest';
import { passAtK, passHatK, passKCurve } from '../../../src/studies/stats/pass-k.js';

describe('pass^k and pass@k', () => {
  it('follows the τ-bench formula C(c,k)/C(n,k)', () => {
    expect(passHatK(4, 2, 1)).toBeCloseTo(0.5, 12); // C(2,1)/C(4,1) = 2/4
    expect(passHatK(4, 2, 2)).toBeCloseTo(1 / 6, 12); // C(2,2)/C(4,2) = 1/6
    expect(passHatK(4, 2, 3)).toBe(0); // C(2,3) = 0
    expect(passHatK(5, 3, 2)).toBeCloseTo(0.3, 12); // C(3,2)/C(5,2) = 3/10
  });

  it('gives pass@k as 1 − C(n−c,k)/C(n,k)', () => {
    expect(passAtK(4, 2, 2)).toBeCloseTo(5 / 6, 12); // 1 − C(2,2)/C(4,2) = 1 − 1/6
    expect(passAtK(5, 3, 2)).toBeCloseTo(0.9, 12); // 1 − C(2,2)/C(5,2) = 1 − 1/10
    expect(passAtK(4, 0, 4)).toBe(0);
    expect(passAtK(4, 1, 4)).toBe(1);
  });

  it('averages over tasks for k = 1 … n', () => {
    // Tasks (n=4): c=2, c=4, c=0.
    // pass^1 = (2/4 + 1 + 0)/3 = 0.5;    pass^2 = (1/6 + 1 + 0)/3 = 7/18;
    // pass^3 = (0 + 1 + 0)/3 = 1/3;       pass^4 = 1/3.
    // pass@2 = (5/6 + 1 + 0)/3 = 11/18;   pass@4 = (1 + 1 + 0)/3 = 2/3.
    const curve = passKCurve([{ n: 4, c: 2 }, { n: 4, c: 4 }, { n: 4, c: 0 }]);
    expect(curve.map((p) => p.k)).toEqual([1, 2, 3, 4]);
    expect(curve.map((p) => p.passHat)).toEqual([0.5, 7 / 18, 1 / 3, 1 / 3].map((v) => expect.closeTo(v, 12)));
    expect(curve[1]?.passAt).toBeCloseTo(11 / 18, 12);
    expect(curve[3]?.passAt).toBeCloseTo(2 / 3, 12);
    expect(curve.every((p) => p.tasks === 3)).toBe(true);
  });

  it('stops the curve at the smallest n and is empty without tasks', () => {
    expect(passKCurve([{ n: 5, c: 5 }, { n: 2, c: 1 }]).map((p) => p.k)).toEqual([1, 2]);
    expect(passKCurve([])).toEqual([]);
  });

  it('rejects impossible counts', () => {
    expect(() => passHatK(3, 4, 1)).toThrow(/0 ≤ c ≤ n/);
    expect(() => passHatK(3, 1, 4)).toThrow(/1 ≤ k ≤ n/);
  });
});
