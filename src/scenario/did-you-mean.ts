/**
 * "Did you mean …?" suggestions for misspelt keys, enum values, fact ids and
 * tool names. Damerau–Levenshtein (optimal string alignment) distance, so a
 * swapped pair of letters counts as one typo; hand-written because it is a
 * dozen lines and no installed library offers it.
 */

/** Edit distance where insertion, deletion, substitution and adjacent transposition each cost 1. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, d[i - 2]![j - 2]! + 1);
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate closest to `word`, if it is close enough to be a likely typo:
 * within a third of the word's length (at least 1, at most 3 edits). Case is
 * ignored for the distance. Ties go to the earlier candidate, so the result is
 * deterministic.
 *
 * @example didYouMean('answr', ['answer', 'match']) // 'answer'
 */
export function didYouMean(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (distance <= limit && distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** `' (did you mean "x"?)'` when there is a close candidate, otherwise `''`. */
export function suggestion(word: string, candidates: readonly string[]): string {
  const match = didYouMean(word, candidates);
  return match === undefined ? '' : ` (did you mean "${match}"?)`;
}
