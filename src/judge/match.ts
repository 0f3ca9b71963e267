/**
 * Scores an agent's final answer against a scenario's `expect` block. It
 * dispatches on the matcher kind and applies the rules every matcher shares:
 * no answer fails; a "None" gold accepts only answers that say nothing
 * matches; an array gold lists acceptable alternatives (the best one counts),
 * except for `set`, where the array is the set itself. `any_of` and `all_of`
 * combine several checks. Answers written as JSON are read as the prose they
 * stand for. Every verdict carries the reason it passed or failed.
 */
import type { AnswerUnit, Expectation, MatcherKind } from '../scenario/schema.js';
import type { AnswerVerdict } from './judge.js';
import { containsMatch } from './matchers/contains.js';
import { exactMatch, isIdentifier, nameBesideIdentifier, rivalIdentifier } from './matchers/exact.js';
import { DEFAULT_F1_THRESHOLD, f1Match } from './matchers/f1.js';
import { isNoRecordGold, noRecordVerdict } from './matchers/no-record.js';
import { normalizedMatch } from './matchers/normalized.js';
import { monthNamesFor } from '../text/calendar.js';
import { findCalendarValues } from '../text/dates.js';
import { usStateName } from '../text/us-states.js';
import { numberMatch } from './matchers/number.js';
import { numberField } from './matchers/number-rate-label.js';
import type { MatchOutcome } from './matchers/outcome.js';
import { regexVerdict } from './matchers/regex.js';
import { setMatch } from './matchers/set.js';
import { plainAnswer } from './matchers/structured-answer.js';
import { undecided } from './matchers/undecided.js';

/** The gold answer: one value, or a list (alternatives, or the set for `set`). */
export type GoldAnswer = NonNullable<Expectation['answer']>;

/** One answer check: a gold and the matcher that reads it. */
export interface AnswerCheck {
  answer: GoldAnswer;
  match: MatcherKind;
  tolerance?: number | undefined;
  /** For `number`: the time unit the gold is in. */
  unit?: AnswerUnit | undefined;
  threshold?: number | undefined;
}

/** What `matchAnswer` needs from a scenario's `expect` block: one check, or a combination. */
export type AnswerExpectation = AnswerCheck | { any_of: readonly AnswerCheck[] } | { all_of: readonly AnswerCheck[] };

/**
 * Scores one answer. The verdict's score is 1 or 0 for every matcher but
 * `f1`, whose score is the token F1 and whose pass is F1 ≥ `threshold`
 * (default `DEFAULT_F1_THRESHOLD`). `regex` never applies the "None" rule:
 * its gold is a pattern, not an answer. `any_of` passes when one check
 * passes (its score is the best), `all_of` when every check passes (its
 * score is the lowest); their `parts` keep each check's verdict.
 *
 * @throws UsersimError `E_SCENARIO_INVALID` for a `regex` gold that does not compile.
 * @example matchAnswer({ answer: 'None', match: 'exact' }, 'No such record exists.').pass // true
 */
