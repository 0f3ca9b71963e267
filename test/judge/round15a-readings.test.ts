import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 20, 21, 26 and 27's exact, normalized and None misses (round 15, part A), each tested on
// answers outside the corpus, in both directions.
describe('round 15 readings (exact, normalized, None)', () => {
  it('a "=>" that opens the last line gives the result of the working', () => {
    expect(judge('Kestrel Foods', 'exact', 'Counts: Kestrel Foods 14, Alder Mills 11.\n=> Kestrel Foods')).toBe(true);
    expect(judge('Alder Mills', 'exact', 'Counts: Kestrel Foods 14, Alder Mills 11.\n=> Kestrel Foods')).toBe(false);
    expect(judge('Qualified', 'exact', 'New => Working => Qualified. It is Qualified today.')).toBe(true);
  });

  it('a closing line of only a label and an id singles it out after rows, not beside another labelled id', () => {
    const rows = 'Cases past SLA:\n| Case | Hours |\n|---|---|\n| CS-4410 | 30 |\n| CS-4417 | 52 |\n\n';
    expect(judge('CS-4417', 'exact', `${rows}**Breached case:** CS-4417`)).toBe(true);
    expect(judge('CS-4410', 'exact', `${rows}**Breached case:** CS-4417`)).toBe(false);
    expect(judge('CS-4417', 'exact', `${rows}Runner-up: CS-4417`)).toBe(false);
    expect(judge('HAT105', 'exact', "You're now on HAT217.\nCancelled: HAT105")).toBe(false);
    expect(judge('HAT118', 'exact', 'Outbound: HAT118\nReturn: HAT305')).toBe(false);
  });

  it('a record the answer calls another, a past one or the one a change leaves does not compete', () => {
    expect(judge('#W3318842', 'exact', 'The lamp is in #W3318842. Your other order, #W3318851, only holds the bulbs.')).toBe(true);
    expect(judge('#W3318842', 'exact', 'Your order #W3318842 holds the bulbs; the lamp is in your other order, #W3318851.')).toBe(false);
    expect(judge('HAT212', 'exact', "You're on HAT212 now; your cancelled HAT207 is refunded.")).toBe(true);
    expect(judge('HAT212', 'exact', 'I moved you from HAT207 to HAT212.')).toBe(true);
    expect(judge('HAT207', 'exact', 'I moved you from HAT207 to HAT212.')).toBe(false);
    expect(judge('HAT207', 'exact', 'Your flights are HAT207 and HAT212.')).toBe(false);
  });

  it('an amount of money beside a numeric order number is no rival, and a nearest match is not the answer', () => {
    expect(judge('00077120', 'exact', 'Order 00077120: 4 items, $3,415.20.')).toBe(true);
    expect(judge('00077120', 'exact', 'Orders 00077120 and 00077162 match.')).toBe(false);
    expect(judge('INV-5521', 'exact', 'Nearest match: INV-5521 (two days outside the range).')).toBe(false);
  });

  it("reads the gold's own spelling: a compound, an inner abbreviation, a misplaced possessive", () => {
    expect(judge('T-Shirt Classic', 'normalized', 'That is the TShirt Classic (size M).')).toBe(true);
    expect(judge('T-Shirt Classic', 'normalized', 'That is the TShirt Premium (size M).')).toBe(false);
    expect(judge('St. Louis Hub', 'normalized', 'The right hub is St. Louis Hub — it ships fastest.')).toBe(true);
    expect(judge('Harbor Logistics', 'exact', "Harbor Logistic's renewal is due first.")).toBe(true);
    expect(judge('Harbor Logistics', 'exact', "Harbor Logistic's subsidiary, Pier Nine, renews first.")).toBe(false);
  });

  it('a category noun and a follower after the gold do not make a longer value', () => {
    expect(judge('premium', 'exact', 'Your seat is now in premium cabin for the outbound flight.')).toBe(true);
    expect(judge('premium', 'exact', 'Your seat is now in premium cabin deluxe.')).toBe(false);
  });

  it('a value the record sits in fails beside the one it should advance to', () => {
    expect(judge('Prospecting', 'normalized', "It's stuck in Prospecting; it should advance to Discovery.")).toBe(false);
    expect(judge('Discovery', 'normalized', "It's stuck in Prospecting; it should advance to Discovery.")).toBe(true);
  });

  it('None: a subject that is nothing before a past verb, and a search the answer did not finish', () => {
    expect(judge('None', 'exact', 'No account renewed early this quarter.')).toBe(true);
    expect(judge('None', 'exact', 'No wonder Priya Raman closed it: she owns the account.')).toBe(false);
    expect(judge('None', 'exact', 'No breaches in the first 30 tickets. Shall I continue?')).toBe(false);
    expect(judge('None', 'exact', 'I checked all 30 tickets: no breaches.')).toBe(true);
    expect(judge('None', 'exact', 'None closed within the first 30 days.')).toBe(true);
    expect(judge('None', 'exact', 'No agent assigned; Dana Whitfield picked it up.')).toBe(false);
  });

  it('a closing action on another value, or an option on offer, passes the gold over', () => {
    expect(judge('Ana Ruiz', 'exact', "Ana Ruiz and Ben Cho both qualify. I'd assign it to Ben Cho.")).toBe(false);
    expect(judge('Ben Cho', 'exact', "Ana Ruiz and Ben Cho both qualify. I'd assign it to Ben Cho.")).toBe(true);
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz owns the account. Assigning the follow-up to Support Desk.')).toBe(true);
    expect(judge('Suite', 'normalized', "You're in a Deluxe room; a Suite is available for $90 more a night.")).toBe(false);
    expect(judge('Suite', 'normalized', 'A Suite was available, so I moved you into it.')).toBe(true);
  });

  it('leaves the gold undecided when the user must choose or reply, or when it is one of the candidates found', () => {
    expect(judge('Ana Ruiz', 'exact', 'Top reps: Ana Ruiz, Ben Cho. Let me know which ranking you prefer and I will pick one.')).toBe(false);
    expect(judge('Ana Ruiz', 'exact', 'Ana Ruiz, unless she is on leave — could you check her calendar? Otherwise Ben Cho.')).toBe(false);
    expect(judge('Ana Ruiz', 'exact', "Ana Ruiz leads. Can you confirm the region? Otherwise I'll still go with her.")).toBe(true);
    expect(judge('Returns Policy', 'exact', 'Two candidates: Returns Policy and Exchange Policy. The latter fits better.')).toBe(false);
    expect(judge('Returns Policy', 'exact', 'Two candidates: Returns Policy and Exchange Policy. My pick: Returns Policy.')).toBe(true);
  });

  it('a value tied to the period before, and a value kept after a recheck', () => {
    expect(judge('Web', 'exact', 'Versus last year’s leader, Web (18%), this year Events leads at 23%.')).toBe(false);
    expect(judge('Kestrel Foods', 'exact', 'Kestrel Foods — wait, let me recheck the dates. Recounted: Kestrel Foods remains first.')).toBe(true);
    expect(judge('Kestrel Foods', 'exact', 'Kestrel Foods — wait, let me recheck. Recounted: Alder Mills first, Kestrel Foods still second.')).toBe(false);
  });
});
