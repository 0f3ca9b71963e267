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

  it('number: an arrow and a lower-case label end a calculation; a name after an arrow does not', () => {
    expect(judge(8.5, 'number', '34 calls over 289 minutes → mean 8.5 minutes.', 0.05)).toBe(true);
    expect(judge(2, 'number', 'Two transfers:\n1. Intake → Desk 4\n2. Desk 4 → Billing')).toBe(true);
  });

  it('number: a figure of another kind closing its sentence after a dash is what the numbers make', () => {
    expect(judge(20, 'number', 'It sold for $80 against a list price of $100 — a 20% discount.', 0.1)).toBe(true);
    expect(judge(80, 'number', 'It sold for $80 — a $20 discount was applied at checkout.', 0.01)).toBe(true);
  });

  it('number: "gives" and "leaves" open a concluding clause; a closing "So …" settles a labelled breakdown', () => {
    expect(judge(310, 'number', 'The $400 deposit, less the $90 cleaning fee, leaves $310 to refund.', 0.01)).toBe(true);
    expect(judge(400, 'number', 'The $400 deposit, less the $90 cleaning fee, leaves $310 to refund.', 0.01)).toBe(false);
    expect(judge(30, 'number', 'Booked: 50. Cancelled: 20.\nSo 30 guests are confirmed.')).toBe(true);
  });

  it('number: the price of what goes beyond a free allowance is context beside the count', () => {
    expect(judge(2, 'number', 'Your plan includes 2 free device swaps a year; any further swap is $25.')).toBe(true);
    expect(judge(25, 'number', 'A device swap costs $25.')).toBe(true);
  });

  it('set: a parenthesis after a checklist item describes it, unless the gold item holds it', () => {
    expect(judge(['Budget', 'Need'], 'set', '- ✅ Budget (signed off)\n- ✅ Need (urgent)\n- ❌ Authority')).toBe(true);
    expect(judge(['Pro (2024)', 'Lite'], 'set', '- ✅ Pro (2024)\n- ✅ Lite\n- ❌ Max')).toBe(true);
  });

  it('set: a last line set off by an arrow or a bold label concludes, when it is the only one', () => {
    expect(judge(['Kiev', 'Riga'], 'set', 'Attainment: Kiev 80%, Riga 91%, Oslo 104%.\n=> Under quota: Kiev, Riga')).toBe(true);
    expect(judge(['Budget'], 'set', '**Missing:** Budget\n**Present:** Need, Timeline')).toBe(true);
  });

  it('set: a participle after a first clause opens the list; a thing said to be cancelled in its own clause is no item', () => {
    expect(judge(['Demo', 'Pilot'], 'set', 'It moved from Intro to Contract, skipping Demo and Pilot.')).toBe(true);
    expect(judge(['Alpha', 'Beta'], 'set', 'Alpha and Beta are open; Gamma was open too but was cancelled.')).toBe(true);
    expect(judge(['Alpha', 'Beta'], 'set', 'Alpha, Beta and Gamma are open; Gamma was flagged.')).toBe(false);
  });

  it('set: a gold item misspelt by a dropped letter or two swapped neighbours is read', () => {
    expect(judge(['Budget', 'Timeline'], 'set', 'budget and timelien')).toBe(true);
    expect(judge(['Bergen', 'Oslo'], 'set', 'Oslo and Bergan')).toBe(false);
  });

  it("contains: the gold's own state word before the phrase negates nothing; what no longer holds after an ending state restates it", () => {
    expect(judge('booking cancelled', 'contains', 'Your booking BK-77 has been cancelled; booking cancelled receipt attached.')).toBe(true);
    expect(judge('booking cancelled', 'contains', '✅ Cancelled. Booking BK-77 is no longer active.')).toBe(true);
    expect(judge('booking cancelled', 'contains', 'The booking was cancelled, but it is no longer cancelled: the hotel restored it.')).toBe(false);
  });

  it('f1: "lacked" negates; obtain is get, a discount given is one offered, a mic is a microphone', () => {
    expect(judge('the account lacked an owner', 'f1', 'The account did not have an owner.')).toBe(true);
    expect(judge('the account lacked an owner', 'f1', 'The account had an owner.')).toBe(false);
    expect(judge('agent offered a refund without approval', 'f1', 'The agent gave a refund without approval.')).toBe(true);
    expect(judge('the microphone cuts out', 'f1', 'The mic cuts out.')).toBe(true);
  });

  it('contains: the state as a status with the gold destination', () => {
    expect(judge('claim escalated to fraud review', 'contains', 'Status: Escalated (Fraud Review team).')).toBe(true);
    expect(judge('claim escalated to fraud review', 'contains', 'Escalation done: the claim is now with Fraud Review.')).toBe(true);
    expect(judge('claim escalated to fraud review', 'contains', 'Status: Escalated (Billing team).')).toBe(false);
  });

  it('number: the whole a sentence opens with is the base its figures come from', () => {
    expect(judge(12, 'number', 'Of the 90 orders shipped last week, 12 arrived late.')).toBe(true);
    expect(judge(90, 'number', '90 orders shipped last week, 12 of them late.')).toBe(true);
  });

  it('set: in a table whose every row opens with a gold item, the other cells describe it', () => {
    expect(judge(['Unit 4', 'Unit 9'], 'set', '| Unit | Fault |\n|---|---|\n| Unit 4 | leaking valve |\n| Unit 9 | no power |')).toBe(true);
    expect(judge(['Unit 4', 'Unit 9'], 'set', '| Unit | Fault |\n|---|---|\n| Unit 4 | leaking valve |\n| Unit 9 | no power |\n| Unit 12 | noisy fan |')).toBe(false);
  });

  it('f1: "up to N days" gives the window the gold states, not a narrower claim', () => {
    expect(judge('refunds are processed 10 days after the return', 'f1', 'Refunds are processed up to 10 days after the return.')).toBe(true);
    expect(judge('refunds are processed 10 days after the return', 'f1', 'Refunds are processed up to 5 days after the return.')).toBe(false);
  });

  it('number: a statistic named with its measure before "of" concludes', () => {
    expect(judge(9.5, 'number', 'Lena closed 31 cases with a mean handle time of 9.5 minutes.', 0.05)).toBe(true);
    expect(judge(31, 'number', 'Lena closed 31 cases with a mean handle time of 9.5 minutes.')).toBe(false);
  });
});
