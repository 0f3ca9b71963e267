import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const hours = (answer: number): AnswerCheck => ({ answer, match: 'number', unit: 'hours' });

describe('number with a declared unit', () => {
  it('converts a duration in the answer to the gold unit, and says so', () => {
    const days = matchAnswer(hours(102), 'Average handle time: 4.25 days');
    expect(days).toMatchObject({ pass: true, reason: 'number: read "4.25" as 102 (4.25 days = 102 hours)' });
    expect(days.uncertain).toBeUndefined();
    expect(matchAnswer(hours(102), '102 hours').pass).toBe(true);
    expect(matchAnswer({ answer: 3, match: 'number', unit: 'weeks' }, 'It took 21 days.').reason).toBe('number: read "21" as 3 (21 days = 3 weeks)');
    expect(matchAnswer({ answer: 90, match: 'number', unit: 'minutes' }, 'The call lasted 1.5 hours.').pass).toBe(true);
    expect(matchAnswer(hours(2.5), 'Median: 2h 30m').pass).toBe(true);
  });

  it('fails the same figure in another unit, which passes without a unit', () => {
    const answer = 'Average handle time: 4.25 days';
    expect(matchAnswer({ answer: 4.25, match: 'number' }, answer)).toMatchObject({ pass: true, uncertain: true });
    expect(matchAnswer(hours(4.25), answer)).toMatchObject({ pass: false, reason: 'number: read "4.25" as 102, not 4.25 (4.25 days = 102 hours)' });
    expect(matchAnswer({ answer: 36, match: 'number', unit: 'hours' }, '36 minutes').pass).toBe(false);
  });

  it('reads a number without a unit in the gold unit', () => {
    expect(matchAnswer(hours(102), 'The average is 102.').pass).toBe(true);
    expect(matchAnswer(hours(102), 'The average is 103.').pass).toBe(false);
  });

  it('fails a quantity of another kind', () => {
    expect(matchAnswer(hours(50), 'You have used 50 GB so far.').reason).toBe('number: "50" is an amount in GB, not a duration in hours');
    expect(matchAnswer(hours(102), 'The total is $102.').reason).toBe('number: "$102" is an amount in USD, not a duration in hours');
    expect(matchAnswer(hours(25), '25%').reason).toBe('number: "25%" is a percent, not a duration in hours');
    expect(matchAnswer({ answer: 50, match: 'number' }, 'You have used 50 GB so far.').pass).toBe(true);
  });

  it('reads a worded duration and a hedged one in the declared unit only', () => {
    expect(matchAnswer(hours(24), 'A day.').pass).toBe(true);
    expect(matchAnswer(hours(1), 'A day.').pass).toBe(false);
    expect(matchAnswer({ answer: 1, match: 'number' }, 'A day.').pass).toBe(true);
    expect(matchAnswer({ answer: 14, match: 'number', unit: 'days' }, 'About two weeks.')).toMatchObject({ pass: true, uncertain: true });
    expect(matchAnswer(hours(14), 'About two weeks.').pass).toBe(false);
    expect(matchAnswer({ answer: 14, match: 'number' }, 'About two weeks.')).toMatchObject({ pass: true, uncertain: true });
  });

  it('applies inside any_of and keeps a unit the gold writes itself', () => {
    const any = { any_of: [hours(102), { answer: 'escalated', match: 'contains' as const }] };
    expect(matchAnswer(any, '4.25 days').pass).toBe(true);
    expect(matchAnswer(any, '4.25 hours').pass).toBe(false);
    expect(matchAnswer({ answer: '4.5 hours', match: 'number', unit: 'days' }, '270 minutes').pass).toBe(true);
  });
});
