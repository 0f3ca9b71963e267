import { describe, expect, it } from 'vitest';
import { UsersimError, formatIssue } from '../../src/errors.js';
import { answerExpectationOf } from '../../src/judge/answer-expectation.js';
import { matchAnswer } from '../../src/judge/match.js';
import { loadScenarioText } from '../../src/scenario/load.js';

const scenario = (expect: string): string => `id: handle-time
title: Average handle time
world: demo
user:
  goal: Know the average handle time in hours.
expect:
${expect}
reference:
  - answer: "102"
`;

function issues(text: string): string[] {
  try {
    loadScenarioText(text, 'unit.yaml');
  } catch (error) {
    if (error instanceof UsersimError) return error.issues.map(formatIssue);
    throw error;
  }
  throw new Error('expected a UsersimError');
}

describe('unit in a scenario', () => {
  it('loads on a number check and judges the answer in that unit', () => {
    const { scenario: loaded } = loadScenarioText(scenario('  answer: 102\n  match: number\n  unit: hours'), 'unit.yaml');
    const check = answerExpectationOf(loaded.expect);
    expect(check).toMatchObject({ answer: 102, match: 'number', unit: 'hours' });
    if (check === null) throw new Error('expected an answer check');
    expect(matchAnswer(check, 'Average handle time: 4.25 days').pass).toBe(true);
    expect(matchAnswer(check, 'Average handle time: 102 days').pass).toBe(false);
  });

  it('reports a unit on another matcher at its line and column', () => {
    expect(issues(scenario('  answer: Escalated\n  match: exact\n  unit: hours'))).toEqual(['unit.yaml:9:9 expect.unit: unit applies only to match: number (match is exact)']);
    const anyOf = scenario('  any_of:\n    - { answer: 102, match: number, unit: hours }\n    - { answer: Escalated, match: contains, unit: days }');
    expect(issues(anyOf)).toEqual([expect.stringMatching(/^unit\.yaml:9:\d+ expect\.any_of\[1\]\.unit: unit applies only to match: number \(match is contains\)$/)]);
  });

  it('reports a unit on a goal\'s check', () => {
    const goals = scenario('  communicate: [Escalated]').replace(
      '  goal: Know the average handle time in hours.\n',
      '  goal: Know the average handle time in hours.\n  goals:\n    - id: aht\n      goal: Know the average handle time.\n      expect: { answer: Escalated, match: normalized, unit: hours }\n',
    );
    expect(issues(goals)).toEqual(['unit.yaml:9:61 user.goals[0].expect.unit: unit applies only to match: number (match is normalized)']);
  });

  it('reports a unit that is not a duration unit', () => {
    expect(issues(scenario('  answer: 102\n  match: number\n  unit: fortnights'))).toEqual([expect.stringMatching(/^unit\.yaml:9:9 expect\.unit: /)]);
  });
});
