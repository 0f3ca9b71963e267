import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 16, 17, 22 and 23's exact, normalized and None misses (round 14, part A), each tested on
// answers outside the corpus, in both directions.
describe('round 14 readings (exact, normalized, None)', () => {
  it('a value given as the current or wrong one beside the correct one is not the answer', () => {
    expect(judge('Prospecting', 'exact', 'Listed stage: Prospecting. Correct stage: Discovery.')).toBe(false);
    expect(judge('Discovery', 'exact', 'Listed stage: Prospecting. Correct stage: Discovery.')).toBe(true);
    expect(judge('Prospecting', 'exact', 'It is currently Prospecting, but it should actually be Discovery.')).toBe(false);
    expect(judge('Prospecting', 'exact', 'It should be Discovery once the NDA is signed; right now it is Prospecting.')).toBe(true);
    expect(judge('Discovery', 'exact', '{"current_stage": "Prospecting", "correct_stage": "Discovery"}')).toBe(true);
  });

  it('a later "the answer is" or "comes out on top" naming another value decides', () => {
    expect(judge('Ana Ruiz', 'exact', 'At first glance Ana Ruiz. Counting only closed cases, the answer is Ben Cho.')).toBe(false);
    expect(judge('Ben Cho', 'exact', 'At first glance Ana Ruiz. Counting only closed cases, the answer is Ben Cho.')).toBe(true);
    expect(judge('Billing errors', 'normalized', 'Billing errors, I thought. Wait — after deduplication, Shipping delays comes out on top.')).toBe(false);
    expect(judge('Billing errors', 'normalized', 'Shipping delays led in May, but across the year Billing errors comes out on top.')).toBe(true);
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz has the fastest close rate. On deal size, Ben Cho comes out on top.')).toBe(true);
  });

  it('a value tied to a past time beside the current or top one is history', () => {
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz led the Leeds office until June 2022; the current office lead is Ben Cho.')).toBe(false);
    expect(judge('Ben Cho', 'exact', 'Ana Ruiz led the Leeds office until June 2022; the current office lead is Ben Cho.')).toBe(true);
    expect(judge('Ana Ruiz', 'exact', 'The fastest was Ben Cho at 3.1 h. (Ana Ruiz was fastest in Q1.)')).toBe(false);
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz is the fastest this quarter, as she was in the previous quarter.')).toBe(true);
  });

  it('a value only expected, or only recommended before acting, is not the state', () => {
    expect(judge('Closed Won', 'exact', 'Still in Proposal; Closed Won is projected for next month.')).toBe(false);
    expect(judge('Proposal', 'exact', 'Still in Proposal; Closed Won is projected for next month.')).toBe(true);
    expect(judge('Gold Plan', 'normalized', "I'd recommend the Gold Plan, though I haven't changed anything yet — shall I?")).toBe(false);
    expect(judge('Gold Plan', 'normalized', "I'd recommend the Gold Plan. Want me to compare prices too?")).toBe(true);
  });

  it('None fails a search that did not run and "no exact match" beside a near one', () => {
    expect(judge('None', 'exact', 'I was unable to run the report; the system returned an error.')).toBe(false);
    expect(judge('None', 'exact', 'The report ran and returned no results.')).toBe(true);
    expect(judge('None', 'exact', 'There is no exact match, but Acme Ltd is close.')).toBe(false);
    expect(judge('None', 'exact', 'No matching accounts.')).toBe(true);
  });

  it('an opening sentence that is only another value passes over the gold after it', () => {
    expect(judge('Lakeside Dental', 'normalized', 'That would be Lakeside Orthodontics. Lakeside Dental has no open claims.')).toBe(false);
    expect(judge('Lakeside Orthodontics', 'normalized', 'That would be Lakeside Orthodontics. Lakeside Dental has no open claims.')).toBe(true);
    expect(judge('Lakeside Dental', 'normalized', 'That would be Lakeside Dental. It has two open claims.')).toBe(true);
  });

  it('a consonant changed in a longer surname is a slip; a vowel changed or a short word is another name', () => {
    expect(judge('Marta Castellanos', 'exact', 'Marta Castellamos')).toBe(true);
    expect(judge('Anders Petersen', 'exact', 'Anders Peterson')).toBe(false);
    expect(judge('Rui Costa', 'exact', 'Rui Coste')).toBe(false);
    expect(judge('Ada Liang', 'exact', 'Ada Lang')).toBe(false);
    expect(judge('Ada Lindqvist', 'exact', 'Ada Lindqvst')).toBe(true);
  });

  it('a month whose own predicate is the superlative is the answer before a runner-up', () => {
    expect(judge('June', 'exact', 'For 2022, June had the most returns (77), ahead of July (70).')).toBe(true);
    expect(judge('July', 'exact', 'For 2022, June had the most returns (77), ahead of July (70).')).toBe(false);
    expect(judge('July', 'exact', 'June was steady; the most returns came in July (81).')).toBe(true);
  });

  it('Roman numerals ending a name, a last word in parentheses and a legal suffix write the same name', () => {
    expect(judge('Orbit Lamp 4', 'normalized', 'Orbit Lamp IV')).toBe(true);
    expect(judge('Orbit Lamp 4', 'normalized', 'Orbit Lamp VI')).toBe(false);
    expect(judge('Family Share 5G', 'normalized', 'You are on **Family Share (5G)** now.')).toBe(true);
    expect(judge('Family Share 5G', 'normalized', 'Family Share (the 4G plan) is active.')).toBe(false);
    expect(judge('Kestrel Foods', 'exact', 'Kestrel Foods Ltd.')).toBe(true);
    expect(judge('Kestrel Foods', 'exact', 'Kestrel Foods Holdings Ltd.')).toBe(false);
  });

  it('None reads "everything is within" the limits', () => {
    expect(judge('None', 'exact', 'Approved. Everything is within the discount policy.')).toBe(true);
    expect(judge('None', 'exact', 'Everything is within policy except the Osaka quote.')).toBe(false);
  });

  it('an identifier of another pattern labelled as another kind of record does not compete', () => {
    expect(judge('DL0772', 'exact', "You're booked on DL0772 at 9:05. Confirmation M3QZ8R has been emailed.")).toBe(true);
    expect(judge('M3QZ8R', 'exact', "You're booked on DL0772 at 9:05. Confirmation M3QZ8R has been emailed.")).toBe(true);
    expect(judge('DL0772', 'exact', 'Either DL0772 or flight DL0790 works for you.')).toBe(false);
    expect(judge('INV-3310', 'exact', 'Paid INV-3310. Invoice INV-3312 is still due.')).toBe(false);
  });

  it('a clause before a colon is not a label: the sentence after it states the value', () => {
    expect(judge('Nimbus Fan 2', 'normalized', 'Since you only wanted fans: the **NIMBUS FAN 2** has the most warranty claims.')).toBe(true);
    expect(judge('Nimbus Fan', 'normalized', 'Since you only wanted fans: the Nimbus Fan Max has the most warranty claims.')).toBe(false);
  });
});
