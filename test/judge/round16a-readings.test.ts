import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 24 and 25's exact, normalized and None misses (round 16, part A), each tested on answers
// outside the corpus, in both directions.
describe('round 16 readings (exact, normalized, None)', () => {
  it('a rank may come without its verb ("…, Lyon close behind")', () => {
    expect(judge('Lyon', 'normalized', 'Marseille (61 deals), Lyon close behind.')).toBe(false);
    expect(judge('Lyon', 'normalized', 'Lyon, Marseille close behind.')).toBe(true);
    expect(judge('Ines Costa', 'exact', 'Ravi Menon tops the list, Ines Costa a distant second.')).toBe(false);
  });

  it('a value filed again elsewhere after "but" is the one the answer moved on from', () => {
    expect(judge('Q', 'exact', 'It was ticketed in Q but reissued in B after the upgrade.')).toBe(false);
    expect(judge('Medium', 'exact', 'It was opened as Medium but retriaged as Urgent.')).toBe(false);
    expect(judge('Urgent', 'exact', 'It was opened as Medium but retriaged as Urgent.')).toBe(true);
    expect(judge('Medium', 'exact', 'It was opened as Medium but reassigned on Friday; it is still Medium.')).toBe(true);
  });

  it('a conclusion may name its value in quotes, in any case', () => {
    expect(judge('refunded', 'exact', 'The refund was issued, but the bank bounced it, so its actual status is "refund failed".')).toBe(false);
    expect(judge('refunded', 'exact', 'The bank confirmed it, so its actual status is "refunded".')).toBe(true);
  });

  it('a superlative stressed in capitals beside its opposite said of another value is the other extreme', () => {
    expect(judge('Oslo', 'exact', 'Oslo had the FEWEST escalations (3); the most were in Bergen (19).')).toBe(false);
    expect(judge('Oslo', 'exact', 'Oslo had the fewest escalations (3); the most were in Bergen (19).')).toBe(true);
    expect(judge('Oslo', 'exact', 'Oslo had the MOST escalations this year.')).toBe(true);
  });

  it('the record the answer says its one replaced is no rival of the other id', () => {
    expect(judge(['ka0Wt0000022mNpIAI', 'KB-4410'], 'exact', 'Article ka0Wt0000022mNp (replaces KB-3902).')).toBe(true);
    expect(judge(['ka0Wt0000022mNpIAI', 'KB-4410'], 'exact', 'Article ka0Wt0000022mNp (related: KB-3902).')).toBe(false);
  });
});
