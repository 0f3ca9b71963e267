import { describe, expect, it } from 'vitest';
import type { Condition, EpisodeResult } from '../../../src/runner/result.js';
import { successMetrics } from '../../../src/studies/metrics/success.js';
import { makeEpisode, makeScores, outcome } from '../fixtures.js';

/** Episodes of one agent and condition from per-scenario verdict lists (seed = position + 1). */
function table(agent: string, condition: Condition, rows: Record<string, boolean[]>): EpisodeResult[] {
  return Object.entries(rows).flatMap(([scenario, verdicts]) => verdicts.map((v, i) => outcome(scenario, condition, agent, i + 1, v)));
}

describe('success and reliability metrics', () => {
  const runs = table('a', 'sharded', { s1: [true, true, false, false], s2: [true, true, true, true], s3: [false, false, false, false] });

  it('computes TS, pass^k, reliability and the noise floor per cell', () => {
    const m = successMetrics(runs);
    expect(m.ts).toEqual({ numerator: 6, denominator: 12, value: 0.5 });
    expect(m.successRate).toEqual({ numerator: 6, denominator: 12, value: 0.5 });
    // pass^k over cells (n=4; c = 2, 4, 0): k=1 → 0.5, k=2 → (1/6 + 1 + 0)/3 = 7/18, k=3,4 → 1/3.
    expect(m.passK.map((p) => p.passHat)).toEqual([0.5, 7 / 18, 1 / 3, 1 / 3].map((v) => expect.closeTo(v, 12)));
    expect(m.perTask.map((t) => [t.task, t.n, t.successes])).toEqual([
      ['s1|sharded|a', 4, 2],
      ['s2|sharded|a', 4, 4],
      ['s3|sharded|a', 4, 0],
    ]);
    expect(m.perTask[0]?.passHat).toEqual([0.5, 1 / 6, 0, 0].map((v) => expect.closeTo(v, 12)));
    // Reliability on scores: s1 [0,0,1,1]: P90 (h=2.7) = 1, P10 (h=0.3) = 0 → U = 1; s2 and s3 constant → U = 0.
    // Averages: P = (0.5 + 1 + 0)/3 = 0.5; A90 = (1 + 1 + 0)/3 = 2/3; U90_10 = 1/3.
    expect(m.reliability.P).toBeCloseTo(0.5, 12);
    expect(m.reliability.A90).toBeCloseTo(2 / 3, 12);
    expect(m.reliability.U90_10).toBeCloseTo(1 / 3, 12);
    // Noise floor: s1 has 2·2 = 4 of 6 seed pairs disagreeing, s2 and s3 none: 4/18.
    expect(m.noiseFloor).toMatchObject({ cells: 3, pairs: 18, discordantPairs: 4, unstableCells: 1 });
    expect(m.noiseFloor.flipRate).toBeCloseTo(2 / 9, 12);
  });

  it('uses the final score for TS and the verdict for the success rate', () => {
    const partial = [
      makeEpisode({ seed: 1, scores: makeScores({ success: false, score: 0.5 }) }),
      makeEpisode({ seed: 2, scores: makeScores({ success: true, score: 1 }) }),
    ];
    const m = successMetrics(partial);
    expect(m.ts).toEqual({ numerator: 1.5, denominator: 2, value: 0.75 });
    expect(m.successRate.value).toBe(0.5);
  });

  it('moves with the agent: more successes, higher TS and pass^k; less consistency, more unreliability', () => {
    const worse = successMetrics(table('a', 'sharded', { s1: [true, false, false, false] }));
    const better = successMetrics(table('a', 'sharded', { s1: [true, true, true, false] }));
    const steady = successMetrics(table('a', 'sharded', { s1: [true, true, true, true] }));
    expect(better.ts.value).toBeGreaterThan(worse.ts.value as number);
    expect(better.passK[1]?.passHat).toBeGreaterThan(worse.passK[1]?.passHat as number);
    expect(steady.reliability.U90_10).toBeLessThan(better.reliability.U90_10 as number);
    expect(steady.noiseFloor.flipRate).toBe(0);
  });

  it('computes MTD on scenarios where concat keeps 80 % of full', () => {
    const episodes = [
      // s1: full 1, concat 1, sharded 0.5 → eligible.
      ...table('a', 'full', { s1: [true, true], s2: [true, true], s3: [false, false], s5: [true, false] }),
      ...table('a', 'concat', { s1: [true, true], s2: [true, false], s3: [false, false], s5: [true, false] }),
      ...table('a', 'sharded', { s1: [true, false], s2: [false, false], s3: [false, false], s4: [true, true], s5: [false, false] }),
    ];
    // s2: concat 0.5 < 0.8·1 → left out. s3: full 0 → left out. s4: sharded only → left out.
    // s5: full 0.5, concat 0.5 ≥ 0.4, sharded 0 → eligible.
    // Over {s1, s5}: TS(full) = (1 + 0.5)/2 = 0.75, TS(sharded) = (0.5 + 0)/2 = 0.25 → MTD = 1 − 0.25/0.75 = 2/3.
    const [mtd] = successMetrics(episodes).mtd;
    expect(mtd).toMatchObject({ agent: 'a', scenarios: ['s1', 's5'], skipped: { missingCondition: 1, zeroFull: 1, concatBelow: 1 } });
    expect(mtd?.tsFull).toBeCloseTo(0.75, 12);
    expect(mtd?.tsConcat).toBeCloseTo(0.75, 12);
    expect(mtd?.tsSharded).toBeCloseTo(0.25, 12);
    expect(mtd?.value).toBeCloseTo(2 / 3, 12);
    // A lower threshold lets s2 in: TS(full) = 2.5/3, TS(sharded) = 0.5/3 → MTD = 1 − 0.5/2.5 = 0.8.
    expect(successMetrics(episodes, { concatThreshold: 0.5 }).mtd[0]?.value).toBeCloseTo(0.8, 12);
  });

  it('keeps agents apart and leaves out excluded and unscored episodes', () => {
    const mixed = [
      ...table('a', 'sharded', { s1: [true, true] }),
      ...table('b', 'sharded', { s1: [false, false] }),
      makeEpisode({ seed: 9, excluded: true, scores: null }),
      makeEpisode({ seed: 10, scores: null }),
    ];
    const m = successMetrics(mixed);
    expect(m).toMatchObject({ episodes: 4, excluded: 1, unscored: 1 });
    expect(m.perTask.map((t) => t.task)).toEqual(['s1|sharded|a', 's1|sharded|b']);
    expect(m.noiseFloor.flipRate).toBe(0);
    expect(m.mtd.map((d) => [d.agent, d.value])).toEqual([['a', null], ['b', null]]);
  });
});
