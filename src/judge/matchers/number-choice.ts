/**
 * An answer that gives a value for each of two readings and asks the user
 * which one to use ("If you want local time it's 21; UTC gives 18. Which
 * timezone should I use?") commits to neither, for the `number` matcher:
 * the value after the condition is an alternative, and the closing question
 * says the choice is still open.
 */
import type { Quantity } from '../../text/quantities.js';

/**
 * A closing question that asks the user how to read the question: "Which timezone should I use?", "Did you mean local
 * or UTC?". Not one about what to do next ("Which option would you like?" offers a choice of service, after the answer).
 */
const HOW_TO_READ = /\b(?:(?:should|shall) (?:i|we) (?:use|count|go with|report|take|apply|assume)|(?:did|do) you mean|you meant|you want me to (?:use|count|go with|report))\b/i;

/** A clause that opens on a reading of the question: "If you want local time it's", "by calendar days it's", "counting …,". */
const READING = /(?:^|[;.!?\n]\s*|,\s*(?:and|or|but)?\s*)(?:if|by|counting|excluding|including|with|without|using|in|on|under)\b[^.;!?\n\d]{1,45}$/i;

/**
 * Whether the answer gives two or more different values, one of them under a reading of the question, and ends by asking
 * which one the user wants.
 *
 * @example leftToChoose('If you want local time it\'s 21; UTC gives 18. Which timezone should I use?', quantities) // true
 */
export function leftToChoose(actual: string, candidates: readonly Quantity[]): boolean {
  const question = /[^.!?\n]*\?\s*$/.exec(actual.trim())?.[0] ?? '';
  if (!/\b(?:which|or)\b/i.test(question) || !HOW_TO_READ.test(question)) return false;
  const values = new Set(candidates.map((q) => q.value));
  return values.size >= 2 && candidates.some((q) => READING.test(actual.slice(Math.max(0, q.start - 60), q.start)));
}
