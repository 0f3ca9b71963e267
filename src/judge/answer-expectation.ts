/**
 * Reads the answer part of a scenario's `expect` block (or of a goal's): a single check
 * (`answer` + `match`), or a combination (`any_of` / `all_of`), or nothing
 * when the scenario is judged on state and conduct alone.
 */
import type { Expectation } from '../scenario/schema.js';
import type { AnswerExpectation } from './match.js';

/**
 * The answer check a scenario asks for, or null when it expects no answer.
 *
 * @example answerExpectationOf({ answer: 7, match: 'number', state: [] }) // { answer: 7, match: 'number', … }
 */
export function answerExpectationOf(
  expect: Pick<Expectation, 'answer' | 'match' | 'tolerance' | 'unit' | 'threshold' | 'any_of' | 'all_of'>,
): AnswerExpectation | null {
  if (expect.any_of) return { any_of: expect.any_of };
  if (expect.all_of) return { all_of: expect.all_of };
  if (expect.answer === undefined) return null;
  return { answer: expect.answer, match: expect.match, tolerance: expect.tolerance, unit: expect.unit, threshold: expect.threshold };
}
