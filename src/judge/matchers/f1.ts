/**
 * The `f1` matcher: SQuAD token F1 between the normalised gold and answer, the
 * metric CRMArena reports for its free-text tasks (knowledge_qa,
 * sales_insight_mining). Tokens are counted as a multiset, so a repeated word
 * only matches as often as it occurs on both sides.
 */
import { answerTokens } from '../normalize.js';

/**
 * The score at or above which an `f1` answer passes when the scenario sets no
 * `threshold`. 0.5 means at least half the tokens overlap in both directions:
 * a paraphrase of the gold passes, an answer that shares a few common words
 * with it does not. The score itself is always reported.
 */
export const DEFAULT_F1_THRESHOLD = 0.5;

/**
 * Token F1 in 0..1 between `expected` and `actual` after SQuAD normalisation.
 * Two answers that are both empty after normalisation score 1; one empty side
 * scores 0.
 *
 * @example tokenF1('the quick brown fox', 'quick brown dog') // 0.666…
 */
export function tokenF1(expected: string | number, actual: string): number {
  const gold = answerTokens(String(expected));
  const predicted = answerTokens(actual);
  if (gold.length === 0 || predicted.length === 0) return gold.length === predicted.length ? 1 : 0;
  const remaining = new Map<string, number>();
  for (const token of gold) remaining.set(token, (remaining.get(token) ?? 0) + 1);
  let common = 0;
  for (const token of predicted) {
    const left = remaining.get(token) ?? 0;
    if (left > 0) {
      common += 1;
      remaining.set(token, left - 1);
    }
  }
  if (common === 0) return 0;
  const precision = common / predicted.length;
  const recall = common / gold.length;
  return (2 * precision * recall) / (precision + recall);
}
