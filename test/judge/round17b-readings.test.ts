import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';
import { amountsAsWords } from '../../src/judge/matchers/amounts-as-words.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 28 and 29's number and f1 misses (round 17, part B), each tested on answers outside the
// corpus, in both directions.
describe('round 17 readings (number, f1)', () => {
  it('f1: verbs, nouns and phrases of the same meaning count as the gold\'s words', () => {
    expect(judge('the patch fixes the sync error', 'f1', 'The sync error is resolved by the patch.')).toBe(true);
    expect(judge('the gold plan includes lounge access', 'f1', 'Gold plan comes with lounge access.')).toBe(true);
    expect(judge('the main concern was onboarding time', 'f1', 'Their biggest objection: onboarding time.')).toBe(true);
    expect(judge('support is available 24/7 for enterprise clients', 'f1', 'Enterprise customers get round-the-clock support.')).toBe(true);
    expect(judge('the engineer repaired the broken printer', 'f1', 'The broken printer was fixed by the engineer.')).toBe(true);
  });

  it('f1: a synonym does not hide another verb, number, channel or a negation', () => {
    expect(judge('the patch fixes the sync error', 'f1', 'The patch does not resolve the sync error.')).toBe(false);
    expect(judge('the gold plan includes 2 lounge passes', 'f1', 'Gold plan comes with 4 lounge passes.')).toBe(false);
    expect(judge('premium plans include phone support', 'f1', 'Premium plans include email support.')).toBe(false);
    expect(judge('agents resolve billing tickets', 'f1', 'Agents escalate billing tickets.')).toBe(false);
  });

  it('f1: another qualifier of a kept noun, an acronym too, is another thing', () => {
    expect(judge('refunds over $300 require CFO approval', 'f1', 'Refunds over $300 require director approval.')).toBe(false);
    expect(judge('customer records are kept in US data centers', 'f1', 'Customer records are kept in EU data centers.')).toBe(false);
    expect(judge('trial accounts get email support', 'f1', 'Trial accounts get phone support.')).toBe(false);
    expect(judge('refunds over $300 require CFO approval', 'f1', 'Refunds over $300 require approval from the CFO.')).toBe(true);
    expect(judge('trial accounts get email support', 'f1', 'Trial accounts get e-mail support.')).toBe(true);
  });

  it('f1: a reworded verb is no swapped qualifier', () => {
    expect(judge('exchanges allowed within 14 days with the receipt', 'f1', 'You can exchange products within 14 days if you keep the receipt.')).toBe(true);
  });

  it('number: a value asked for or put forward, then a settled one after a turn, is not the answer', () => {
    expect(judge(0.08, 'number', 'The client asked for 12% off, but finance only signed off on 8%.', 0.001)).toBe(true);
    expect(judge(0.12, 'number', 'The client asked for 12% off, but finance only signed off on 8%.', 0.001)).toBe(false);
    expect(judge(1800, 'number', 'Supplier quoted $2,000; we ended up paying $1,800.')).toBe(true);
    expect(judge(2000, 'number', 'Supplier quoted $2,000; we ended up paying $1,800.')).toBe(false);
  });

  it('number: a put-forward value stands when nothing else of its kind is settled', () => {
    expect(judge(0.12, 'number', 'The client asked for 12% off and finance approved it.', 0.001)).toBe(true);
    expect(judge(6, 'number', 'We requested 6 seats, but procurement wants a decision within 3 days.')).toBe(true);
    expect(judge(900, 'number', 'Approved credit: $900 (the customer had asked for $1,100).')).toBe(true);
  });

  it('f1: a sentence of its own that shares no content word with the gold is an aside, not part of the claim', () => {
    expect(judge('guests can check out as late as 2 pm on sundays', 'f1', 'Guests may check out as late as 2 pm on Sundays. Breakfast runs until 10:30, and the pool opens at 8.')).toBe(true);
    expect(judge('guests can check out as late as 2 pm on sundays', 'f1', 'Guests may check out as late as 11 am on Sundays. Breakfast runs until 10:30.')).toBe(false);
    expect(judge('guests can check out as late as 2 pm on sundays', 'f1', 'Late check-out is not offered. Breakfast runs until 10:30.')).toBe(false);
  });

  it('f1: a grouped number and a currency sign read as the plain number and its word', () => {
    expect(judge('credits above 2500 dollars need director approval', 'f1', 'Any credit above $2,500 needs approval from a director.')).toBe(true);
    expect(judge('credits above $2,500 need director approval', 'f1', 'Credits above 2500 USD need director approval.')).toBe(true);
    expect(judge('credits above 2500 dollars need director approval', 'f1', 'Any credit above $25,000 needs approval from a director.')).toBe(false);
    expect(judge('bags over 20 pounds cost extra', 'f1', 'Bags over €20 cost extra.')).toBe(false);
  });

  it('number: a group\'s aggregate set against the figure across a turn is the yardstick, not the answer', () => {
    expect(judge(0.61, 'number', 'First-contact resolution hit 61%, whereas the company-wide mean was 55%.', 0.001)).toBe(true);
    expect(judge(0.55, 'number', 'First-contact resolution hit 61%, whereas the company-wide mean was 55%.', 0.001)).toBe(false);
    expect(judge(0.61, 'number', 'The industry benchmark sits at 55%, but this store hit 61%.', 0.001)).toBe(true);
  });

  it('number: an aggregate with no other figure across a turn still answers', () => {
    expect(judge(0.55, 'number', 'The team average was 55%.', 0.001)).toBe(true);
    expect(judge(0.55, 'number', 'The team average was 55%, and 12 reps were above it.', 0.001)).toBe(true);
  });

  it('f1: another acronym in place of the gold\'s, wherever it stands, is another team, role or region', () => {
    expect(judge('chargebacks are sent to AP', 'f1', 'Chargebacks get sent to AR.')).toBe(false);
    expect(judge('Q3 bookings beat the forecast', 'f1', 'Q4 bookings beat the forecast.')).toBe(false);
    expect(judge('chargebacks are sent to AP', 'f1', 'Chargebacks get sent to AP (accounts payable).')).toBe(true);
    expect(judge('chargebacks are sent to accounts payable', 'f1', 'Chargebacks are sent to accounts payable, FYI.')).toBe(true);
  });

  it('f1: a grouped amount with cents is one number and its currency word', () => {
    // The claim's tokens, not its numbers, are what differ here: a strict threshold shows the split "1 dollars,234.56".
    const check = { answer: 'a refund of 1234.56 dollars was approved', match: 'f1', threshold: 0.9 } as const;
    expect(matchAnswer(check, 'A refund of $1,234.56 was approved.').pass).toBe(true);
    expect(matchAnswer(check, 'A refund of $1,234.65 was approved.').pass).toBe(false);
  });

  it('amounts: a full stop ends the amount, and a plain space groups thousands only where no other number is beside it', () => {
    expect(amountsAsWords('It costs $5. Then it ships.')).toBe('It costs 5 dollars. Then it ships.');
    expect(amountsAsWords('Tickets 12 345 and 678 are open.')).toBe('Tickets 12 345 and 678 are open.');
    expect(amountsAsWords('The top 3 100-day plans renewed.')).toBe('The top 3 100-day plans renewed.');
    expect(amountsAsWords('Call +1 503 555 0192.')).toBe('Call +1 503 555 0192.');
    expect(amountsAsWords('The device holds 1 500 contacts, between 1 500 and 2 000 of them synced.')).toBe('The device holds 1500 contacts, between 1500 and 2000 of them synced.');
    expect(amountsAsWords('Fee: $1 000 and 678 points.')).toBe('Fee: 1000 dollars and 678 points.');
  });

  it('number: "overall" is the subject\'s own aggregate, and "team\'s average" is a group\'s', () => {
    expect(judge(0.42, 'number', 'Your overall average was 42%, but your team was at 38%.', 0.001)).toBe(true);
    expect(judge(4.2, 'number', 'Your overall average rating is 4.2, though your latest survey gave 3.9.')).toBe(true);
    expect(judge(6.1, 'number', "Your handle time was 6.1 minutes, while the team's average was 7.4 minutes.")).toBe(true);
    expect(judge(7.4, 'number', "Your handle time was 6.1 minutes, while the team's average was 7.4 minutes.")).toBe(false);
  });

  it('f1: "constructor" is a word, "address" is no fix, and the verb "issue" is no problem', () => {
    // Strict thresholds: these misreadings raised the score rather than flipping a verdict at the default.
    expect(matchAnswer({ answer: 'the constructor signed the contract', match: 'f1', threshold: 0.8 }, 'The constructor signed the lease.').pass).toBe(false);
    expect(matchAnswer({ answer: 'the form needs the email address of the customer', match: 'f1', threshold: 0.9 }, 'The form needs the email fix of the customer.').pass).toBe(false);
    expect(judge('support will issue a replacement', 'f1', 'Support reported a problem with the replacement.')).toBe(false);
    expect(judge('the billing team can issue the refund today', 'f1', 'The billing team can issue a refund today.')).toBe(true);
    expect(judge('the firmware update fixes the overheating issue', 'f1', 'The overheating problem is fixed by the firmware update.')).toBe(true);
  });

  it('f1: a sentence that points back and dates or takes back the claim is part of it, not an aside', () => {
    expect(judge('refunds take 5 business days', 'f1', 'Refunds are processed within 5 business days. That was the old policy; it was changed in March after the audit.')).toBe(false);
    expect(matchAnswer({ answer: 'refunds take 5 business days', match: 'f1', threshold: 0.6 }, 'Refunds are processed within 5 business days. Previously it was 3.').pass).toBe(false);
    expect(matchAnswer({ answer: 'refunds take 5 business days', match: 'f1', threshold: 0.6 }, 'Refunds are processed within 5 business days. That is usually enough for the bank to post it.').pass).toBe(true);
  });
});
