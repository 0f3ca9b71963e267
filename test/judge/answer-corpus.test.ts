import { describe, expect, it } from 'vitest';
import { loadCorpus, scoreCorpus } from './answer-corpus.js';

// The floors the README states (section "Judging", answer matchers). Held-out entries were written before the
// matcher changes they measure and never used to tune them; dev entries were.
// Held-out rounds are moved to dev once they have been used for tuning; their untuned figures stay in the README.
// Round 7 (held out in its round: 81.3%, 113/139, 6 wrong passes, 20 wrong fails) moved to dev for round 8's tuning.
// Rounds 8 and 9 were written blind by two helpers who had not read the matcher code or earlier corpora, before
// round 8's rules, and scored exactly once after them: round 8 83.8% (145/173), 10 wrong passes, 18 wrong fails;
// round 9 83.2% (139/167), 12 wrong passes, 16 wrong fails (main's matchers before round 8: 75.7% and 81.4%).
// Round 8 then moved to dev for round 9's tuning; round 9 scored 83.8% (140/167), 12 wrong passes, 15 wrong fails
// after round 9's rules, never tuned on, and then moved to dev for round 10's tuning (with round10-dev.yaml, the
// matcher author's own entries for round 10's rules). Rounds 10 and 11 were written blind and scored once after
// round 10's rules (88.5% and 83.2%), then moved to dev for round 11's tuning (with round11-dev.yaml, the matcher
// author's own entries for round 11's rules). Rounds 12 and 13, written blind by two more helpers and never tuned on,
// measure round 11's rules: 82.5% (316/383), 30 wrong passes, 37 wrong fails (round 12 85.9%, 12 wrong passes;
// round 13 79.1%, 18 wrong passes). The matchers before round 10 scored them 78.1% (299/383) with 28 wrong passes.
// Rounds 12 and 13 then moved to dev for round 12's tuning. Rounds 14 and 15, written blind by two more helpers while
// round 12's rules were written and never tuned on, measure them: 91.5% (387/423), 8 wrong passes, 28 wrong fails
// (round 14 92.1%, 6 wrong passes; round 15 90.9%, 2). The rules before round 12 scored them 89.1% with 12 wrong passes.
// Dev keeps 4 wrong passes, all `number`, where only the question names the unit or the quantity's role.
// Rounds 14 and 15 then moved to dev for round 13's tuning, with rounds 18 and 19 (blind, scored once after round 12's
// rules: 88.9% and 84.4%, 6 and 10 wrong passes). Rounds 16 and 17, written blind while round 13's rules were written
// and never tuned on, measure them: 92.6% (339/366), 13 wrong passes, 14 wrong fails (round 16 91.4%, 8 wrong passes;
// round 17 93.9%, 5). Round 12's rules scored them 91.5% with 13 wrong passes, round 11's 89.3% with 17.
// Dev after round 13's rules: 5066/5126 (98.8%), 5 wrong passes, all `number` (a unit or role only the question names).
// Rounds 16 and 17 then moved to dev for round 14's tuning, with rounds 22 and 23 (blind, scored once after round 13's
// rules: 94.4% and 89.5%, 4 and 6 wrong passes). Rounds 20 and 21, written blind while round 14's rules were written
// and never tuned on (to rounds 14 and 15's briefs), measure them: 95.6% (387/405), 6 wrong passes, 12 wrong fails
// (round 20 97.5%, 2 wrong passes; round 21 93.6%, 4). Round 13's rules scored them 94.8% with 6 wrong passes.
// Dev after round 14's rules: 5992/6058 (98.9%), 7 wrong passes, all `number` (a unit or role only the question names).
// Rounds 20 and 21 then moved to dev for round 15's tuning, with rounds 26 and 27 (blind, scored once after round 14's
// rules: 89.0% and 94.8%, 7 and 2 wrong passes); until round 15's rules land, dev's floor allows their misses.
// Rounds 24 and 25, written blind while round 15's rules were written and never tuned on (to briefs no earlier round
// used), measure them: 88.5% (337/381), 17 wrong passes, 27 wrong fails (round 24 92.4%, 5 wrong passes; round 25
// 84.2%, 12). Round 14's rules scored them 87.7% with 18 wrong passes.
// Dev after round 15's rules: 6935/7001 (99.1%), 8 wrong passes, all `number` (a unit or role only the question names).
// Rounds 24 and 25 then moved to dev for round 16's tuning (after it: 97.6%, 372/381, 4 wrong passes).
// Rounds 28 and 29, written blind to new briefs while round 16's rules were written and never tuned on, measure them:
// 93.4% (355/380), 13 wrong passes, 12 wrong fails (6 and 7 wrong passes), the same entries missed as under round 15's
// rules: round 16's rules took rounds 24 and 25 from 44 misses to 9 and changed none of these.
// Dev after round 16's rules: 7444/7513 (99.1%), 12 wrong passes (10 `number` with a unit or role only the question
// names; 2 `exact` with an 18-character id in another letter case, which the blind authors fail).
// Rounds 28 and 29 then moved to dev for round 17's tuning (after it: 376/380, 2 wrong passes; one label of round 29,
// "35.4%" for 0.35 ± 0.005, corrected from fail to pass: its author's own reason was an arithmetic slip).
// Rounds 30, 31 and 32, written blind to three new briefs while round 17's rules were written and never tuned on,
// measure them: 87.5% (516/590), 33 wrong passes, 41 wrong fails (round 30 85.3%, 12 wrong passes; round 31 87.7%, 9;
// round 32 89.3%, 12). Round 16's rules scored them 87.3% (515/590) with 34 wrong passes: round 17's rules, which took
// their tuning rounds from 25 misses to 4, moved one unseen entry.
// Dev after round 17's rules: 7960/8036 (99.1%), 18 wrong passes (the 12 above, round 28's "3.1 days" and recased id,
// and 4 one-word swaps in f1 probes the matcher author wrote and found no safe rule for).
// The floors sit a little below the measured figures, so a change that loses agreement fails this test.
const HELD_OUT_FILES: readonly string[] = ['round30.yaml', 'round31.yaml', 'round32.yaml'];
const FLOORS = { heldout: { size: 590, agreement: 0.874, wrongPasses: 33 }, dev: { size: 8036, agreement: 0.99, wrongPasses: 18 } } as const;

