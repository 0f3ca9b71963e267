import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 20, 21, 26 and 27's number, set, f1 and contains misses (round 15, part B), each tested on
// answers outside the corpus, in both directions.
describe('round 15 readings (number, set, f1, contains)', () => {
  it('number: a scaled figure rounds at its last digit times its scale', () => {
    expect(judge(3449.95, 'number', '3.4k', 0.05)).toBe(false);
    expect(judge(3400, 'number', '3.4k', 0.05)).toBe(true);
    expect(judge(3449.95, 'number', '$3,449.95', 0.05)).toBe(true);
  });

  it('number: values under two readings and a question about which reading to use commit to neither', () => {
    expect(judge(30, 'number', "By calendar days it's 30; counting business days only, 22. Which do you want me to use?")).toBe(false);
    expect(judge(30, 'number', "It's 30 days. Which address should I send the summary to?")).toBe(true);
  });

  it('set: items named only in a question are not listed', () => {
    expect(judge(['Need', 'Authority'], 'set', 'Shall I record Need and Authority as the gaps?')).toBe(false);
    expect(judge(['Need', 'Authority'], 'set', 'The gaps are Need and Authority. Shall I record them?')).toBe(true);
  });

  it('set: an item the answer says it leaves out is not listed', () => {
    expect(judge(['Pune', 'Delhi'], 'set', "Late branches: Pune (6 days). Delhi was 4.9 days, which rounds to 5, so I'm not counting it.")).toBe(false);
    expect(judge(['Pune', 'Delhi'], 'set', "Late branches: Pune and Delhi; Mumbai is borderline, so I've left it out.")).toBe(true);
  });
});