export function matchAnswer(expect: AnswerExpectation, actual: string | null): AnswerVerdict {
  if ('any_of' in expect || 'all_of' in expect) {
    const any = 'any_of' in expect;
    const checks = any ? expect.any_of : expect.all_of;
    const parts = checks.map((check) => matchAnswer(check, actual));
    const pass = parts.length > 0 && (any ? parts.some((p) => p.pass) : parts.every((p) => p.pass));
    const scores = parts.map((p) => p.score);
    const decisive = parts.find((p) => p.pass === pass) ?? parts[0];
    return {
      matcher: any ? 'any_of' : 'all_of',
      expected: parts.flatMap((p) => (Array.isArray(p.expected) ? p.expected : [p.expected])),
      actual,
      score: parts.length === 0 ? 0 : any ? Math.max(...scores) : Math.min(...scores),
      pass,
      reason: `${any ? 'any_of' : 'all_of'}: ${decisive ? decisive.reason : 'no checks'}`,
      parts,
    };
  }
  const verdict = ({ uncertain, ...result }: MatchOutcome): AnswerVerdict => ({ matcher: expect.match, expected: expect.answer, actual, ...result, ...(uncertain ? { uncertain } : {}) });
  if (actual === null) return verdict({ pass: false, score: 0, reason: 'no answer was given' });
  // JSON answers and "## Answer" headings are read as the prose they stand for; a regex sees the answer as written.
  // A number in a one-field JSON object keeps its key, which may say it is a rate ("{"win_rate": 35}").
  const text = expect.match === 'regex' ? actual : ((expect.match === 'number' ? numberField(actual) : null) ?? plainAnswer(actual));
  if (expect.match !== 'regex' && isNoRecordGold(expect.answer)) {
    // A bare "0" says no record for a record question; for a `number` question it is a value, not "no value".
    const none = expect.match !== 'number' && /^\W*(?:0|zero)\W*$/i.test(text) ? { pass: true, reason: 'none: the answer is 0, no record' } : noRecordVerdict(text);
    return verdict({ pass: none.pass, score: none.pass ? 1 : 0, reason: none.reason });
  }
  if (expect.match === 'set') return verdict(setMatch(expect.answer, text));
  const given = Array.isArray(expect.answer) ? expect.answer : [expect.answer];
  // A month's name stands for a gold month of a year only when the answer names no year of its own ("May 2024" is not 5/2025).
  const named = expect.match === 'normalized' || expect.match === 'exact' ? monthNamesFor(given) : [];
  // "California had the quickest …" for "CA": a state's code stands for its name.
  const states = named.length === 0 && (expect.match === 'normalized' || expect.match === 'exact') ? given.map((g) => usStateName(String(g))).filter((n): n is string => n !== null && !given.includes(n) && !new RegExp(`${n},?\\s*D\\.?\\s?C\\b`).test(text)) : [];
  const alternatives = named.length > 0 && !findCalendarValues(text).some((v) => v.year !== undefined) ? [...given, ...named] : [...given, ...states];
  const results = alternatives.map((gold) => checkOne(expect, gold, text));
  const best = results.reduce((a, b) => (b.pass && !a.pass) || (b.pass === a.pass && b.score > a.score) ? b : a);
  // [Id, Name] alternatives name one record: a right name next to another record's id is not that record.
  if (best.pass && expect.match === 'exact' && alternatives.length > 1) {
    for (const alternative of alternatives) {
      const rival = rivalIdentifier(String(alternative), text);
      if (rival !== null) return verdict({ pass: false, score: 0, reason: `exact: the answer gives ${JSON.stringify(rival)}, another record's id than ${JSON.stringify(String(alternative))}` });
    }
    // "Marcus Oyelaran (0056…)" for [0056…, Dana Whitfield]: the right id beside another record's name.
    const names = alternatives.map(String).filter((a) => !isIdentifier(a));
    for (const alternative of alternatives) {
      const other = nameBesideIdentifier(String(alternative), names, text);
      if (other !== null) return verdict({ pass: false, score: 0, reason: `exact: the answer writes ${JSON.stringify(String(alternative))} beside ${JSON.stringify(other)}, another record's name` });
    }
  }
  // "A and B are tied for …", "Which one did you mean?": the answer names the gold without deciding on it.
  const open = best.pass && (expect.match === 'exact' || expect.match === 'normalized') ? undecided(String(given[0]), text) ?? alternatives.map((a) => undecided(String(a), text)).find((r) => r !== null) : null;
  if (open !== null && open !== undefined) return verdict({ pass: false, score: 0, reason: `${expect.match}: the answer ${open}`, uncertain: true });
  // "I'm not sure", "I couldn't confirm it": an answer that says it is unsure does not state a value.
  if (best.pass && expect.match !== 'f1' && expect.match !== 'contains' && UNSURE.test(text)) return verdict({ pass: false, score: 0, reason: `${expect.match}: the answer says it is unsure ("${UNSURE.exec(text)?.[0] ?? ''}")`, uncertain: true });
  return verdict(best);
}

const UNSURE = /\b(?:i'?m not (?:sure|certain|positive)|i am not (?:sure|certain)|not (?:100% )?sure|unsure|can'?t confirm|cannot confirm|couldn'?t confirm|could not confirm|unable to (?:confirm|verify)|i'?m guessing|just a guess|don'?t quote me)\b(?!\s+(?:whether|if|what|which|how) you\b)/i;

function checkOne(expect: AnswerCheck, gold: string | number, actual: string): MatchOutcome {
  switch (expect.match) {
    case 'exact':
      return exactMatch(gold, actual);
    case 'normalized':
      return normalizedMatch(gold, actual);
    case 'number':
      return numberMatch(gold, actual, expect.tolerance ?? 0, expect.unit);
    case 'regex':
      return regexVerdict(gold, actual);
    case 'set':
      return setMatch(gold, actual);
    case 'contains':
      return containsMatch(gold, actual);
    case 'f1':
      return f1Match(gold, actual, expect.threshold ?? DEFAULT_F1_THRESHOLD);
  }
}
