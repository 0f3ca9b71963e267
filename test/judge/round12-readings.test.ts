import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string, tolerance?: number): boolean => matchAnswer({ answer, match, tolerance }, actual).pass;

// Rules added after rounds 12 and 13's misses (round 12, part B), each tested on answers outside the corpus, in both directions.
describe('round 12 readings: number', () => {
  it('a value a change reaches replaces the one before it', () => {
    expect(judge(0.41, 'number', 'Open rate was 47% in May but slipped to 41% in June.', 0.005)).toBe(true);
    expect(judge(0.47, 'number', 'Open rate was 47% in May but slipped to 41% in June.', 0.005)).toBe(false);
    expect(judge(30, 'number', 'The fee was $25, then they raised it to $30.')).toBe(true);
    expect(judge(25, 'number', 'The fee was $25, then they raised it to $30.')).toBe(false);
  });

  it('a "so" clause concludes with its number, words between', () => {
    expect(judge(57.2, 'number', 'The list rate is $61.00, but the fleet discount applies, so your nightly charge is $57.20.', 0.01)).toBe(true);
    expect(judge(61, 'number', 'The list rate is $61.00, but the fleet discount applies, so your nightly charge is $57.20.', 0.01)).toBe(false);
  });

  it('a bold labelled line singles out its number; labelled sentences are a breakdown', () => {
    expect(judge(0.12, 'number', '- Visits: 900\n- Sign-ups: 108\n- **Sign-up rate: 12%**', 0.005)).toBe(true);
    expect(judge(900, 'number', '- Visits: 900\n- Sign-ups: 108\n- **Sign-up rate: 12%**')).toBe(false);
    expect(judge(9, 'number', 'Longest stay: 14 nights. Shortest stay: 9 nights.')).toBe(false);
    expect(judge(9, 'number', 'Team average: 11 nights. Yours: 9 nights.')).toBe(true);
    expect(judge(9, 'number', 'The queue had a long wait, 9 minutes.')).toBe(true);
  });

  it('enumerators, roundings and measured whole golds', () => {
    expect(judge(2, 'number', 'Escalated twice:\n1. Desk → Tier 2\n2. Tier 2 → Lab 4')).toBe(true);
    expect(judge(1, 'number', 'Escalated twice:\n1. Desk → Tier 2\n2. Tier 2 → Lab 4')).toBe(false);
    expect(judge(21, 'number', '~21 hours (20.8 before rounding).')).toBe(true);
    expect(judge(21, 'number', '~21 hours, give or take.')).toBe(false);
    expect(judge(37, 'number', '0.37', 0.5)).toBe(true);
    expect(judge(37, 'number', '0.37')).toBe(false);
  });
});

