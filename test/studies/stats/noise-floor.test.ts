import { describe, expect, it } from 'vitest';
import { noiseFloor } from '../../../src/studies/stats/noise-floor.js';

describe('noiseFloor', () => {
  it('counts disagreeing pairs of seeds within each cell', () => {
    // Cell a: n=4, c=2 → 2·2 = 4 of C(4,2) = 6 pairs disagree.
    // Cell b: n=4, c=4 → 0 of 6.   Cell c: n=4, c=2 → 4 of 6.
    // Flip rate = 8/18 = 0.444444; band = 1.959964·√(0.444444/3) = 1.959964·0.384900 = 0.754390.
    const r = noiseFloor([
      { cell: 'a', outcomes: [true, true, false, false] },
      { cell: 'b', outcomes: [true, true, true, true] },
      { cell: 'c', outcomes: [true, false, true, false] },
      { cell: 'lonely', outcomes: [true] },
    ]);
    expect(r).toMatchObject({ cells: 3, skipped: 1, pairs: 18, discordantPairs: 8, unstableCells: 2 });
    expect(r.flipRate).toBeCloseTo(4 / 9, 12);
    expect(r.band95).toBeCloseTo(0.75439, 5);
  });

  it('is zero for a deterministic agent', () => {
    const r = noiseFloor([{ cell: 'a', outcomes: [true, true, true] }, { cell: 'b', outcomes: [false, false, false] }]);
    expect(r.flipRate).toBe(0);
    expect(r.band95).toBe(0);
  });

  it('is null without pairs', () => {
    expect(noiseFloor([{ cell: 'a', outcomes: [true] }])).toMatchObject({ flipRate: null, band95: null, pairs: 0 });
  });
});
