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

  it('"None" reads a first thought that the same sentence clears', () => {
    expect(judge('None', 'exact', 'No late refunds. I first thought R-3310 was late, but it was approved in time.')).toBe(true);
    expect(judge('None', 'exact', 'No late refunds. I first thought R-3310 was on time, but it was late.')).toBe(false);
  });

  it('a zero-padded record number may be written without its zeros after the kind of record', () => {
    expect(judge('00061204', 'exact', 'Case 61204')).toBe(true);
    expect(judge('00061204', 'exact', 'Case 61204 and case 61209 both breach the window.')).toBe(false);
    expect(judge('00061204', 'exact', 'There were 61204 cases this year.')).toBe(false);
  });

  it("reads a slash between the gold's parts written as a comma, and an apostrophe left out", () => {
    expect(judge('size S / red', 'normalized', 'All set! The new one will be Size S, Red.')).toBe(true);
    expect(judge('size S / red', 'normalized', 'The new one will be Size M, Red.')).toBe(false);
    expect(judge("O'Neill Dental", 'normalized', 'The account is ONeill Dental.')).toBe(true);
  });

  it('"will be" states what was arranged, unless tied to a later time or a condition', () => {
    expect(judge('Silver', 'normalized', 'Done. Your plan will be Silver. Thanks!')).toBe(true);
    expect(judge('Silver', 'normalized', 'Done. Your plan will be Silver after the renewal date.')).toBe(false);
    expect(judge('Silver', 'normalized', 'You are on Bronze today. Your plan will be Silver.')).toBe(false);
  });

  it("reads the gold's kind of word in the user's language", () => {
    expect(judge('October', 'exact', 'Der stärkste Monat war Oktober.')).toBe(true);
    expect(judge('October', 'exact', 'Der stärkste Monat war November, Oktober war schwächer.')).toBe(false);
    expect(judge('Yes', 'exact', 'Sim, precisa de aprovação.')).toBe(true);
    expect(judge('Yes', 'exact', 'Non, ce n’est pas nécessaire.')).toBe(false);
    expect(judge('None', 'exact', 'Aucune commande ne correspond.')).toBe(true);
    expect(judge('None', 'exact', 'Aucune, sauf la commande #W5512.')).toBe(false);
    expect(judge('March', 'exact', 'Marco closed the most, in June.')).toBe(false);
    expect(judge('August', 'exact', 'Augustus Reyes peaked in June.')).toBe(false);
    expect(judge('August', 'exact', 'Im August war es am besten.')).toBe(true);
    expect(judge('No', 'exact', 'Non-compliant quotes need approval, so yes.')).toBe(false);
  });

  it('a correction that names its value right away decides, not an apology', () => {
    expect(judge('INV-3317', 'exact', 'It is INV-3312 — wait, no, that is INV-3317. INV-3312 was the credit note.')).toBe(true);
    expect(judge('INV-3312', 'exact', 'It is INV-3312 — wait, no, that is INV-3317. INV-3312 was the credit note.')).toBe(false);
    expect(judge('INV-3317', 'exact', "I'm sorry, INV-3317 is locked, so I credited INV-3312.")).toBe(false);
  });

  it("reads a compass point written as its two capitals, only the gold's", () => {
    expect(judge('North-West Territory', 'normalized', 'NW Territory')).toBe(true);
    expect(judge('North-West Territory', 'normalized', 'NE Territory')).toBe(false);
  });
});
