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

// Rules added in round 8 (round 7's misses and the families behind them), tested on answers outside the corpus.
describe('round 8 rules, both directions', () => {
  it.each([
    // Dates compared as dates, in any common form; the answer must commit to one.
    ['2023-07-09', 'normalized', 'Sunday, July 9th, 2023', true],
    ['2023-07-09', 'exact', 'It closed on 09.07.2023.', true],
    ['2023-07-09', 'normalized', 'the 9th of July 2023', true],
    ['2023-07-09', 'normalized', 'July 9 or 10, 2023', false],
    ['2023-07-09', 'normalized', '9 Jul 2022', false],
    ['Q1 2026', 'normalized', '1Q26', true],
    ['Q1 2026', 'exact', 'the first quarter of 2026', true],
    ['Q1 2026', 'normalized', 'Q1 2025', false],
    ['14:05', 'exact', 'The call is at 2:05 pm.', true],
    ['14:05', 'exact', 'The call is at 2:05 am.', false],
    // Codes across separators and case, near misses fail.
    ['QX-771', 'exact', 'Your voucher is qx771.', true],
    ['QX-771', 'exact', 'Your voucher is QX-717.', false],
    ['C7', 'exact', 'Boarding from gate C-7.', true],
    ['C7', 'exact', 'Boarding from gate C-71.', false],
    // Values taken back, handed on, guessed.
    ['Shipped', 'exact', 'It was marked Shipped in error and has since been put back to Processing.', false],
    ['Processing', 'exact', 'Shipped ❌ → Processing ✅', true],
    ['Dana Wu', 'exact', 'Dana Wu passed the case to Omar Haddad on Monday.', false],
    ['Omar Haddad', 'exact', 'Omar Haddad took over from Dana Wu on Monday.', true],
    ['Platinum', 'exact', 'It might be Platinum.', false],
    // Tables and lists that name several records.
    ['Initech', 'exact', '| Vendor | Score |\n|---|---|\n| Initech | 91 |\n| Hooli | 88 |', false],
    ['Initech', 'exact', '| Vendor | Score |\n|---|---|\n| Initech | 91 |\n| Hooli | 88 |\n\nInitech scores highest.', true],
    ['Initech', 'exact', '1. Initech ✅\n2. Hooli', true],
    // A city with its airport's name, in travel; not a tier with a qualifier.
    ['Denver', 'exact', 'Your flight lands in Denver International at 6 pm.', true],
    ['Gold', 'exact', 'You were upgraded to Gold Plus before your flight.', false],
    ['Gold', 'exact', 'You fly in Gold Plus comfort.', false],
    ['Economy', 'exact', 'You are flying economy (not premium economy).', true],
    // A day without its year takes the year of the same month nearby.
    ['2025-06-30', 'normalized', 'At the end of June 2025 (June 30).', true],
    ['2025-06-30', 'normalized', 'June 29 or June 30, 2025.', false],
  ] as const)('%j (%s) ← %j: %s', (gold, match, answer, pass) => {
    expect(judge(gold, match, answer)).toBe(pass);
  });

  it.each([
    [80, 'Close to 80.', 0, false],
    [80, 'Around 80.', 0, false],
    [80, 'Around 80.', 5, true],
    [80, '80 — maybe 81.', 0, false],
    [0.156, 'about 15.6%', 0, true],
    [80, '~~75~~ 80', 0, true],
    [80, '80 (down from 95)', 0, true],
    [95, '80 (down from 95)', 0, false],
    [2.75, '2h 45m', 0, true],
    [0.625, 'five eighths', 0, true],
    [0.2, '2 out of 10 trials', 0, true],
  ] as const)('number %s ← %j (tolerance %s): %s', (gold, answer, tolerance, pass) => {
    expect(matchAnswer({ answer: gold, match: 'number', tolerance }, answer).pass).toBe(pass);
  });

  it.each([
    [['Oslo', 'Lima'], 'Oslo, Lima, Quito — wait, Quito was cancelled, so just Oslo and Lima.', true],
    [['Oslo', 'Lima'], 'Oslo and Lima — actually, Quito too.', false],
    [['Oslo', 'Lima', 'Quito'], 'Oslo, Lima, ~~Quito~~', false],
    [['Oslo', 'Lima'], 'The Oslo order shipped; the Lima order is still pending.', false],
  ] as const)('set %j ← %j: %s', (gold, answer, pass) => {
    expect(judge([...gold], 'set', answer)).toBe(pass);
  });

  it.each([
    ['None', 'Not one ticket matches.', true],
    ['None', 'N/A — no refunds were issued in May.', true],
    ['None', '0 results: nothing was escalated.', true],
    ['None', 'None at first, but later I found ticket 8812.', false],
    ['priority support', 'Priority support was included, but it has since been discontinued.', false],
    ['priority support', 'Your plan includes priority support.', true],
  ] as const)('%j ← %j: %s', (gold, answer, pass) => {
    expect(judge(gold, gold === 'None' ? 'exact' : 'contains', answer)).toBe(pass);
  });
});

