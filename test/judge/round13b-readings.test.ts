import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 14, 15, 18 and 19's misses (round 13, part B), each tested on answers outside the corpus, in both directions.
describe('round 13 readings: contains', () => {
  it('a phrase tied to another period fails when the answer turns to this one', () => {
    expect(judge('credit applied', 'contains', 'The credit applied last month was for the outage. For this bill, nothing has changed yet.')).toBe(false);
    expect(judge('credit applied', 'contains', 'I have had a $10 credit applied to this bill.')).toBe(true);
  });

  it('a former state fails when the answer says what holds now', () => {
    expect(judge('routed to Billing', 'contains', 'It was initially routed to Billing, but it now sits with Tier 2.')).toBe(false);
    expect(judge('routed to Billing', 'contains', 'The case is now routed to Billing; previously it had no queue.')).toBe(true);
  });

  it('asking whether to do it is not doing it', () => {
    expect(judge('subscription cancelled', 'contains', 'To confirm: you want subscription SUB-1182 cancelled at the end of the term?')).toBe(false);
    expect(judge('subscription cancelled', 'contains', 'Subscription SUB-1182 has been cancelled. Is there anything else?')).toBe(true);
  });

  it('"… actually, it is not" right after the phrase takes it back', () => {
    expect(judge('address updated', 'contains', 'Address updated... actually, it is still pending verification.')).toBe(false);
    expect(judge('address updated', 'contains', 'Address updated. Actually, you may also want to update billing.')).toBe(true);
  });

  it('a thing that is itself a verb, done by the agent, and a state said as a phrasal verb', () => {
    expect(judge('refund issued', 'contains', 'I refunded the $19.99 to your Mastercard.')).toBe(true);
    expect(judge('refund issued', 'contains', 'I could not refund the $19.99; the order is too old.')).toBe(false);
    expect(judge('roaming enabled', 'contains', "I've turned on data roaming for your line.")).toBe(true);
    expect(judge('roaming enabled', 'contains', "I've turned off data roaming for your line.")).toBe(false);
  });

  it('"one" may stand before the thing the agent acted on', () => {
    expect(judge('seat upgraded', 'contains', "I've upgraded one seat to Premium Economy.")).toBe(true);
  });
});

describe('round 13 readings: set', () => {
  it('a labelled last line after reasoning is the answer', () => {
    expect(judge(['Budget', 'Need'], 'set', 'Authority: the COO signs. Timeline: Q3.\nFinal: Budget, Need')).toBe(true);
    expect(judge(['Budget', 'Need'], 'set', 'Budget and Need look weak, but the budget was confirmed later.\nFinal answer: Need')).toBe(false);
  });

  it('an item said to be unclear is not named', () => {
    expect(judge(['Budget', 'Need', 'Authority'], 'set', 'Budget and Need are met. Authority is unclear, so I would not count it.')).toBe(false);
    expect(judge(['Budget', 'Need'], 'set', 'Budget and Need are met; Authority is doubtful.')).toBe(true);
  });

  it('a near miss is not in the set, unless the set is what failed', () => {
    expect(judge(['Oslo', 'Bergen', 'Tromsø'], 'set', 'Oslo and Bergen hit the goal; Tromsø missed by 2 tickets.')).toBe(false);
    expect(judge(['Oslo', 'Bergen', 'Tromsø'], 'set', 'Oslo, Bergen and Tromsø missed the goal; Tromsø missed by 2 tickets.')).toBe(true);
  });

  it('an item whose own sentence says it could not be done is not in the set', () => {
    expect(judge(['kettle', 'toaster'], 'set', 'The kettle is being returned. The toaster is past its 30-day window, so I could not include it.')).toBe(false);
    expect(judge(['kettle', 'toaster'], 'set', 'The kettle and the toaster are being returned.')).toBe(true);
  });

  it('the last item before the list\'s predicate is an item, and "X isn\'t" denies X', () => {
    expect(judge(['kettle', 'toaster'], 'set', 'The kettle, toaster and the blender are all being returned.')).toBe(false);
    expect(judge(['Budget', 'Need'], 'set', 'Budget and Need are met; Timeline isn\'t.')).toBe(true);
  });
});

