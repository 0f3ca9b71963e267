import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 16, 17, 22 and 23's number, set, f1 and contains misses (round 14, part B), each tested on
// answers outside the corpus, in both directions.
describe('round 14 readings (number, set, f1, contains)', () => {
  it('number: a figure rounded to fewer decimals than the gold fails when the tolerance is finer than half the step', () => {
    expect(judge(58.99, 'number', 'That comes to $59.', 0.01)).toBe(false);
    expect(judge(58.99, 'number', 'That comes to $58.99.', 0.01)).toBe(true);
    expect(judge(21.5, 'number', 'Around 22 minutes.', 0.5)).toBe(true);
    expect(judge(21.5, 'number', '21.5', 0.5)).toBe(true);
  });

  it('contains: a phrase only in a question, asked or reported, is not stated', () => {
    expect(judge('order shipped', 'contains', 'Was the order shipped notice sent to your work email?')).toBe(false);
    expect(judge('order shipped', 'contains', "We'll check whether the order is shipped tomorrow morning.")).toBe(false);
    expect(judge('order shipped', 'contains', 'Anything else I can do? Your order is shipped and arrives Monday.')).toBe(true);
  });

  it('f1: the opposite of a gold direction word says another thing', () => {
    expect(judge('renewals were higher in the enterprise segment', 'f1', 'Renewals were lower in the enterprise segment.')).toBe(false);
    expect(judge('renewals were higher in the enterprise segment', 'f1', 'Renewals ran higher in the enterprise segment.')).toBe(true);
    expect(judge('tickets dropped after the release', 'f1', 'Tickets rose after the release.')).toBe(false);
  });

  it('number: two statistics side by side, neither an aside, commit to neither', () => {
    expect(judge(12, 'number', 'Median 12 hours; mean 15 hours.', 0.5)).toBe(false);
    expect(judge(15, 'number', 'Mean 15 hours (median 12 hours).', 0.5)).toBe(true);
    expect(judge(15, 'number', 'Average time to close for 30 deals: 15 days.', 0.5)).toBe(true);
  });

  it('contains: a state that says a request was made holds of the request; a count may open the thing', () => {
    expect(judge('transfer requested', 'contains', 'I submitted the transfer request to the payroll team this morning.')).toBe(true);
    expect(judge('transfer submitted', 'contains', 'The transfer request has been submitted for approval.')).toBe(true);
    expect(judge('transfer submitted', 'contains', 'The transfer request form still needs your signature.')).toBe(false);
    expect(judge('10 minutes added', 'contains', "I've added 10 minutes of call credit to your account.")).toBe(true);
  });

  it('contains: a state word in the sentence before a full stop does not negate the phrase', () => {
    expect(judge('booking confirmed', 'contains', 'The hold was cancelled. Status: booking confirmed for May 4.')).toBe(true);
    expect(judge('booking confirmed', 'contains', 'The hold was cancelled, booking confirmed never went out.')).toBe(false);
  });

  it('a closing answer call holds the answer; the working before it is not the answer', () => {
    expect(judge(96, 'number', 'Stock 120, reserved 24 → 96 free.\nfinal_answer(96)')).toBe(true);
    expect(judge(120, 'number', 'Stock 120, reserved 24 → 96 free.\nfinal_answer(96)')).toBe(false);
    expect(judge(['Oslo', 'Bergen'], 'set', 'final_answer(["Bergen", "Oslo"])')).toBe(true);
  });

  it('f1: an exception kept in other words, a bound in words, irregular forms and "get" for "receive"', () => {
    expect(judge('screen repairs for two years excluding water damage', 'f1', 'Screen repairs are covered for two years; water damage is excluded.')).toBe(true);
    expect(judge('screen repairs for two years excluding water damage', 'f1', 'Screen repairs for two years, water damage covered too.')).toBe(false);
    expect(judge('free returns on orders over forty dollars', 'f1', 'Returns are free on orders over $40.')).toBe(true);
    expect(judge('free returns on orders over forty dollars', 'f1', 'Returns are free on orders over $60.')).toBe(false);
    expect(judge('gold members receive free seat selection', 'f1', 'Gold members get free seat selection.')).toBe(true);
    expect(judge('we lost the renewal on price', 'f1', 'We won the renewal on price.')).toBe(false);
  });

  it('number: a year before a label colon is no clock time; a concluding label singles out the breakdown\'s last figure', () => {
    expect(judge(52, 'number', 'Tickets closed in March 2025: 52 (of 75 opened).')).toBe(true);
    expect(judge(45, 'number', 'The outage began at 09:45 and lasted an hour.')).toBe(false);
    expect(judge(9, 'number', 'Step 1: 30 leads. Step 2: 12 contacted. Final: 9 qualified.')).toBe(true);
    expect(judge(12, 'number', 'Step 1: 30 leads. Step 2: 12 contacted. Final: 9 qualified.')).toBe(false);
  });

  it('set: a sentence ends after bold, a dashed number or before an emoji; a shared surname; a tie; an acknowledgement', () => {
    expect(judge(['Budget', 'Need'], 'set', 'Missing **Budget** and **Need**. Authority is confirmed.')).toBe(true);
    expect(judge(['ACC-204', 'ACC-377'], 'set', 'Both are reactivated: ACC-204 and ACC-377. 🎉 All done!')).toBe(true);
    expect(judge(['Rosa Lind', 'Axel Lind'], 'set', 'Rosa and Axel Lind')).toBe(true);
    expect(judge(['Rosa Lind', 'Axel Lind'], 'set', 'Rosa and Axel Holm')).toBe(false);
    expect(judge(['Rome', 'Milan'], 'set', 'Rome and Milan tie at 18 bookings.')).toBe(true);
    expect(judge(['Rome', 'Milan'], 'set', 'Understood, the two cities are Milan and Rome.')).toBe(true);
    expect(judge(['555-0110', '555-0142'], 'set', 'Done for 555-0110, 555-0142 and 555-0177.')).toBe(false);
  });

  it('number: "None of the N" beside "each one" is 0; a share of an amount is its product', () => {
    expect(judge(0, 'number', 'None of the 7 claims were approved; each one lacked a receipt.')).toBe(true);
    expect(judge(0, 'number', 'None of the 7 claims were approved yet, but 3 are in review.')).toBe(false);
    expect(judge(45, 'number', 'The partial refund is 30% of $150.', 0.01)).toBe(true);
    expect(judge(45, 'number', 'The partial refund is 30% of $160.', 0.01)).toBe(false);
  });

  it('set: a short sentence after the list that reports an action, or a closing wish, names no item', () => {
    expect(judge(['mug', 'scarf'], 'set', 'Okay, swapping the mug and the scarf. Exchange requested.')).toBe(true);
    expect(judge(['mug', 'scarf'], 'set', 'Swapping the mug and the scarf. Hat too.')).toBe(false);
    expect(judge(['+1 415 555 0101', '+1 415 555 0102'], 'set', 'Both lines, +1 415 555 0101 and +1 415 555 0102, are set. 🌍 Safe travels!')).toBe(true);
  });

  it('number: a data amount counts in the next unit up or down', () => {
    expect(judge(3.2, 'number', '3,200 MB so far this month.', 0.05)).toBe(true);
    expect(judge(3.2, 'number', '320 MB so far this month.', 0.05)).toBe(false);
    expect(judge(3.2, 'number', '3,200 texts so far this month.', 0.05)).toBe(false);
  });

  it('number: a fraction under a rate name reads as its percent', () => {
    expect(judge(35, 'number', 'Conversion rate: 0.35')).toBe(true);
    expect(judge(35, 'number', 'Orders per visit: 0.35')).toBe(false);
  });

  it('f1: one sentence that holds every content word of the gold states it, however long', () => {
    const gold = 'damaged items are replaced free within fourteen days';
    expect(judge(gold, 'f1', 'If anything arrives broken, the store policy is that damaged items are replaced free of charge within fourteen days of the delivery date.')).toBe(true);
    expect(judge(gold, 'f1', 'If anything arrives broken, the store policy is that damaged items are not replaced free of charge within fourteen days of the delivery date.')).toBe(false);
    expect(judge(gold, 'f1', 'Damaged items go back to the warehouse. They get replaced. It is free. You have fourteen days, and a receipt helps.')).toBe(false);
  });
});
