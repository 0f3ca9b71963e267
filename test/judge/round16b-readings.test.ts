import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 24 and 25's number, set, f1 and contains misses (round 16, part B), each tested on
// answers outside the corpus, in both directions.
describe('round 16 readings (number, set, f1, contains)', () => {
  it('contains: a contracted negation is the gold\'s spelled-out one', () => {
    expect(judge('cannot transfer', 'contains', "Sorry, I can't transfer points between accounts.")).toBe(true);
    expect(judge('is not refundable', 'contains', "The booking fee isn't refundable.")).toBe(true);
    expect(judge('cannot transfer', 'contains', 'Yes, I can transfer them now.')).toBe(false);
  });

  it('contains: a noun between a verb and its preposition, a possessive after the preposition', () => {
    expect(judge('sent for signature', 'contains', "I've sent the contract for signature.")).toBe(true);
    expect(judge('sent for signature', 'contains', "I've sent nothing for signature yet.")).toBe(false);
    expect(judge('added to account', 'contains', 'The credit was added to your account.')).toBe(true);
  });

  it('contains: the thing\'s status field holds the state', () => {
    expect(judge('return has been approved', 'contains', 'return_status: approved')).toBe(true);
    expect(judge('return has been approved', 'contains', 'return_status: pending')).toBe(false);
  });

  it('contains: an unchecked checklist line and what holds only as a rule before an exception did not happen', () => {
    expect(judge('refund issued', 'contains', '- [ ] Refund issued')).toBe(false);
    expect(judge('refund issued', 'contains', '- [x] Refund issued')).toBe(true);
    expect(judge('cannot waive the fee', 'contains', 'Usually I cannot waive the fee, but as a loyalty gesture I have waived it.')).toBe(false);
    expect(judge('cannot waive the fee', 'contains', 'I cannot waive the fee; it is set by the airline.')).toBe(true);
    expect(judge('order cancelled', 'contains', 'I attempted to get the order cancelled, but it had already shipped.')).toBe(false);
  });

  it('set: spellings, plurals and surname-first names read as the gold items', () => {
    expect(judge(['Colour Cartridge', 'Ink Tank'], 'set', 'Color cartridge and ink tank.')).toBe(true);
    expect(judge(['Travel Mug', 'Lunch Box'], 'set', 'The travel mugs and lunch boxes.')).toBe(true);
    expect(judge(['Travel Mug', 'Lunch Box'], 'set', 'The travel mugs, lunch boxes and water jugs.')).toBe(false);
    expect(judge(['Amara Diallo', 'Tom Ode'], 'set', 'Diallo, Amara; Ode, Tom')).toBe(true);
    expect(judge(['Amara Diallo', 'Tom Ode'], 'set', 'Diallo, Amara')).toBe(false);
  });

  it('set: an item left open as a guess, an item that cannot be done, and a pasted tool output', () => {
    expect(judge(['Budget', 'Need'], 'set', 'Budget and Need, and possibly Timeline if the date holds.')).toBe(false);
    expect(judge(['Mug', 'Lamp'], 'set', "I've exchanged the mug. The lamp can't be exchanged, it was a clearance item.")).toBe(false);
    expect(judge(['Mug', 'Lamp'], 'set', 'Tool output:\n{"eligible": ["Mug", "Lamp"], "ineligible": ["Rug"]}\n\nThe mug and the lamp are eligible.')).toBe(true);
    expect(judge(['Mug', 'Lamp'], 'set', 'The mug, lamp and rug can all be exchanged.')).toBe(false);
  });
});