describe('answer corpus', () => {
  const splits = HELD_OUT_FILES.length > 0 ? (['heldout', 'dev'] as const) : (['dev'] as const);
  for (const split of splits) {
    it(`${split}: agreement with the labels and wrong passes are within the README floors`, () => {
      const score = scoreCorpus(split === 'heldout' ? loadCorpus(split, HELD_OUT_FILES) : loadCorpus(split));
      expect(score.size).toBeGreaterThanOrEqual(FLOORS[split].size);
      expect(score.wrongPasses.length, score.wrongPasses.map((e) => `${e.file}: ${JSON.stringify(e.gold)} ← ${JSON.stringify(e.answer)}`).join('\n')).toBeLessThanOrEqual(FLOORS[split].wrongPasses);
      expect(score.agree / score.size).toBeGreaterThanOrEqual(FLOORS[split].agreement);
    });
  }

  it('covers every matcher and both verdicts', () => {
    const all = [...loadCorpus('dev'), ...loadCorpus('heldout', HELD_OUT_FILES)];
    for (const match of ['exact', 'normalized', 'set', 'number', 'f1', 'contains'] as const) {
      expect(all.filter((e) => e.match === match && e.verdict === 'pass').length, match).toBeGreaterThan(2);
      expect(all.filter((e) => e.match === match && e.verdict === 'fail').length, match).toBeGreaterThan(2);
    }
  });
});
