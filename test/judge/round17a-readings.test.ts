import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';
import { NOT_DONE } from '../../src/judge/matchers/undone-item.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 28 and 29's exact, "None", set, contains and normalized misses (round 17, part A), each
// a general reading tested on answers outside the corpus, in both directions.
describe('round 17 readings (exact, None, set, contains, normalized)', () => {
  it('an item whose own sentence says the action could not be done or failed is not in the done set', () => {
    expect(judge(['RF-7001', 'RF-7002', 'RF-7003'], 'set', 'I refunded RF-7001 and RF-7003. RF-7002 could not be refunded because the card was closed.')).toBe(false);
    expect(judge(['LX33P', 'MM2Q8', 'RT5B6'], 'set', 'LX33P and RT5B6 are moved to the 9am ferry. MM2Q8 failed to transfer.')).toBe(false);
    expect(judge(['RF-7001', 'RF-7003'], 'set', 'I refunded RF-7001 and RF-7003. RF-7002 could not be refunded because the card was closed.')).toBe(true);
    // Finding out is not doing: criteria that could not be confirmed may be the criteria the answer lists.
    expect(judge(['Budget', 'Timeline'], 'set', 'Budget could not be confirmed, and Timeline could not be verified.')).toBe(true);
    // … with an auxiliary or an adverb before the verb too: neither is taken for the verb.
    for (const phrase of ['could not be fully verified', 'couldn’t get verified', 'could not have been confirmed', 'couldn’t independently verify it']) {
      expect(judge(['Budget', 'Need', 'Timeline'], 'set', `Budget and Need are missing.\nTimeline ${phrase}.`)).toBe(true);
    }
    expect(judge(['Budget', 'Need', 'Timeline'], 'set', 'Budget and Need are booked.\nTimeline could not be fully processed.')).toBe(false);
    // "not yet" reads as "still" to the set matcher, so this one is checked on the rule itself.
    expect(NOT_DONE.test('timeline could not yet confirm')).toBe(false);
    expect(NOT_DONE.test('timeline could not yet process')).toBe(true);
    // A present "can't" with another verb states a rule, which may be why the item is listed.
    expect(judge(['KIT-1', 'KIT-2'], 'set', 'Two bundles are invalid:\n1. KIT-1 needs a base unit\n2. KIT-2 can’t be sold with used parts')).toBe(true);
  });

  it('a clause that is a question does not say that its content holds', () => {
    expect(judge('invoice voided', 'contains', 'One thing first: do you want the invoice voided, or credited?')).toBe(false);
    expect(judge('ticket closed', 'contains', 'Happy to help! Shall I get the ticket closed for you? 🙂')).toBe(false);
    expect(judge('ticket closed', 'contains', 'All done, ticket closed. Shall I send you the survey?')).toBe(true);
    expect(judge('ticket closed', 'contains', 'The fix is live and the ticket closed — anything else?')).toBe(true);
    expect(judge('line suspended', 'contains', 'Now that the line suspended request went through, do you want a new SIM?')).toBe(true);
  });

  it('"None": a value the answer leads with, or closes on as the near match, is put forward as the answer', () => {
    expect(judge('None', 'exact', 'Tomas Reyes: although no renewals were due this month, he handles the account.')).toBe(false);
    expect(judge('None', 'exact', 'Zero hits in the catalogue. That said, the nearest product is the Quell X2 Kettle.')).toBe(false);
    expect(judge('None', 'exact', 'Zero hits in the catalogue. The nearest product is the Quell X2 Kettle, but it is 1.5 litres, not 2.')).toBe(true);
    expect(judge('None', 'exact', 'There were no closed cases for Marisol Quintero in the period.')).toBe(true);
    expect(judge('None', 'exact', 'Nothing qualifies. The closest is Unit 7 if you count last week.')).toBe(true);
    // A discourse word is no value, and a lowercase phrase after "the closest was" is none either.
    expect(judge('None', 'exact', 'Unfortunately, although I searched every region, no accounts matched.')).toBe(true);
    expect(judge('None', 'exact', 'Sorry — though I checked, there are none.')).toBe(true);
    expect(judge('None', 'exact', 'None matched. The closest was still three days late.')).toBe(true);
    // The words before a value ("Order #…", "the …") are read in either case; only the value's capitals are not.
    expect(judge('None', 'exact', 'No orders matched. The closest is Order #W331.')).toBe(false);
    expect(matchAnswer({ answer: 'None', match: 'exact' }, 'No records returned. However, the closest match is the AeroFlex Pro Treadmill.').reason).toContain('"the AeroFlex Pro Treadmill" forward');
  });

  it('a value ranked below the one the answer puts first is the runner-up, not the answer', () => {
    expect(judge('Lisbon', 'exact', 'The busiest hub was Porto at 812 parcels; Lisbon was the runner-up with 790.')).toBe(false);
    expect(judge('Harbor Plan', 'normalized', 'Top seller by revenue: Summit Plan. Harbor Plan finished a distant second.')).toBe(false);
    expect(judge('Porto', 'exact', 'The busiest hub was Porto at 812 parcels; Lisbon was the runner-up with 790.')).toBe(true);
    expect(judge('Lisbon', 'exact', 'Lisbon came in second last month, but this month it is the busiest hub.')).toBe(true);
    // "Behind" ranks only after a verb of ranking; "most" and "led" rank only in a ranking phrase.
    expect(judge('Ohio', 'exact', 'Ohio is furthest behind plan. Most other regions, including Utah, are on track.')).toBe(true);
    expect(judge('Globex', 'exact', 'The account behind the spike is Globex. Most tickets came from Initech.')).toBe(true);
    expect(judge('Ohio', 'exact', 'Ohio came in second in March and first in April. Most other regions, including Utah, were flat.')).toBe(true);
    expect(judge('Ohio', 'exact', 'Ohio came in second in March; in April it is first. The jump led Utah to change its plan.')).toBe(true);
    expect(judge('Ohio', 'exact', 'Utah had the most sign-ups; Ohio came in just behind.')).toBe(false);
    expect(judge('Ohio', 'exact', 'Utah led the pack. Ohio finished second.')).toBe(false);
  });

  it('a value tied to a past period beside another value tied to the present is context', () => {
    expect(judge('Voice', 'exact', 'Web chat drove the most upgrades so far this year. Previously it was Voice.')).toBe(false);
    expect(judge('Voice', 'exact', 'Voice drove the most upgrades this month; last month it was Web chat.')).toBe(true);
    // Without a value tied to the present, a past period may be what was asked.
    expect(judge('Voice', 'exact', 'Last month the most upgrades came through Voice.')).toBe(true);
  });

  it('a value named only as what the answer checked and found kept is cleared, not given', () => {
    expect(judge('Overtime Approval Rule', 'exact', 'I audited the timesheet against the Overtime Approval Rule; there were no breaches.')).toBe(false);
    expect(judge('Overtime Approval Rule', 'normalized', 'The manager adhered to the Overtime Approval Rule.')).toBe(false);
    expect(judge('Overtime Approval Rule', 'exact', 'The manager broke the Overtime Approval Rule by signing his own hours.')).toBe(true);
    expect(judge('Overtime Approval Rule', 'exact', 'No breach of the Meal Break Rule; the Overtime Approval Rule was violated twice.')).toBe(true);
    // A word of keeping that is about something else does not clear the gold.
    expect(judge('Priya Raman', 'exact', 'Priya Raman followed the account up and closed it.')).toBe(true);
    // A finding of nothing on the other side of a contrast does not clear the gold.
    expect(judge('Refund Policy', 'exact', 'I saw no breaches in the chat log, but the Refund Policy is the one the agent applied wrongly.')).toBe(true);
    expect(judge('Refund Policy', 'exact', 'There were no violations in the first call; however, the Refund Policy was applied wrongly in the second.')).toBe(true);
  });

  it('a plural head noun or a phrase after the last item goes on with the sentence; it is no extra item', () => {
    expect(judge(['Fax', 'Portal'], 'set', 'Orders reached us through the fax and portal channels.')).toBe(true);
    expect(judge(['Kiosk', 'Counter'], 'set', 'Check-in opened at kiosk and counter desks across all terminals.')).toBe(true);
    expect(judge(['WH-12', 'WH-14'], 'set', 'I moved WH-12 and WH-14 into the overflow queue.')).toBe(true);
    expect(judge(['Fax', 'Portal'], 'set', 'Orders reached us through the fax and portal channels, and by phone.')).toBe(false);
    // A word glued to a lone item still makes another item.
    expect(judge(['Data', 'Voice'], 'set', 'The bill shows Voice and a Data overage.')).toBe(false);
  });

  it('a list spelled out in a parenthesis after its count or group is the list the answer gives', () => {
    expect(judge(['Wi-Fi', 'Parking'], 'set', 'Both perks (Wi-Fi and parking) are included in your rate.')).toBe(true);
    expect(judge(['Ohio', 'Iowa', 'Utah'], 'set', 'All three states (Ohio, Iowa, Utah) are behind plan.')).toBe(true);
    expect(judge(['Ohio', 'Iowa'], 'set', 'All three states (Ohio, Iowa, Utah) are behind plan.')).toBe(false);
    // A parenthesis that remarks on the items is still a remark.
    expect(judge(['Ohio', 'Iowa'], 'set', 'Two states are behind plan: Ohio and Iowa (both by under 5%).')).toBe(true);
  });

  it('"&" and "and" are one word in a name', () => {
    expect(judge('Lyle & Scott Outfitters', 'normalized', 'Your biggest reseller is Lyle and Scott Outfitters, by a distance.')).toBe(true);
    expect(judge('Hart and Moss', 'exact', 'Hart & Moss')).toBe(true);
    expect(judge('Hart & Moss', 'normalized', 'Hart, Moss & Daughters')).toBe(false);
    expect(judge('Hart & Moss', 'normalized', 'It is Hart and Mossley.')).toBe(false);
  });

  it("the agent's own completed action on a pronoun for the gold's thing states the gold", () => {
    expect(judge('claim approved', 'contains', 'Your claim is within the cover limit, and I approved it this morning.')).toBe(true);
    expect(judge('claim approved', 'contains', 'The claim can be approved once the photos arrive; I have not approved it yet.')).toBe(false);
    expect(judge('claim approved', 'contains', 'The claim is ready. The invoice looked off, so I approved it separately.')).toBe(false);
    expect(judge('claim approved', 'contains', 'Your claim is within the cover limit, so I forwarded it to approvals.')).toBe(false);
    // The action read where the claim's sentence says it, not where an earlier sentence says the same words.
    expect(judge('claim approved', 'contains', 'The invoice: without a doubt I approved it. Your claim is within the cover limit, and I approved it this morning.')).toBe(true);
  });

  it("an email's greeting, sign-off and signature are no items of a set answer", () => {
    expect(judge(['Wi-Fi', 'Parking'], 'set', 'Dear guest,\n\nYour rate includes Wi-Fi and parking.\n\nKind regards,\nFront Desk')).toBe(true);
    expect(judge(['Wi-Fi', 'Parking'], 'set', 'Dear guest,\n\nYour rate includes Wi-Fi, parking and breakfast.\n\nKind regards,\nFront Desk')).toBe(false);
    // A closing line that says something is the body, not a sign-off.
    expect(judge(['Wi-Fi', 'Parking'], 'set', 'Your rate includes Wi-Fi and parking.\nSpa access too.\nThanks')).toBe(false);
    // A greeting is a salutation and a name ending its line; a sentence after it is body, and "Hi-Fi" is no greeting.
    expect(judge(['Budget', 'Need'], 'set', 'Hi Sam — Budget and Need are missing.\n\nThe rest is fine.\n\nThanks,\nLeadBot')).toBe(true);
    expect(judge(['Fax', 'Portal'], 'set', 'Hey, Fax and Portal both failed today.\n\nThanks,\nLeadBot')).toBe(true);
    expect(judge(['Hi-Fi speakers', 'Turntables'], 'set', 'Hi-Fi speakers\nTurntables\n\nThanks')).toBe(true);
    expect(judge(['Wi-Fi', 'Parking'], 'set', 'Good morning, Ms. Ode!\n\nYour rate includes Wi-Fi and parking.\n\nBest regards,\nFront Desk')).toBe(true);
  });

  it("in a checklist line, what follows the item's colon is its state, not more of the item", () => {
    expect(judge(['PO-310', 'PO-318'], 'set', '- PO-310: received ✅\n- PO-318: received ✅\n- PO-322: back-ordered ❌')).toBe(true);
    expect(judge(['PO-322'], 'set', '- PO-310: received ✅\n- PO-318: received ✅\n- PO-322: back-ordered ❌')).toBe(true);
    expect(judge(['PO-310', 'PO-322'], 'set', '- PO-310: received ✅\n- PO-318: received ✅\n- PO-322: back-ordered ❌')).toBe(false);
    // A gold item that holds a colon keeps what follows it.
    const phases = '- Phase 1: Plan — done ✅\n- Phase 2: Rollout — not started ❌\n- Phase 3: Review — not started ❌';
    expect(judge(['Phase 2: Rollout', 'Phase 3: Review'], 'set', phases)).toBe(true);
    expect(judge(['Phase 1: Plan'], 'set', phases)).toBe(true);
    expect(judge(['Phase 2: Rollout'], 'set', phases)).toBe(false);
    expect(judge(['Phase 2: Rollout', 'Phase 3: Review'], 'set', '- Phase 1: Plan (May) ✅\n- Phase 2: Rollout (June) ❌\n- Phase 3: Review (July) ❌')).toBe(true);
  });

  it('"None": a caveat that the data is still arriving names no record', () => {
    expect(judge('None', 'exact', 'No — though the returns feed is still importing today.')).toBe(true);
    expect(judge('None', 'exact', 'No — though the returns feed is still importing, and RMA-5521 might qualify.')).toBe(false);
  });

  it('a clause of a question that takes its content as given still says it', () => {
    expect(judge('ticket closed', 'contains', 'Anything else I can do now that the ticket closed this morning?')).toBe(true);
    expect(judge('ticket closed', 'contains', 'Since the fix is live, do you want the ticket closed today?')).toBe(false);
    // One list of such openings for the clause, the cut before it and the clause before the gold: "seeing as" too.
    expect(judge('ticket closed', 'contains', 'Anything else I can do seeing as the ticket closed this morning?')).toBe(true);
    // "after" is a preposition as often: the refund here is asked about.
    expect(judge('refund processed', 'contains', 'Shall I close the ticket after the refund processed this morning?')).toBe(false);
  });
});