describe('round 12 readings: set', () => {
  it('ISO months, ids in parentheses, record ids and JSON records', () => {
    expect(judge(['April', 'October'], 'set', '2024-04 and 2024-10')).toBe(true);
    expect(judge(['April', 'October'], 'set', '2024-04, 2024-06 and 2024-10')).toBe(false);
    expect(judge(['TK-18', 'TK-23'], 'set', 'Breached: Printer jam (TK-18, 9 h) and VPN drop (TK-23, 7 h).')).toBe(true);
    expect(judge(['TK-18', 'TK-23'], 'set', 'Breached: Printer jam (TK-18, 9 h), VPN drop (TK-23, 7 h) and Lost badge (TK-30, 5 h).')).toBe(false);
    expect(judge(['Budget'], 'set', 'Lead ID: 00Q5Kp00000aBcDUAW\nUnmet: Budget')).toBe(true);
    expect(judge(['RX-1', 'RX-4'], 'set', '{"ticket": "T900", "refills": [{"rx": "RX-1", "days": 30}, {"rx": "RX-4", "days": 90}]}')).toBe(true);
    expect(judge(['RX-1', 'RX-4'], 'set', '{"ticket": "T900", "refills": [{"rx": "RX-1", "days": 30}]}')).toBe(false);
  });

  it('checklist rows by their id cell, excluded things, counts, ranks and "only"', () => {
    expect(judge(['AC-2', 'AC-9'], 'set', '| Unit | Code | Check |\n|---|---|---|\n| North | AC-2 | ❌ |\n| South | AC-5 | ✅ |\n| East | AC-9 | ❌ |')).toBe(true);
    expect(judge(['Fire', 'Flood'], 'set', 'Covered: fire and flood. Wind is excluded.')).toBe(true);
    expect(judge(['Fire', 'Flood'], 'set', 'Covered: fire and flood. Flood is excluded.')).toBe(false);
    expect(judge(['Ana', 'Bo', 'Cy'], 'set', 'Two reps are on leave: Ana and Bo. Cy returns Monday.')).toBe(false);
    expect(judge(['Ana', 'Bo'], 'set', 'Two reps are on leave: Ana and Bo.')).toBe(true);
    expect(judge(['Ana', 'Bo'], 'set', 'Ana leads; Bo was next.')).toBe(false);
    expect(judge(['Ana', 'Bo'], 'set', 'On leave: Ana only. Bo is back next week.')).toBe(false);
    expect(judge(['Oslo', 'Tromsø'], 'set', 'Oslo and Tromsø.')).toBe(true);
  });
});

describe('round 12 readings: contains', () => {
  it('a thing in its state with an id or a "for …" between, an unsaid subject and a complement', () => {
    expect(judge('permit renewed', 'contains', 'Your permit (PMT 2024 7781) has been renewed.')).toBe(true);
    expect(judge('booking confirmed', 'contains', 'Your booking for 12–14 June is confirmed.')).toBe(true);
    expect(judge('booking confirmed', 'contains', 'Your booking for 12–14 June is not confirmed yet.')).toBe(false);
    expect(judge('order cancelled', 'contains', 'Cancelled the order W88123 as you asked.')).toBe(true);
    expect(judge('order cancelled', 'contains', 'Cancelled the old order; the new one ships today.')).toBe(false);
    expect(judge('plan switched to annual', 'contains', 'I switched the plan to Annual, effective today.')).toBe(true);
    expect(judge('plan switched to annual', 'contains', 'I switched the plan to Monthly.')).toBe(false);
  });

  it('advice and a failure after the phrase are not what was done', () => {
    expect(judge('assigned to omar', 'contains', 'I recommend it be assigned to Omar, but I lack the permission to reassign cases.')).toBe(false);
    expect(judge('assigned to omar', 'contains', 'The case should be assigned to Omar.')).toBe(false);
    expect(judge('assigned to omar', 'contains', 'The case is now assigned to Omar, but he is out until Monday.')).toBe(true);
  });
});

describe('round 12 readings: f1', () => {
  it('the runner-up, the gold word for word in a long answer, and a replaced opening', () => {
    expect(judge('faster shipping', 'f1', 'Lower prices led the survey; faster shipping was a close second.')).toBe(false);
    expect(judge('faster shipping', 'f1', 'Faster shipping, by far.')).toBe(true);
    const long = 'I went through every support transcript from March, and the recurring issue is that password resets fail on mobile for users on older app versions.';
    expect(judge('password resets fail on mobile', 'f1', long)).toBe(true);
    expect(judge('password resets fail on mobile', 'f1', 'I went through every support transcript from March: either password resets fail on mobile or the SSO page times out; I cannot tell which.')).toBe(false);
    expect(judge('password resets fail on mobile', 'f1', 'I went through every support transcript from March, and nobody reported that password resets fail on mobile.')).toBe(false);
    expect(judge('lost luggage for thirty days after the flight', 'f1', 'It reimburses seat upgrades for thirty days after the flight.')).toBe(false);
    expect(judge('lost luggage for thirty days after the flight', 'f1', 'It reimburses lost luggage for thirty days after the flight.')).toBe(true);
  });

  it('"until" keeps the limit "up to" states', () => {
    expect(judge('returns accepted up to 30 days after delivery', 'f1', 'Returns are accepted until 30 days after delivery.')).toBe(true);
    expect(judge('returns accepted up to 30 days after delivery', 'f1', 'Returns are accepted any time after delivery.')).toBe(false);
  });
});

