/**
 * What every matcher returns: a pass, a score in 0..1 and the reason, in a
 * sentence a scenario author can act on. A verdict without a reason cannot be
 * audited, and the accuracy corpus compares reasons when a matcher disagrees
 * with its label.
 */

/** One matcher's verdict on one gold and one answer. */
export interface MatchOutcome {
  pass: boolean;
  /** 1 or 0 for binary matchers; the token F1 for `f1`. */
  score: number;
  /** Why it passed or failed, e.g. `number: read 7 (skipped the year 2023)`. */
  reason: string;
  /**
   * Set when the verdict rests on reading a value inside a sentence (see
   * `mentionOf`), a heuristic a model can check: an LLM judge re-reads such
   * passes.
   */
  uncertain?: true;
}

/** A binary outcome. */
export function outcome(pass: boolean, reason: string): MatchOutcome {
  return { pass, score: pass ? 1 : 0, reason };
}