describe('round 9 rules, both directions', () => {
  it.each([
    // A value followed by "but" and a clause that settles on another.
    ['Pending', 'exact', "It's Pending for now, but once legal signs it should be Approved.", false],
    ['Approved', 'exact', "It's Pending for now, but once legal signs it should be Approved.", true],
    ['Retail', 'exact', 'Retail led in Q1, but Wholesale overtook it in Q2.', false],
    ['Retail', 'exact', 'Retail led in Q2, but the margin was thin.', true],
    ['Tampa', 'normalized', 'Miami first, with Tampa a close second.', false],
    // Names surname first, hyphenated spellings.
    ['Omar Haddad', 'exact', 'Assignee: Haddad, Omar', true],
    ['Omar Haddad', 'exact', 'Assignee: Haddad, Omari', false],
    ['Ecommerce', 'exact', 'Most orders came in through e-commerce.', true],
    ['Volt 50', 'exact', 'Volt-50', true],
    ['Volt 50', 'exact', 'Volt-500', false],
    // Runner-up and corrected-away rival ids.
    ['INV-4410', 'exact', 'Largest: INV-4410 ($9k). Runner-up: INV-4411 ($7k).', true],
    ['INV-4410', 'exact', 'INV-4411 — sorry, that was voided. The right one is INV-4410.', true],
    ['INV-4411', 'exact', 'INV-4411 — sorry, that was voided. The right one is INV-4410.', false],
    // Numbers: cents, totals after a breakdown, compound and clock durations, falls.
    [64.9, 'number', 'That is 64 dollars and 90 cents.', true],
    [6, 'number', 'Returns: 4 (two mugs, two plates) plus the tray and the lid — 6 in total.', true],
    ['200 seconds', 'number', 'It took 3 min 20 s.', true],
    [3.25, 'number', 'Mean call: 3:15 (mm:ss)', true],
    ['-3%', 'number', 'Margins declined 3% year on year.', true],
    ['-3%', 'number', 'Margins grew 3% year on year.', false],
  ] as const)('%j %s ← %j: %s', (gold, match, answer, pass) => expect(judge(gold, match, answer)).toBe(pass));

  it.each([
    [['Jin Park', 'Lea Voss'], 'Jin Park and Lea Voss, though Lea is on leave, so strictly just Jin Park.', false],
    [['Jin Park', 'Lea Voss'], 'Jin Park and Lea Voss, though Lea is on leave.', true],
    [['Jin Park', 'Lea Voss'], 'Only Jin Park hit quota; Lea Voss came close.', false],
    [['Jin Park', 'Lea Voss'], 'Top: Jin Park. Lea Voss did better than last year.', false],
    [['Georgia', 'Utah'], 'GA & UT', true],
    [['Georgia', 'Utah'], 'GA, UT and NV', false],
    [['AB12', 'CD34'], '1. AB12 Lisbon → Porto\n2. CD34 Porto → Faro', true],
  ] as const)('set %j ← %j: %s', (gold, answer, pass) => expect(judge([...gold], 'set', answer)).toBe(pass));

  it.each([
    ['Free shipping on all orders.', 'Free shipping on orders over $35.', false],
    ['Free shipping on orders over $35.', 'Free shipping on every order.', false],
    ['Free shipping on orders over $35.', 'Orders above $35 ship free.', true],
    ['Free shipping on orders over $35.', 'Shipping is free on orders of $35 or more.', true],
  ] as const)('f1 %j ← %j: %s', (gold, answer, pass) => expect(judge(gold, 'f1', answer)).toBe(pass));

  it.each([
    ['None', 'No matching claim. (The closest, CLM-12, was filed later by another policyholder.)', true],
    ['None', 'No matching claim, although the claims feed may be delayed.', true],
    ['None', 'No matching claim at first, but later CLM-12 turned up.', false],
    ['upgrade to business', 'An upgrade to business was not possible: business was full.', false],
    ['seat 3A', 'Seat 3A was already taken, so you have 3C.', false],
  ] as const)('%j ← %j: %s', (gold, answer, pass) => expect(judge(gold, gold === 'None' ? 'exact' : 'contains', answer)).toBe(pass));

  it('a pronoun contraction opens no name, a total can introduce its breakdown, and a near miss that qualifies is named', () => {
    expect(judge('Silver', 'exact', "You're Silver, but Gold is only 2,000 points away.")).toBe(true);
    expect(judge(21, 'number', '21 in total: 14 open and 7 pending.')).toBe(true);
    expect(judge(14, 'number', '21 in total: 14 open and 7 pending.')).toBe(false);
    expect(judge('None', 'exact', 'Nothing at first, but then the closest match, Initech, turned out to qualify.')).toBe(false);
    expect(judge(['A-1', 'B-2'], 'set', '1. A-1 (delivered)\n2. B-2 (not delivered)')).toBe(false);
  });

  it('probe batch 3 families', () => {
    expect(judge('Initech', 'exact', 'Initech led until May, but Globex has had more since.')).toBe(false);
    expect(judge('Reno', 'exact', 'I first thought Reno, but the log says Boise.')).toBe(false);
    expect(judge('Boise', 'exact', 'I first thought Reno, but the log says Boise.')).toBe(true);
    expect(judge('Tom Ode', 'exact', 'Ana Ruiz is the approver, but the request is waiting with Tom Ode.')).toBe(false);
    expect(judge(['Utah', 'Idaho'], 'set', 'UT only; ID was flat.')).toBe(false);
    expect(judge(['K-1', 'K-2'], 'set', '- K-1: 5 units\n- K-2: 2 units (below the minimum)')).toBe(false);
    expect(judge('spa voucher', 'contains', 'The spa voucher you wanted was gone by noon.')).toBe(false);
    expect(judge('100 minutes', 'number', '1 h 40 min')).toBe(true);
    expect(judge('-4%', 'number', 'Orders dipped 4%.')).toBe(true);
  });

  it('probe batch 4 families', () => {
    expect(judge('Acme', 'exact', 'Globex, but only by three deals over Acme.')).toBe(false);
    expect(judge('Ivy Chen', 'exact', 'Ivy Chen ran it until June, but it has been with Max Bell since.')).toBe(false);
    expect(judge('None', 'exact', 'No such claim, although the 2021 archive may be incomplete.')).toBe(true);
    expect(judge('None', 'exact', "No such claim, although Acme's claim data may be incomplete and it might be theirs.")).toBe(false);
  });

  it('probe batch 5 families', () => {
    expect(judge('Ivy Chen', 'exact', 'Owner: Chen, Ivy — she took over from Bell, Max in May.')).toBe(true);
    expect(judge('Ivy Chen', 'exact', 'Owner: Chen, Ivy — no, sorry: Bell, Max.')).toBe(false);
    expect(judge(['QF1', 'QF2'], 'set', '1. QF1 SYD → SIN\n2. QF2 SIN → LHR (cancelled)')).toBe(false);
    expect(judge('seat 2A', 'contains', 'Seat 2A was taken by your partner, as requested.')).toBe(true);
    expect(judge('seat 2A', 'contains', 'Seat 2A was taken by another traveller, so you have 2C.')).toBe(false);
  });
});