describe('round 12 readings: second batch', () => {
  it('set: an item both named and said not covered, a near miss after the list', () => {
    expect(judge(['Gym', 'Pool'], 'set', 'Members get the gym and the pool. Pool is not covered on weekends.')).toBe(false);
    expect(judge(['Gym', 'Pool'], 'set', 'Members get the gym and the pool. Sauna is not covered.')).toBe(true);
    expect(judge(['Gym', 'Pool'], 'set', 'Not covered: gym and pool.')).toBe(true);
    expect(judge(['Lima', 'Quito'], 'set', 'Lima and Quito hit quota. Bogotá missed by 3%.')).toBe(true);
  });

  it('contains: "has shipped" with a long id before it; a failure after "but" about something else', () => {
    expect(judge('parcel shipped', 'contains', 'Your parcel (tracking JD 0142 7781) has shipped.')).toBe(true);
    expect(judge('parcel shipped', 'contains', 'Your parcel (tracking JD 0142 7781) has not shipped.')).toBe(false);
    expect(judge('card replaced', 'contains', "I replaced the card, but I couldn't change the PIN for you.")).toBe(true);
    expect(judge('card replaced', 'contains', "I tried to have the card replaced, but I couldn't.")).toBe(false);
  });

  it('f1: a short stem in the replaced opening', () => {
    expect(judge('billing errors for two straight months', 'f1', 'The customer reports login failures for two straight months.')).toBe(false);
    expect(judge('billing errors for two straight months', 'f1', 'The customer reports billing errors for two straight months.')).toBe(true);
  });
});

describe('round 12 readings: third batch', () => {
  it('number: a value under an option after another value is an alternative, unless it is the total', () => {
    expect(judge(5, 'number', 'Check-in closes 5 days before; with the flex fare it closes 1 day before.')).toBe(true);
    expect(judge(1, 'number', 'Check-in closes 5 days before; with the flex fare it closes 1 day before.')).toBe(false);
    expect(judge(6, 'number', "That's 5 seats; with the driver it's 6 in total.")).toBe(true);
  });

  it('set: sentences after a list that say something of their own, counts beside items, zero lines', () => {
    expect(judge(['Alpha', 'Beta'], 'set', 'Late projects: Alpha (2 weeks) and Beta (5 days). Gamma looks fine.')).toBe(true);
    expect(judge(['Alpha', 'Beta'], 'set', 'Late projects: Alpha (2 weeks) and Beta (5 days). Gamma is late too.')).toBe(false);
    expect(judge(['Alpha'], 'set', 'Late: Alpha. Beta is late.')).toBe(false);
    expect(judge(['Alpha'], 'set', 'Late: Alpha. Beta is also late.')).toBe(false);
    expect(judge(['Alpha', 'Beta'], 'set', '- Alpha: 3 blockers\n- Beta: 1 blocker\n- Gamma: 0 blockers')).toBe(true);
  });

  it('contains and f1: a recap line with a record id, and a gold joined to another claim', () => {
    expect(judge('claim closed', 'contains', 'Recap:\n- Claim CL-88213 closed ✅\n- Customer notified')).toBe(true);
    expect(judge('claim closed', 'contains', 'Recap:\n- Claim CL-88213 not closed (awaiting invoice)')).toBe(false);
    expect(judge('faster payouts for sellers', 'f1', 'Sellers asked equally for faster payouts for sellers and lower fees; it is a tie at 14 each.')).toBe(false);
  });
});