describe('round 13 readings: set, lists and tables', () => {
  it('a dash inside an item is part of it', () => {
    expect(judge(['Plan - Gold', 'Plan - Silver'], 'set', '["Plan - Silver", "Plan - Gold"]')).toBe(true);
    expect(judge(['Plan - Gold', 'Plan - Silver'], 'set', '["Plan - Silver", "Plan - Bronze"]')).toBe(false);
  });

  it('a labelled line after a table sums it up', () => {
    const table = '| Site | Score |\n|---|---|\n| Ayr | 4 |\n| Troon | 9 |\n| Irvine | 8 |\n\n';
    expect(judge(['Troon', 'Irvine'], 'set', `${table}Above 5: Troon and Irvine.`)).toBe(true);
    expect(judge(['Troon', 'Irvine'], 'set', `${table}Above 5: Troon.`)).toBe(false);
  });

  it('a table row whose last cell says yes or no is ticked or crossed', () => {
    const table = '| Site | Over? |\n|---|---|\n| Ayr | no |\n| Troon | yes |\n| Irvine | yes |';
    expect(judge(['Troon', 'Irvine'], 'set', table)).toBe(true);
    expect(judge(['Ayr', 'Irvine'], 'set', table)).toBe(false);
  });

  it('a labelled figure, a date beside an item, and a denial after the list name no item', () => {
    expect(judge(['mug', 'lamp'], 'set', 'Returned: mug, lamp. Refund: $41.20.')).toBe(true);
    expect(judge(['HAT310', 'HAT311'], 'set', '- HAT310 BOS→ORD, July 2\n- HAT311 ORD→BOS, July 9')).toBe(true);
    expect(judge(['Q-7', 'Q-9'], 'set', 'Q-7 (40%) and Q-9 (35%) qualify. The last quote, at 10%, doesn\'t.')).toBe(true);
  });

  it('a state said of the whole list is what the list says; one said of a single item in its own clause is not', () => {
    expect(judge(['HAT310', 'HAT311'], 'set', 'HAT310 and HAT311 are cancelled; HAT312 is still confirmed.')).toBe(true);
    expect(judge(['Room 12', 'Room 14'], 'set', 'Room 12 needs painting; Room 14 was repaired on Friday.')).toBe(false);
  });
});

describe('round 13 readings: number', () => {
  it('"… but only Y of it" narrows a whole to its part', () => {
    expect(judge(95, 'number', 'The backlog holds 340 tickets, but only 95 of them are P1.')).toBe(true);
    expect(judge(340, 'number', 'The backlog holds 340 tickets, but only 95 of them are P1.')).toBe(false);
    expect(judge(340, 'number', 'The backlog holds 340 tickets, but only half of them are P1.')).toBe(true);
  });

  it('a bound beside the record\'s own value is context', () => {
    expect(judge(0.22, 'number', 'The approval threshold is 20%, and this quote has 22%.', 0.001)).toBe(true);
    expect(judge(0.2, 'number', 'The approval threshold is 20%, and this quote has 22%.', 0.001)).toBe(false);
    expect(judge(0.2, 'number', 'The approval threshold is 20% for every quote.', 0.001)).toBe(true);
  });

  it('the clause that says it holds what was asked gives the answer', () => {
    expect(judge(18, 'number', 'Week 1 had 12 returns; week 2, the week you asked about, had 18.')).toBe(true);
    expect(judge(12, 'number', 'Week 1 had 12 returns; week 2, the week you asked about, had 18.')).toBe(false);
  });

  it('one statistic, with another the answer says it did not work out, fails (uncertain)', () => {
    const verdict = matchAnswer({ answer: 9.5, match: 'number', tolerance: 0.05 }, 'The median is 9.5 days; I did not calculate the mean.');
    expect(verdict.pass).toBe(false);
    expect(verdict.uncertain).toBe(true);
    expect(judge(9.5, 'number', 'The mean is 9.5 days; I did not calculate the average for last year.', 0.05)).toBe(true);
  });
});

describe('round 13 readings: number conclusions and f1', () => {
  it('"→ Y" ends a calculation and "i.e. Y" restates it', () => {
    expect(judge(0.3, 'number', 'Calls: 200, resolved first time: 60 → 30% FCR.', 0.001)).toBe(true);
    expect(judge(200, 'number', 'Calls: 200, resolved first time: 60 → 30% FCR.')).toBe(false);
    expect(judge(2, 'number', 'Three owners in all (Ana → Raj → Li), i.e. 2 reassignments.')).toBe(true);
  });

  it('a footnote under a table is not a figure beside the table\'s', () => {
    const table = '| Metric | Value |\n|---|---|\n| Leads | 80 |\n| Converted | 20 |\n| Rate | 0.25 |\n\n';
    expect(judge(0.25, 'number', `${table}_Caveat: 2 duplicate leads removed._`, 0.005)).toBe(true);
    expect(judge(2, 'number', `${table}_Caveat: 2 duplicate leads removed._`)).toBe(false);
  });

  it('a gold word the answer says elsewhere is reordered, not replaced', () => {
    expect(judge('the update resets the router to factory settings', 'f1', 'After the update, the office router is reset to factory settings.')).toBe(true);
    expect(judge('the update resets the router to factory settings', 'f1', 'After the update, the office router is wiped to factory settings.')).toBe(false);
  });

  it('"only charged on" is a limit, kept or added', () => {
    expect(judge('the fee is charged only on days you travel', 'f1', 'Fee: only charged on days you travel.')).toBe(true);
    expect(judge('the fee is charged on days you travel', 'f1', 'The fee is only charged on days you travel abroad by air.')).toBe(false);
  });
});
