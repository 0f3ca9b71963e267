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

  it('number: a frequency word after its verb counts, when every number is an aside in parentheses', () => {
    expect(judge(2, 'number', 'The order (placed by 5 people) was reassigned twice.')).toBe(true);
    expect(judge(5, 'number', 'The order (placed by 5 people) was reassigned twice.')).toBe(false);
    expect(judge(4, 'number', 'Reassigned 4 times; it took twice as long as usual.')).toBe(true);
  });

  it('number: a rate-named JSON field is a percent; points apart and refunds conclude as a reader reads them', () => {
    expect(judge(0.28, 'number', '{"churn_rate": 28}', 0.001)).toBe(true);
    expect(judge(0.28, 'number', '{"tickets": 28}', 0.001)).toBe(false);
    expect(judge(22, 'number', 'Target is 20%; we hit 22%, 2 points above.', 0.05)).toBe(true);
    expect(judge(40, 'number', 'It cost $55, but after the $15 fee you will be refunded $40.', 0.01)).toBe(true);
    expect(judge(55, 'number', 'It cost $55, but after the $15 fee you will be refunded $40.', 0.01)).toBe(false);
  });

  it('f1: spellings, asides of their own, colours, once against unlimited, exceptions', () => {
    expect(judge('the fibre plan includes a router', 'f1', 'The fiber plan includes a router.')).toBe(true);
    expect(judge('refunds go to the original card within 5 days', 'f1', 'Refunds go to the original card within 5 days. Store credit is not available.')).toBe(true);
    expect(judge('the indicator turns blue when paired', 'f1', 'The indicator turns orange when paired.')).toBe(false);
    expect(judge('a voucher can be used once', 'f1', 'A voucher can be used as many times as you like.')).toBe(false);
    expect(judge('returns are free when the order exceeds 100 dollars', 'f1', 'Returns are free on orders over $100, but only for members.')).toBe(false);
  });

  it('number: a hedge on a duration that converts exactly to the gold in another unit is on the unit', () => {
    expect(judge(28, 'number', 'About four weeks.')).toBe(true);
    expect(judge(4, 'number', 'About four weeks.')).toBe(false);
    expect(judge(30, 'number', 'About four weeks.')).toBe(false);
  });

  it('f1: a bound in an opening "For …," phrase states the premise; one in the claim still narrows it', () => {
    expect(judge('the order needs a second approval', 'f1', 'For orders over $10,000, the order needs a second approval.')).toBe(true);
    expect(judge('the order needs a second approval', 'f1', 'The order needs a second approval when it is over $10,000.')).toBe(false);
  });

  it('contains: a state and its complement given as fields', () => {
    expect(judge('escalated to tier 3', 'contains', '{"status": "Escalated", "queue": "Tier 3"}')).toBe(true);
    expect(judge('escalated to tier 3', 'contains', '{"status": "Escalated", "queue": "Tier 2"}')).toBe(false);
    expect(judge('submitted for approval', 'contains', "Approval_Status__c = 'Rejected'")).toBe(false);
    expect(judge('submitted for approval', 'contains', "Approval_Status__c = 'Submitted'")).toBe(true);
  });

  it('contains: what no longer holds after an ending state restates it, unless it is the state itself', () => {
    expect(judge('booking cancelled', 'contains', 'Cancelled ✅ Your booking BK-2231 no longer shows in your trips.')).toBe(true);
    expect(judge('booking cancelled', 'contains', 'Cancelled your booking BK-2231 — though it is no longer cancelled, the airline reinstated it.')).toBe(false);
  });
});
