/**
 * How close an answer is to a gold answer, as the judge's matchers score it.
 * Scenario generators keep only instances whose reference answer passes its
 * matcher with a margin; they take a scorer through this interface instead
 * of importing the judge (the judge's implementation is `judge/answer-scorer.ts`).
 */

/** Raw matcher scores in 0..1. */
export interface AnswerScorer {
  /** SQuAD token F1 between `expected` and `actual` after normalisation (the `f1` matcher's raw score). */
  tokenF1(expected: string, actual: string): number;
}