describe('round 12 readings: units the gold leaves open', () => {
  it('a bare gold read from a duration with a unit passes, marked uncertain for the LLM judge', () => {
    const days = matchAnswer({ answer: 3.75, match: 'number', tolerance: 0.01 }, 'Average handle time: 3.75 days.');
    expect(days.pass).toBe(true);
    expect(days.uncertain).toBe(true);
    const hours = matchAnswer({ answer: '3.75 hours', match: 'number', tolerance: 0.01 }, 'Average handle time: 3.75 hours.');
    expect(hours.uncertain).toBeUndefined();
  });
});

describe('round 12 readings: fourth batch', () => {
  it('number: a table of several numbers that marks none commits to none', () => {
    expect(judge(4, 'number', '| Site | Incidents |\n|---|---|\n| Leeds | 4 |\n| York | 11 |')).toBe(false);
    expect(judge(4, 'number', '| Site | Incidents |\n|---|---|\n| **Leeds** | **4** |\n| York | 11 |')).toBe(true);
    expect(judge(11, 'number', '| Site | Incidents |\n|---|---|\n| Leeds | 4 |\n| York | 11 |\n\nSo Y2 York has 11.')).toBe(true);
  });

  it('set: an item said on its own to have changed state is not in the list', () => {
    expect(judge(['Dock 1', 'Dock 2', 'Dock 3'], 'set', 'Delayed: Dock 1 and Dock 2. Dock 3 was cleared at noon.')).toBe(false);
    expect(judge(['Dock 1', 'Dock 2'], 'set', 'Dock 1 was cleared at noon. Dock 2 was cleared at one.')).toBe(true);
  });

  it('contains and f1: another period, and ranked behind later in the clause', () => {
    expect(judge('fee waived', 'contains', 'Your setup fee was waived in 2024; now it applies again.')).toBe(false);
    expect(judge('fee waived', 'contains', 'Your setup fee was waived today.')).toBe(true);
    expect(judge('late deliveries in the north region', 'f1', 'Pricing came first; late deliveries in the north region were a secondary theme.')).toBe(false);
  });
});

describe('round 12 readings: fifth batch', () => {
  it('number: a recovery is a change; set: an item moved away after the list, unless the list says the same', () => {
    expect(judge(71, 'number', 'Attendance fell to 60 in May but rebounded to 71 in June.')).toBe(true);
    expect(judge(60, 'number', 'Attendance fell to 60 in May but rebounded to 71 in June.')).toBe(false);
    expect(judge(['Ito', 'Lund'], 'set', 'Assigned: Ito and Lund. Lund was reassigned to nights.')).toBe(false);
    expect(judge(['Ito', 'Lund'], 'set', 'Reassigned: Ito and Lund. Lund was reassigned on Friday.')).toBe(true);
  });

  it('f1: "seldom" denies in degree; a modifier swapped after an article', () => {
    expect(judge('users report crashes on startup', 'f1', 'Users seldom report crashes on startup.')).toBe(false);
    expect(judge('a full refund within 14 days', 'f1', 'You will receive a store credit within 14 days.')).toBe(false);
    expect(judge('a full refund within 14 days', 'f1', 'You get a full refund, paid within 14 days.')).toBe(true);
  });
});

describe('round 12 readings: last rules', () => {
  it('"only" before a clause about another record; the one rate in a breakdown; an opening place', () => {
    expect(judge(['Box 4'], 'set', 'Only Box 4 holds the cables; Box 9 holds the manuals.')).toBe(true);
    expect(judge(0.3, 'number', '- Leads: 90\n- Won: 27\n- Win rate: 30%', 0.005)).toBe(true);
    expect(judge(0.3, 'number', '- Win rate: 30%\n- Loss rate: 70%', 0.005)).toBe(false);
    expect(judge(2, 'number', '2nd place, with 31 wins.')).toBe(true);
    expect(judge(31, 'number', '2nd place, with 31 wins.')).toBe(true);
  });

  it('f1 reads the claim outside parentheses and a two-word gold called the top one; contains reads recap fields', () => {
    expect(judge('returns go to the original card', 'f1', 'Returns go to the original card (allow a week).')).toBe(true);
    expect(judge('returns go to the original card', 'f1', 'No, they go to store credit (the original card is not used).')).toBe(false);
    expect(judge('loud alarms', 'f1', 'Across all 80 reviews, loud alarms were the top complaint.')).toBe(true);
    expect(judge('loud alarms', 'f1', 'Across all 80 reviews, the top complaint was price; loud alarms came up once.')).toBe(false);
    expect(judge('order shipped', 'contains', '- Order: W-4410\n- Status: shipped ✅')).toBe(true);
    expect(judge('order shipped', 'contains', '- Order: W-4410\n- Status: shipped ❌ (label failed)')).toBe(false);
  });
});

