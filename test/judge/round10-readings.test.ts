import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after round 9's misses (round 10), each tested on answers outside the corpus, in both directions.
describe('round 10 readings', () => {
  it('exact: the right id beside another record\'s name names two records', () => {
    const gold = ['0036T00000Hq7pLQAR', 'Irene Kowalski'];
    expect(judge(gold, 'exact', 'Owner: Paul Meyer (0036T00000Hq7pLQAR)')).toBe(false);
    expect(judge(gold, 'exact', '0036T00000Hq7pLQAR (Paul Meyer)')).toBe(false);
    expect(judge(gold, 'exact', 'Owner: Irene Kowalski (0036T00000Hq7pLQAR)')).toBe(true);
    expect(judge(gold, 'exact', 'Kowalski, Irene (0036T00000Hq7pL)')).toBe(true);
  });

  it('set: spans, acronyms of the items and flags in JSON', () => {
    expect(judge(['Tuesday', 'Wednesday', 'Thursday'], 'set', 'Tue–Thu')).toBe(true);
    expect(judge(['Tuesday', 'Thursday'], 'set', 'Tue–Thu')).toBe(false);
    expect(judge(['Budget', 'Authority', 'Need', 'Timeline'], 'set', 'It fails all BANT criteria.')).toBe(true);
    expect(judge(['Budget', 'Authority'], 'set', '{"pass": false, "failing": ["budget", "authority"]}')).toBe(true);
  });

  it('number: a gold with a unit compares durations in that unit', () => {
    expect(judge('90 minutes', 'number', '1.5 hours')).toBe(true);
    expect(judge('90 minutes', 'number', '90 seconds')).toBe(false);
    expect(judge('90 minutes', 'number', '90')).toBe(true);
  });

  it('contains: a conditional consequence or an option is not what happened', () => {
    expect(judge('escalated to billing', 'contains', 'I escalated it to billing; if they need more, they will call you.')).toBe(true);
    expect(judge('full refund', 'contains', 'If the parcel is lost, you would get a full refund.')).toBe(false);
    expect(judge('full refund', 'contains', "I've processed a full refund.")).toBe(true);
  });
});
