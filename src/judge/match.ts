/**
 * Scores an agent's final answer against a scenario's `expect` block. It
 * dispatches on the matcher kind and applies the rules every matcher shares:
 * no answer fails; a "None" gold accepts any clear "no such record" answer;
 * an array gold lists acceptable alternatives (the best one counts), except for
 * `set`, where the array is the set itself.
 */
import type { Expectation, MatcherKind } from '../scenario/schema.js';
import type { AnswerVerdict } from './judge.js';
import { exactMatch } from './matchers/exact.js';
import { DEFAULT_F1_THRESHOLD, tokenF1 } from './matchers/f1.js';
import { isNoRecordGold, saysNoRecord } from './matchers/no-record.js';
import { normalizedMatch } from './matchers/normalized.js';
import { numberMatch } from './matchers/number.js';
import { regexMatch } from './matchers/regex.js';
import { setMatch } from './matchers/set.js';

/** The gold answer: one value, or a list (alternatives, or the set for `set`). */
export type GoldAnswer = NonNullable<Expectation['answer']>;

/** What `matchAnswer` needs from a scenario's `expect` block. */
export interface AnswerExpectation {
  answer: GoldAnswer;
  match: MatcherKind;
  tolerance?: number | undefined;
  threshold?: number | undefined;
}

/**
 * Scores one answer. The verdict's score is 1 or 0 for every matcher but
 * `f1`, whose score is the token F1 and whose pass is F1 ≥ `threshold`
 * (default `DEFAULT_F1_THRESHOLD`). `regex` never applies the "None" rule:
 * its gold is a pattern, not an answer.
 *
 * @throws UsersimError `E_SCENARIO_INVALID` for a `regex` gold that does not compile.
 * @example matchAnswer({ answer: 'None', match: 'exact' }, 'No such record exists.').pass // true
 */
export function matchAnswer(expect: AnswerExpectation, actual: string | null): AnswerVerdict {
  const verdict = (score: number, pass: boolean): AnswerVerdict => ({
    matcher: expect.match,
    expected: expect.answer,
    actual,
    score,
    pass,
  });
  if (actual === null) return verdict(0, false);
  if (expect.match !== 'regex' && isNoRecordGold(expect.answer)) {
    const none = saysNoRecord(actual);
    return verdict(none ? 1 : 0, none);
  }
  if (expect.match === 'set') {
    const pass = setMatch(expect.answer, actual);
    return verdict(pass ? 1 : 0, pass);
  }
  const alternatives = Array.isArray(expect.answer) ? expect.answer : [expect.answer];
  if (expect.match === 'f1') {
    const score = Math.max(0, ...alternatives.map((gold) => tokenF1(gold, actual)));
    return verdict(score, score >= (expect.threshold ?? DEFAULT_F1_THRESHOLD));
  }
  const pass = alternatives.some((gold) => binaryMatch(expect, gold, actual));
  return verdict(pass ? 1 : 0, pass);
}

function binaryMatch(expect: AnswerExpectation, gold: string | number, actual: string): boolean {
  switch (expect.match) {
    case 'exact':
      return exactMatch(gold, actual);
    case 'normalized':
      return normalizedMatch(gold, actual);
    case 'number':
      return numberMatch(gold, actual, expect.tolerance ?? 0);
    case 'regex':
      return regexMatch(gold, actual);
    case 'set':
      return setMatch(gold, actual);
    case 'f1':
      return tokenF1(gold, actual) >= (expect.threshold ?? DEFAULT_F1_THRESHOLD);
  }
}
