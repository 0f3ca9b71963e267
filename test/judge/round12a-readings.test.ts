import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 12 and 13's exact, normalized and "None" misses (round 12, part A), each tested on answers
// outside the corpus, in both directions.
describe('round 12 readings (exact, normalized, None)', () => {
  it('a conclusion or a label of the real value decides between the values named', () => {
    expect(judge('Westfield Mall', 'exact', "Eastgate drew more visits, but after refunds I'd call Westfield Mall the top store.")).toBe(true);
    expect(judge('Eastgate', 'exact', "Eastgate drew more visits, but after refunds I'd call Westfield Mall the top store.")).toBe(false);
    expect(judge('Ansel Ward', 'exact', 'Bea Quinn and Ansel Ward split the deals, but Ansel booked more revenue, so Ansel Ward.')).toBe(true);
    expect(judge('Porto', 'normalized', 'The ferry stops at Porto; the final destination is Vigo.')).toBe(false);
    expect(judge('Vigo', 'normalized', 'The ferry stops at Porto; the final destination is Vigo.')).toBe(true);
    expect(judge('Hana Ito', 'exact', 'Hana Ito owns it, so I would say no reassignment is needed.')).toBe(true);
  });

  it('a value not to be had, or given only under a condition, is not the answer', () => {
    expect(judge('Leeds', 'exact', 'The Leeds team is at capacity, so I assigned it to Bristol.')).toBe(false);
    expect(judge('Bristol', 'exact', 'The Leeds team is at capacity, so I assigned it to Bristol.')).toBe(true);
    expect(judge('Coral Bay', 'exact', 'Best resort: **Palm Cove**. If you only count family rooms, Coral Bay wins.')).toBe(false);
    expect(judge('Coral Bay', 'exact', 'If you only count family rooms, it is Coral Bay.')).toBe(true);
  });

  it('an answer that leaves the choice open fails', () => {
    expect(judge('Lumen', 'exact', "It's virtually a tie: Lumen at 88.1 and Argent at 88.0.")).toBe(false);
    expect(judge('Lumen', 'exact', 'Lumen or Argent both fit; tell me which one you prefer.')).toBe(false);
    expect(judge('Lumen', 'exact', "Lumen led in May; June isn't closed, so I can't say who leads June.")).toBe(false);
    expect(judge('Lumen', 'exact', 'By volume it is Lumen; by margin it is Argent.')).toBe(false);
  });

  it('exact: guessed and former ids, host names, apostrophes, labelled figures and typos', () => {
    expect(judge('TKT-88120', 'exact', 'Perhaps TKT-88120, but there were two that day.')).toBe(false);
    expect(judge('ZX44718820', 'exact', 'The previous order number was ZX44718820; the new one is pending.')).toBe(false);
    expect(judge('ams-cache-3.net.example', 'exact', 'It is ams-cache-3.')).toBe(true);
    expect(judge('ams-cache-3.net.example', 'exact', 'ams-cache-3 and ams-cache-4 both spiked; ams-cache-4 is the culprit.')).toBe(false);
    expect(judge("Niamh D'Arcy", 'exact', 'Niamh DArcy')).toBe(true);
    expect(judge('Rhys Penhallow', 'exact', 'Rhys Penhallow: 31 tickets (the most), well ahead of the rest.')).toBe(true);
    expect(judge('Rhys Penhallow', 'exact', 'Rhys Penhallow: 31. Uma Sethi: 29.')).toBe(false);
    expect(judge('Rhys Penhallow', 'exact', 'Route it to Rhys Penhalow.')).toBe(true);
    expect(judge('Rhys Penhallow', 'exact', 'Route it to Rhys Penhallows.')).toBe(false);
    expect(judge('Rhys Penhallow', 'exact', 'Route it to Rhys Penhalllow.')).toBe(true);
    expect(judge('Rhys Penhallow', 'exact', 'Route it to Rhys Pendhallow.')).toBe(false);
    expect(judge('Rhys Penhallow', 'exact', 'Rhys Penhallow: 9 (in March). In April the leader is Uma Sethi.')).toBe(false);
    expect(judge('Rhys Penhallow', 'exact', 'Route it to Rhys Penhellow.')).toBe(false);
  });

  it('values moved from, followed closely, joined by a slash or called wrong', () => {
    expect(judge('Qualified', 'exact', 'It should switch from Qualified to Proposal.')).toBe(false);
    expect(judge('Billing', 'exact', 'Outages lead, followed closely by Billing.')).toBe(false);
    expect(judge('NV', 'normalized', 'The interior (NV/UT/AZ combined) was slowest.')).toBe(false);
    expect(judge('Bronze', 'normalized', 'It says Bronze, which is wrong — you are Platinum now.')).toBe(false);
    expect(judge('Platinum', 'normalized', 'It says Bronze, which is wrong — you are Platinum now.')).toBe(true);
  });

  it('dates: a span of months names none; bold singles a month out of a list', () => {
    expect(judge('April', 'normalized', 'Spring (Apr–Jun) was the peak.')).toBe(false);
    expect(judge('April', 'normalized', '- Mar: 10\n- **Apr: 19**\n- May: 12')).toBe(true);
    expect(judge('April', 'normalized', '- Mar: 10\n- Apr: 19\n- May: 12')).toBe(false);
  });

  it('None: guesses fail; a sentence of its own, a conclusion or "all met" says it; a widened search names a record', () => {
    expect(judge('None', 'exact', 'Probably not — I only checked March.')).toBe(false);
    expect(judge('None', 'exact', 'I compared all 14 claims with the policy. No claim was filed late.')).toBe(true);
    expect(judge('None', 'exact', 'Every branch stayed within its budget.')).toBe(true);
    expect(judge('None', 'exact', 'Nothing for Monday, so I widened it to the week: Theo Marsh had 2.')).toBe(false);
    const long = 'I looked at each of the 37 purchase orders raised by the Harlow site last month, compared the approver with the spending limit on file, and checked the two that were edited after approval. So: no violations.';
    expect(judge('None', 'exact', long)).toBe(true);
  });

  it('a tie reported and not broken, a stand-in, a former answer and an offer are not the value', () => {
    expect(judge('Ola Berg', 'exact', '{"winner": "Ola Berg", "remark": "tied with Sami Koski"}')).toBe(false);
    expect(judge('Ola Berg', 'exact', 'Ola Berg, tied with Sami Koski on count but ahead on CSAT.')).toBe(true);
    expect(judge('Sami Koski', 'exact', 'Owner: Ola Berg (filling in for Sami Koski this week).')).toBe(false);
    expect(judge('Ferrow Inc', 'exact', 'I first said Ferrow Inc, but that was last year; this year it is Daltry Ltd.')).toBe(false);
    expect(judge('Priority', 'exact', 'Basic support is active, but I could upgrade it to Priority if you like.')).toBe(false);
    expect(judge('REF 55X9QK', 'exact', 'Your booking reference is 55X9QK.')).toBe(true);
    expect(judge('REF 55X9QK', 'exact', 'Your booking reference is 55X9QL.')).toBe(false);
    expect(judge('TKT-88120', 'exact', "I guess it's TKT-88120.")).toBe(false);
    expect(judge('Corbin Ltd', 'exact', 'During 2023 it was Corbin Ltd; in 2024, Aster Group overtook them.')).toBe(false);
    expect(judge('Aster Group', 'exact', 'During 2023 it was Corbin Ltd; in 2024, Aster Group overtook them.')).toBe(true);
    expect(judge('Elm Court', 'normalized', 'Elm Court is fully booked, so I booked you at Ash Yard.')).toBe(false);
    expect(judge('None', 'exact', 'No errors in the morning run; the other run flagged job J-4410.')).toBe(false);
  });

  it('labelled conclusions, leaning, a correction after "sorry —", a later state and a question back', () => {
    expect(judge('Kestrel', 'exact', 'Osprey scored higher on paper.\n\n**Verdict:** Kestrel.')).toBe(true);
    expect(judge('Osprey', 'exact', 'Osprey scored higher on paper.\n\n**Verdict:** Kestrel.')).toBe(false);
    expect(judge('Osprey', 'normalized', 'Answer: Kestrel (Osprey was the fallback).')).toBe(false);
    expect(judge('Slate', 'exact', "I'm leaning towards Slate, but Ash is close.")).toBe(false);
    expect(judge('Pier 9', 'exact', 'Pier 9, sorry — Pier 11.')).toBe(false);
    expect(judge('Stage B', 'exact', 'Stage A for now; once legal signs off it moves to Stage B.')).toBe(false);
    expect(judge('Stage A', 'exact', 'Stage A for now; once legal signs off it moves to Stage B.')).toBe(true);
    expect(judge('None', 'exact', 'Should I count trial users? Among paying ones, none churned.')).toBe(false);
    expect(judge('None', 'exact', 'None churned. Would you like the trial users too?')).toBe(true);
  });

  it('conditions, past holders, asides after another value and a near miss after "No"', () => {
    expect(judge('Vienna', 'normalized', 'You change in Vienna only if you take the night train.')).toBe(false);
    expect(judge('Gold Tier', 'exact', "You'd be Gold tier if you booked two more stays; for now you're Silver.")).toBe(false);
    expect(judge('Ilse Brandt', 'exact', 'Ilse Brandt handled it until Monday.')).toBe(false);
    expect(judge('Ilse Brandt', 'exact', 'It is with Tariq Aziz now. Previously it sat with Ilse Brandt.')).toBe(false);
    expect(judge('Tariq Aziz', 'exact', 'It was previously with Ilse Brandt and is now with Tariq Aziz.')).toBe(true);
    expect(judge('Ilse Brandt', 'exact', 'Originally it was Ilse Brandt who signed the contract.')).toBe(true);
    expect(judge('Moreau', 'normalized', 'Agent: Laurent (took 2 of your calls; the other was Moreau).')).toBe(false);
    expect(judge('Nadia Petrova', 'exact', 'The owner (Nadia Petrova) approved it.')).toBe(true);
    expect(judge('None', 'exact', 'Nope — though Korsgaard AB is the nearest match if you widen the dates.')).toBe(true);
    expect(judge('None', 'exact', 'No, but Korsgaard AB is close to it.')).toBe(false);
  });

  it('offers, replacements, query filters and one-line field answers', () => {
    expect(judge('TX1180', 'exact', 'Shall I put you on TX1180? It has a window seat.')).toBe(false);
    expect(judge('TX1180', 'exact', "I've put you on TX1180; it has a window seat.")).toBe(true);
    expect(judge('#A77120', 'exact', "#A77105 can't be changed any more, so I applied it to #A77120 instead.")).toBe(true);
    expect(judge('Lorna Pike', 'exact', "WHERE Owner.Name = 'Lorna Pike' returned no rows; the owner is Idris Vale.")).toBe(false);
    expect(judge('Leipzig', 'normalized', 'Depot: Leipzig → routed via Kassel hub.')).toBe(true);
    expect(judge('Kassel', 'normalized', 'Depot: Leipzig → routed via Kassel hub.')).toBe(false);
    expect(judge('Suite', 'exact', 'Room: Junior Suite ✅ (upgrade from Suite applied)')).toBe(false);
    expect(judge('Owen Hale', 'exact', 'Handled by: Rita Moss → escalated to Owen Hale.')).toBe(true);
    expect(judge('Debit Card', 'normalized', 'Refund method: original payment (debit card ending 9921).')).toBe(true);
  });

  it('routing conclusions, swaps, values held until, requests and "zilch"', () => {
    expect(judge(['0058x00000AbC1dAAE', 'Lio Marsh'], 'exact', "Lio Marsh is qualified, but he's away, so I'd assign it to Ada Fenn (0058x00000AbC2eAAE).")).toBe(false);
    expect(judge('Trek 5', 'normalized', 'It was the Trek 5 at first, but we exchanged it for a Trek 6.')).toBe(false);
    expect(judge('Billing Hold', 'normalized', 'Queue: payments. (It was in Billing Hold until noon.)')).toBe(false);
    expect(judge('Tier 3', 'exact', "It's in Tier 2 — I've asked them to move it to Tier 3.")).toBe(false);
    expect(judge('Tier 2', 'exact', "It's in Tier 2 — I've asked them to move it to Tier 3.")).toBe(true);
    expect(judge('None', 'exact', 'Zilch — not a single late invoice.')).toBe(true);
    expect(judge('Ivy Chen', 'exact', 'Ivy Chen and Sol Reyes tied on volume, but Ivy Chen wins on CSAT.')).toBe(true);
    expect(judge('Sol Reyes', 'exact', 'Ivy Chen and Sol Reyes tied on volume, but Ivy Chen wins on CSAT.')).toBe(false);
  });

  it('a site a place name qualifies, a category in the plural, and an opening that runs the gold on', () => {
    expect(judge('Cape Town', 'normalized', 'It is handled by the Cape Town support desk.')).toBe(true);
    expect(judge('Cape Town', 'normalized', 'It is handled by the Cape Town Waterfront office.')).toBe(false);
    expect(judge('Damaged Item', 'normalized', 'Damaged items (38% of returns), then wrong size.')).toBe(true);
    expect(judge('Damaged Item', 'normalized', 'Damaged item claims — 14 this week.')).toBe(false);
    expect(judge('Sick Leave', 'exact', "You'd file this under Annual Leave; Sick Leave is for illness.")).toBe(false);
    expect(judge('DB-NODE-7', 'exact', 'Replication lags on db-node-7; db-node-6 is healthy.')).toBe(true);
    expect(judge('None', 'exact', 'As far as I can tell, no — but the payroll export is a day behind.')).toBe(true);
    expect(judge('Midlands', 'normalized', 'Midlands led last quarter; this quarter it is the Highlands by a mile.')).toBe(false);
    expect(judge('Bergen', 'normalized', 'Oslo — though fog may send you on to Bergen.')).toBe(false);
    expect(judge('Southwest', 'normalized', 'south-west — 97 claims, the most.')).toBe(true);
    expect(judge('None', 'exact', 'None, if you count only paid plans; with trials included there are two (TR-11 and TR-19).')).toBe(false);
    expect(judge('None', 'exact', 'I looked twice: zero late shipments this week.')).toBe(true);
  });

  it('normalized: an aside after a name does not narrow it', () => {
    expect(judge('Parental Leave', 'normalized', 'That is parental leave — up to 16 weeks.')).toBe(true);
  });
});