describe('round 12 readings: sixth batch', () => {
  it('number: an aside in parentheses, and "I think it is"', () => {
    expect(judge(9, 'number', 'Nine rooms are booked (the hotel has 40 in all).')).toBe(true);
    expect(judge(40, 'number', 'Nine rooms are booked (the hotel has 40 in all).')).toBe(false);
    expect(judge(9, 'number', 'I believe there are 9.')).toBe(false);
  });

  it('set: an unsure item and a trailing "pending …"; f1: "no later than" is a bound', () => {
    expect(judge(['Oslo', 'Riga'], 'set', 'Delayed: Oslo. Riga — unconfirmed.')).toBe(false);
    expect(judge(['Oslo', 'Riga'], 'set', 'Delayed at Oslo and Riga, awaiting inspection.')).toBe(true);
    expect(judge('payments must arrive by the 5th', 'f1', 'Payments must arrive no later than the 5th.')).toBe(true);
  });
});

describe('round 12 readings: seventh batch', () => {
  it('number: "none of the N" is 0; set: shared head nouns, dash asides and suspended items', () => {
    expect(judge(0, 'number', 'None of the 9 invoices is overdue.')).toBe(true);
    expect(judge(9, 'number', 'None of the 9 invoices is overdue.')).toBe(false);
    expect(judge(['Bay 2', 'Bay 5'], 'set', 'Bays free now: 2 and 5.')).toBe(true);
    expect(judge(['Bay 2', 'Bay 5'], 'set', 'Bays free now: 2, 5 and 7.')).toBe(false);
    expect(judge(['Tea', 'Juice'], 'set', 'We serve tea and — since June — juice and soda.')).toBe(false);
    expect(judge(['Tea', 'Juice', 'Soda'], 'set', 'On the menu: tea and juice. Soda is temporarily unavailable.')).toBe(false);
  });

  it('contains: advice with "that", a longer "with …" before the state; f1: "few" and a contrasted majority', () => {
    expect(judge('transfer approved', 'contains', 'I suggest that the transfer is approved by a manager.')).toBe(false);
    expect(judge('meeting confirmed', 'contains', 'Your meeting with the Oslo team on 4 May is confirmed.')).toBe(true);
    expect(judge('users prefer dark mode', 'f1', 'Few users prefer dark mode.')).toBe(false);
    expect(judge('users prefer dark mode', 'f1', 'Some users prefer dark mode, but most prefer the light theme.')).toBe(false);
  });
});

describe('round 12 readings: eighth batch', () => {
  it('the span a figure covers, an item added with "too", a two-for-one slot swap, a labelled checklist line', () => {
    expect(judge(44, 'number', 'Across the 4 regions, we opened 44 stores.')).toBe(true);
    expect(judge(4, 'number', 'Across the 4 regions, we opened 44 stores.')).toBe(false);
    expect(judge(['Red', 'Blue'], 'set', 'Red and Blue. Green too, if stock allows.')).toBe(false);
    expect(judge('discounts apply to annual subscribers', 'f1', 'Discounts apply to monthly plan subscribers.')).toBe(false);
    expect(judge(['Red', 'Blue'], 'set', 'In stock → Red ✅, Blue ✅; Green ❌')).toBe(true);
  });
});
