import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';
import { findQuantities } from '../../src/text/quantities.js';
import { monthNamesFor } from '../../src/text/calendar.js';

// Rules added after round 6's held-out misses: each is stated in general terms and tested on answers that are
// not in the corpus, in both directions.
const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

describe('modality and quantifiers the gold states', () => {
  const rule = 'All refunds over $500 must be approved by a manager';
  it.each([
    ['Every refund above $500 needs a manager to approve it.', true],
    ['Refunds over $500 may be approved by a manager.', false],
    ['Some refunds over $500 must be approved by a manager.', false],
    ['Most refunds over $500 must be approved by a manager.', false],
  ])('f1 %j → %s', (answer, pass) => expect(judge(rule, 'f1', answer)).toBe(pass));

  it('a permission turned into an obligation fails f1 and normalized', () => {
    expect(judge('Guests may bring one pet', 'f1', 'Guests must bring one pet.')).toBe(false);
    expect(judge('approval required for all refunds', 'normalized', 'The rule is: approval required for some refunds')).toBe(false);
  });

  it('a general rule paraphrased with "usually" still passes f1', () => {
    expect(judge('Refunds are issued within 5 business days', 'f1', 'Refunds are usually issued within 5 business days.')).toBe(true);
  });

  it('f1 reads % as percent, possessives and noun endings as the word', () => {
    expect(judge('Orders with discounts over 15 percent require approval from the regional manager', 'f1', "Discounts above 15% on an order need the regional manager's approval.")).toBe(true);
  });
});

describe('exact', () => {
  it('a date in the sentence does not compete with a numeric id', () => {
    expect(judge('7700123456', 'exact', 'Invoice 7700123456 was raised on 12/05/2024 and paid on 2024-06-01.')).toBe(true);
    expect(judge('7700123456', 'exact', 'Invoice 7700123465 was raised on 12/05/2024.')).toBe(false);
  });

  it('a hyphen between words reads as a space in a bare value', () => {
    expect(judge('Next Day Delivery', 'exact', 'Next-Day Delivery')).toBe(true);
    expect(judge('Next Day Delivery', 'exact', 'Two-Day Delivery')).toBe(false);
  });

  it('the value an arrow leads to is the answer; the one it leaves is not', () => {
    expect(judge('Shipped', 'exact', 'Order status → Shipped 📦')).toBe(true);
    expect(judge('Shipped', 'exact', 'Shipped → Returned')).toBe(false);
  });

  it('a comma ends the value a lead-in states', () => {
    expect(judge('Basic', 'exact', "You're on the Basic plan, renewed monthly.")).toBe(true);
    expect(judge('Basic', 'exact', "You're on the Basic Plus plan, renewed monthly.")).toBe(false);
  });
});

describe('month number alternatives', () => {
  it('a gold that lists a month date and its bare number accepts the month name', () => {
    expect(monthNamesFor(['3/2025', 'March 2025', '3'])).toEqual(['March', 'Mar']);
    expect(monthNamesFor(['3/2025', 'March 2025'])).toEqual([]);
    expect(judge(['3/2025', 'March 2025', '3'], 'normalized', 'March')).toBe(true);
    expect(judge(['3/2025', 'March 2025', '3'], 'normalized', 'April')).toBe(false);
  });
});

describe('number', () => {
  it('a spaced dash or a bullet is not a minus sign', () => {
    expect(findQuantities('Everyone — 100%')[0]?.value).toBe(100);
    expect(findQuantities('- 42 cases')[0]?.value).toBe(42);
    expect(findQuantities('Net: -42')[0]?.value).toBe(-42);
  });

  it('a correction replaces the number it follows', () => {
    expect(judge(9, 'number', 'We have 8 — no, 9 seats left.')).toBe(true);
    expect(judge(8, 'number', 'We have 8 — no, 9 seats left.')).toBe(false);
    expect(judge(8, 'number', '8 seats, no upgrades, 2 on hold')).toBe(true);
  });

  it('an ordinal answers a count when the answer has no other number', () => {
    expect(judge(4, 'number', "You're fourth in the queue.")).toBe(true);
    expect(judge(4, 'number', "You're fifth in the queue.")).toBe(false);
    expect(judge(4, 'number', 'You are 4th.')).toBe(true);
  });

  it('a priced calculation states its count and its cost', () => {
    const answer = 'Order: 40 licences × $25 = $1,000';
    expect(judge(40, 'number', answer)).toBe(true);
    expect(judge(1000, 'number', answer)).toBe(true);
    expect(judge(25, 'number', answer)).toBe(false);
  });
});

describe('set checklists', () => {
  it('accepts the crossed-out or the ticked items, exactly', () => {
    const answer = '- Phone ✅\n- Email ❌\n- Chat ❌';
    expect(judge(['Email', 'Chat'], 'set', answer)).toBe(true);
    expect(judge(['Phone'], 'set', answer)).toBe(true);
    expect(judge(['Email'], 'set', answer)).toBe(false);
    expect(judge(['Email', 'Chat'], 'set', '| Channel | Enabled |\n|---|---|\n| Phone | ✅ |\n| Email | ❌ |\n| Chat | ❌ |')).toBe(true);
  });
});

describe('contains', () => {
  it('reads spelled-out numbers and ordinals as digits', () => {
    expect(judge('30-day return window', 'contains', 'You have a thirty-day return window.')).toBe(true);
    expect(judge('2nd floor', 'contains', 'The clinic is on the second floor.')).toBe(true);
  });

  it('the same phrase with another value later supersedes the gold', () => {
    expect(judge('gate C7', 'contains', 'Gate C7 was closed, so boarding moved to gate C9.')).toBe(false);
    expect(judge('gate C7', 'contains', 'Boarding moved from gate C9 to gate C7.')).toBe(true);
  });
});
