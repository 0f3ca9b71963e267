import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus } from './answer-corpus.js';

// The floors the README states (section "Judging", answer matchers). Held-out entries were written after the
// matchers and never used to tune them; dev entries were.
// Held-out rounds are moved to dev once they have been used for tuning; their untuned figures stay in the README.
// The current held-out round (4) has two known wrong passes, stated in the README; the floor holds them there.
// Rounds 5 and 6 are fresh held-out rounds, not yet scored here: round 5 is scored once before tuning, round 6
// once after it.
const HELD_OUT_FILES = ['round4.yaml'];
const FLOORS = { heldout: { size: 100, agreement: 0.93, wrongPasses: 2 }, dev: { size: 500, agreement: 0.99, wrongPasses: 0 } } as const;

describe('answer corpus', () => {
  for (const split of ['heldout', 'dev'] as const) {
    it(`${split}: agreement with the labels and wrong passes are within the README floors`, () => {
      const score = scoreCorpus(split === 'heldout' ? loadCorpus(split, HELD_OUT_FILES) : loadCorpus(split));
      expect(score.size).toBeGreaterThanOrEqual(FLOORS[split].size);
      expect(score.wrongPasses.length, score.wrongPasses.map((e) => `${e.file}: ${JSON.stringify(e.gold)} ← ${JSON.stringify(e.answer)}`).join('\n')).toBeLessThanOrEqual(FLOORS[split].wrongPasses);
      expect(score.agree / score.size).toBeGreaterThanOrEqual(FLOORS[split].agreement);
    });
  }

  it('covers every matcher and both verdicts', () => {
    const all = [...loadCorpus('dev'), ...loadCorpus('heldout')];
    for (const match of ['exact', 'normalized', 'set', 'number', 'f1', 'contains'] as const) {
      expect(all.filter((e) => e.match === match && e.verdict === 'pass').length, match).toBeGreaterThan(2);
      expect(all.filter((e) => e.match === match && e.verdict === 'fail').length, match).toBeGreaterThan(2);
    }
  });
});
