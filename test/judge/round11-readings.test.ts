import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';
import { statePhrase, usSpelling } from '../../src/judge/matchers/state-phrase.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 10 and 11's misses (round 11), each tested on answers outside the corpus, in both directions.
describe('round 11 readings', () => {
  it('contains: a thing in a state, said passively or with the agent as subject', () => {
    expect(judge('booking cancelled', 'contains', 'Booking HX-2291 has now been canceled.')).toBe(true);
    expect(judge('booking cancelled', 'contains', "We've cancelled your booking and refunded the deposit.")).toBe(true);
    expect(judge('booking cancelled', 'contains', 'The booking was not cancelled.')).toBe(false);
    expect(judge('booking cancelled', 'contains', 'The booking will be cancelled tomorrow.')).toBe(false);
    expect(judge('booking cancelled', 'contains', "I wasn't able to have the booking cancelled before the deadline.")).toBe(false);
    expect(judge('claim approved', 'contains', 'I have approved the claim request.')).toBe(false);
    expect(judge('transferred to billing', 'contains', 'Shall I have you transferred to billing?')).toBe(false);
    expect(judge('full refund', 'contains', 'We can offer a full refund.')).toBe(true);
    expect(judge('account unlocked', 'contains', 'Shall I go ahead and have the account unlocked?')).toBe(false);
    expect(judge('ticket escalated', 'contains', 'The ticket was escalated, but support de-escalated it an hour later.')).toBe(false);
    expect(judge('pin reset', 'contains', "We've reset your PIN.")).toBe(true);
    expect(judge('order confirmed', 'contains', 'If the card clears, your order is confirmed.')).toBe(false);
    expect(judge('case closed', 'contains', 'I closed the old case; the new one is still open.')).toBe(false);
    expect(judge('free shipping', 'contains', 'Free shipping, no minimum spend.')).toBe(true);
    expect(judge('free shipping', 'contains', 'Free shipping? No.')).toBe(false);
    expect(judge('card blocked', 'contains', 'Is your card blocked? No, it is active.')).toBe(false);
    expect(judge('quote sent', 'contains', 'We sent you the quote template; the quote itself is pending.')).toBe(false);
  });

  it('state phrases: the forms found and the spellings folded', () => {
    expect(statePhrase('order shipped', ' we ve shipped your order today ')?.phrase).toBe('we ve shipped your order');
    expect(statePhrase('order shipped', ' order will be shipped ')).toBeNull();
    expect(statePhrase('free shipping', ' shipping is free ')).toBeNull();
    expect(usSpelling('travelled and labelling')).toBe('traveled and labeling');
  });

  it('months: a name alone in any year and short form; where something started is not where it peaked', () => {
    expect(judge('September', 'exact', 'Sept 2022 had the most sign-ups.')).toBe(true);
    expect(judge('September', 'exact', 'Top month: Sep (41), then Oct (37).')).toBe(true);
    expect(judge('September', 'exact', 'Sign-ups started in September and peaked in November.')).toBe(false);
    expect(judge('September', 'normalized', 'After a slow September, November led with 52.')).toBe(false);
    expect(judge(['9/2024', 'September 2024', '9'], 'exact', 'September 2022')).toBe(false);
    expect(judge(['9/2024', 'September 2024', '9'], 'exact', 'September')).toBe(true);
    expect(judge('September', 'exact', 'September was slow; the busiest month was October.')).toBe(false);
    expect(judge('September', 'exact', 'The busiest month was September; the quietest was October.')).toBe(true);
    expect(judge('September', 'exact', '- Sep: 41\n- Oct: 37')).toBe(false);
    expect(judge('September', 'exact', '- Sep: 41 ✅\n- Oct: 37')).toBe(true);
    expect(judge('September', 'normalized', 'sept')).toBe(true);
    expect(judge('September', 'exact', 'Sep: 41, Oct: 37, Nov: 30')).toBe(false);
    expect(judge('September', 'normalized', 'September? No, October.')).toBe(false);
  });

  it('number: a value tied to another period or entity is context', () => {
    expect(judge(7.5, 'number', 'Her resolution time was 7.5 hours, slower than the department mean of 6.1.')).toBe(true);
    expect(judge(6.1, 'number', 'Her resolution time was 7.5 hours, slower than the department mean of 6.1.')).toBe(false);
    expect(judge(880, 'number', 'A year ago we shipped 880 orders a week; this year it is 1,020.')).toBe(false);
    expect(judge(1020, 'number', 'A year ago we shipped 880 orders a week; this year it is 1,020.')).toBe(true);
    expect(judge(3100, 'number', '$2,900 was the Q3 total; Q4 came in at $3,100.')).toBe(true);
    expect(judge(80, 'number', '$80 was charged; the remaining $20 is on hold.')).toBe(true);
    expect(judge(17, 'number', '17 is the figure for your region; the company logged 240.')).toBe(true);
    expect(judge(9, 'number', '9 of them (out of 30 total) were late.')).toBe(true);
    expect(judge(600, 'number', 'The order total is $600, which brings the account to $1,900 owed.')).toBe(true);
    expect(judge(40, 'number', 'More than 40.')).toBe(false);
    expect(judge(0, 'number', 'Last month 12 refunds failed; this month, none.')).toBe(true);
    expect(judge(12, 'number', 'Last month 12 refunds failed; this month, none.')).toBe(false);
  });

  it('number: percents for fraction golds, days with month names, durations before a parenthesis', () => {
    expect(judge(0.4, 'number', '0.4%')).toBe(false);
    expect(judge(0.4, 'number', '40%')).toBe(true);
    expect(judge(2, 'number', '2%')).toBe(true);
    expect(judge(10, 'number', '10 days (from 4 Jan to 14 Jan).')).toBe(true);
    expect(judge(58, 'number', 'In March 58 cases were opened.')).toBe(true);
    expect(judge(3.5, 'number', '3 min 30 s (median).')).toBe(true);
  });

  it('set and exact: state codes named in full, numeric ids of one shape, unmet factors', () => {
    expect(judge(['OH', 'MI'], 'set', 'Ohio (41) and Michigan (39).')).toBe(true);
    expect(judge(['OH', 'MI'], 'set', 'Ohio and Indiana.')).toBe(false);
    expect(judge('OH', 'exact', 'Ohio led with 41 tickets.')).toBe(true);
    expect(judge('WA', 'exact', 'Washington DC led with 41 tickets.')).toBe(false);
    expect(judge(['400112', '400187'], 'set', '400112, 400187, 400190')).toBe(false);
    expect(judge(['400112', '400187'], 'set', '400112 and 400187 (2 returns)')).toBe(true);
    expect(judge(['Budget', 'Need'], 'set', "It doesn't meet Budget or Need; Authority is satisfied.")).toBe(true);
    expect(judge(['Budget', 'Need'], 'set', 'Missing: Budget and Need. Present: Authority.')).toBe(true);
    expect(judge(['Budget', 'Need'], 'set', 'Missing: Budget. Present: Need, Authority.')).toBe(false);
  });

  it('exact: a past value changed after "but", a leader after "but", where approval actually comes from', () => {
    expect(judge('Plus', 'exact', 'The plan was originally Plus, but it was switched to Basic in June.')).toBe(false);
    expect(judge('Basic', 'exact', 'The plan was originally Plus, but it was switched to Basic in June.')).toBe(true);
    expect(judge('Plus', 'exact', 'Your tier is Plus, and it renews in June.')).toBe(true);
    expect(judge('Lena Vogt', 'exact', 'Lena Vogt was the owner, but the lead was reassigned to Omar Haddad.')).toBe(false);
    expect(judge('Omar Haddad', 'exact', 'Lena Vogt was the owner, but the lead was reassigned to Omar Haddad.')).toBe(true);
    expect(judge('Plus', 'normalized', 'Basic (it was Plus before the downgrade).')).toBe(false);
    expect(judge('Denver', 'exact', 'Denver came first last year, but this year Austin (TX) was busiest.')).toBe(false);
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz leads the project, but the budget actually comes from Lena Vogt.')).toBe(false);
  });

  it('exact: ties, questions back, hypothetical ids, original codes, expected states; None: "I\'ll assume"', () => {
    expect(judge('Kai Moreno', 'exact', 'Kai Moreno and Ines Park are tied on 9.5 hours.')).toBe(false);
    expect(judge('Kai Moreno', 'exact', 'It is a tie between Ines Park and Kai Moreno.')).toBe(false);
    expect(judge('Kai Moreno', 'exact', 'Kai Moreno, ahead of Ines Park.')).toBe(true);
    expect(judge('Kai Moreno', 'exact', 'Kai Moreno (Berlin) or Kai Morena (Madrid)?')).toBe(false);
    expect(judge('Kai Moreno', 'exact', 'Kai Moreno or Kai Morena: did you mean the Berlin one or the Madrid one?')).toBe(false);
    expect(judge('TK4410', 'exact', 'Rebooked on TK4410; your original TK4402 is void.')).toBe(true);
    expect(judge('arrived', 'exact', 'It left Memphis today and should be arrived by Monday.')).toBe(false);
    expect(judge('None', 'exact', "Nothing matches 'Vega Ltd' exactly; Vega Labs (001Hs00000pQr2AIAS) is closest, and I'll assume it's that one.")).toBe(false);
    expect(judge('None', 'exact', "Nothing matches 'Vega Ltd'; Vega Labs is closest, and I'll just use that.")).toBe(false);
  });

  it('f1: a negation the gold asserts must stay; asides about other things and an opening "No," do not negate', () => {
    const gold = 'the lease does not allow pets';
    expect(judge(gold, 'f1', 'Pets are allowed under the lease.')).toBe(false);
    expect(judge(gold, 'f1', 'No, the lease does not allow pets.')).toBe(true);
    expect(judge(gold, 'f1', 'Pets are prohibited by the lease.')).toBe(false);
    expect(judge('the card earns 2 percent cash back on groceries', 'f1', 'The card earns 2% cash back on groceries (no cap on rewards).')).toBe(true);
    expect(judge('the card earns 2 percent cash back on groceries', 'f1', 'The card earns cash back, not 2 percent on groceries.')).toBe(false);
    expect(judge(gold, 'f1', 'No. The lease allows pets with a deposit.')).toBe(false);
    expect(judge('the lease does not allow dogs', 'f1', 'The lease allows dogs, but not cats.')).toBe(false);
    expect(judge(gold, 'f1', 'No, the lease is pet-free: non-negotiable.')).toBe(false);
    expect(judge('tickets are answered within one day', 'f1', 'Tickets are answered within one day (no weekend answers).')).toBe(true);
  });

  it('exact: other Salesforce objects, tool-style tags, a record ranked next, arrows for normalized', () => {
    const gold = ['0058b00000Ab1cDAAR', 'Noor Haddad'];
    expect(judge(gold, 'exact', 'Opportunity 0068b00000Xy2zWAAR -> Noor Haddad')).toBe(true);
    expect(judge(gold, 'exact', 'Noor Haddad (0058b00000Ab9zZAAR)')).toBe(false);
    expect(judge('Noor Haddad', 'exact', '<final>Noor Haddad</final>')).toBe(true);
    expect(judge('AB1234', 'exact', 'Cheapest: AB1234 at $90; next AB1299 at $95.')).toBe(true);
    expect(judge('AB1299', 'exact', 'Cheapest: AB1234 at $90; next AB1299 at $95.')).toBe(false);
    expect(judge('Approved', 'normalized', 'Status -> approved')).toBe(true);
  });
});
