import { describe, expect, it } from 'vitest';
import { reliability } from '../../../src/studies/stats/reliability.js';

describe('reliability (P, A90, U90_10)', () => {
  it('computes per-task percentiles the numpy way and averages them', () => {
    // Task a: [0.2, 0.4, 0.6, 0.8, 1.0]: P = 0.6; P90: h = 4·0.9 = 3.6 → 0.8 + 0.6·0.2 = 0.92;
    //   P10: h = 0.4 → 0.2 + 0.4·0.2 = 0.28; U90_10 = 0.64.
    // Task b: [0, 0.5, 1, 1]: P = 0.625; P90: h = 2.7 → 1; P10: h = 0.3 → 0.15; U90_10 = 0.85.
    // Averages: P = 0.6125, A90 = 0.96, U90_10 = 0.745.
    const r = reliability([
      { task: 'a', scores: [1, 0.2, 0.8, 0.4, 0.6] },
      { task: 'b', scores: [0, 1, 0.5, 1] },
      { task: 'single', scores: [1] },
    ]);
    expect(r.tasks).toBe(2);
    expect(r.skipped).toBe(1);
    expect(r.perTask[0]).toMatchObject({ task: 'a', runs: 5, P: expect.closeTo(0.6, 12), A90: expect.closeTo(0.92, 12), U90_10: expect.closeTo(0.64, 12) });
    expect(r.perTask[1]).toMatchObject({ task: 'b', P: expect.closeTo(0.625, 12), A90: expect.closeTo(1, 12), U90_10: expect.closeTo(0.85, 12) });
    expect(r.P).toBeCloseTo(0.6125, 12);
    expect(r.A90).toBeCloseTo(0.96, 12);
    expect(r.U90_10).toBeCloseTo(0.745, 12);
  });

  it('reports zero unreliability for a perfectly consistent agent', () => {
    const r = reliability([{ task: 'a', scores: [1, 1, 1] }, { task: 'b', scores: [0, 0] }]);
    expect(r.U90_10).toBe(0);
    expect(r.P).toBe(0.5);
  });

  it('returns nulls when no task has two runs', () => {
    expect(reliability([{ task: 'a', scores: [1] }])).toMatchObject({ tasks: 0, P: null, A90: null, U90_10: null });
  });
});
