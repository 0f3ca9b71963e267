import { describe, expect, it } from 'vitest';
import { matchAnswer, type AnswerCheck } from '../../src/judge/match.js';

const judge = (answer: AnswerCheck['answer'], match: AnswerCheck['match'], actual: string): boolean => matchAnswer({ answer, match }, actual).pass;

// Rules added after rounds 14, 15, 18 and 19's exact and normalized misses (round 13, part A), each tested on answers
// outside the corpus, in both directions.
describe('round 13 readings (exact, normalized)', () => {
  it('an opening that acts on or ranks first another value passes over the gold named after it', () => {
    expect(judge('Cedar Clinic', 'exact', 'Sending it to Birch Clinic. Cedar Clinic is nearer but has no MRI slot this week.')).toBe(false);
    expect(judge('Birch Clinic', 'exact', 'Sending it to Birch Clinic. Cedar Clinic is nearer but has no MRI slot this week.')).toBe(true);
    expect(judge('Referral', 'normalized', 'Trade Show was the strongest channel at 22%; Referral had only three leads.')).toBe(false);
    expect(judge('Cedar Clinic', 'exact', 'Sending it to Birch Clinic. Correction: Cedar Clinic has the MRI slot, so it goes there.')).toBe(true);
    expect(judge('Noor Haddad', 'exact', 'Escalated to Tier 2. Noor Haddad will handle it from here.')).toBe(true);
  });

  it('a value the answer moved on from, says belongs elsewhere or was removed is not the answer', () => {
    expect(judge('Critical', 'normalized', 'It was filed as Critical but reclassified to Low this morning.')).toBe(false);
    expect(judge('Low', 'normalized', 'It was filed as Critical but reclassified to Low this morning.')).toBe(true);
    expect(judge('Prospecting', 'exact', "It's in Prospecting, but given the signed NDA it should be in Discovery.")).toBe(false);
    expect(judge('Oslo', 'normalized', 'You now connect in Bergen; the Oslo segment was dropped.')).toBe(false);
    expect(judge('Bergen', 'normalized', 'You now connect in Bergen; the Oslo segment was dropped.')).toBe(true);
  });

  it('the gold only in a parenthesis after the opening value, or in one branch of a condition, fails', () => {
    expect(judge('Battery Swelling', 'normalized', 'Screen Cracks, 18 tickets (battery swelling had 12)')).toBe(false);
    expect(judge('Battery Swelling', 'normalized', 'The leading issue (Battery Swelling) had 18 tickets.')).toBe(true);
    expect(judge('Rosa Lind', 'exact', 'If the deal is over $50k it goes to Rosa Lind, otherwise to Omar Sy.')).toBe(false);
  });

  it('a period after ", but" and a conclusion after an id decide', () => {
    expect(judge('Alder Co', 'exact', 'In the previous quarter it was Alder Co, but this quarter Birchwood Ltd leads.')).toBe(false);
    expect(judge('Birchwood Ltd', 'exact', 'In the previous quarter it was Alder Co, but this quarter Birchwood Ltd leads.')).toBe(true);
    expect(judge(['005Ax00000QrT2mIAF', 'Noor Haddad'], 'exact', '005Ax00000QrT2mIAF — no wait, wrong column. Answer: Tomas Berg.')).toBe(false);
    expect(judge(['005Ax00000QrT2mIAF', 'Noor Haddad'], 'exact', 'Compared the open queues. Answer: 005Ax00000QrT2m')).toBe(true);
  });

  it('a closing line that singles out an id, or a line after a table, decides between the rows', () => {
    const rows = 'Backlog per owner:\n005Qm00000TrW4kIAF 4\n005Qm00000ZxP9aIAF 9\n';
    expect(judge(['005Qm00000TrW4kIAF', 'Lena Okoro'], 'exact', `${rows}Smallest backlog: 005Qm00000TrW4kIAF`)).toBe(true);
    expect(judge(['005Qm00000TrW4kIAF', 'Lena Okoro'], 'exact', `${rows}Smallest backlog: 005Qm00000ZxP9aIAF`)).toBe(false);
    expect(judge(['005Qm00000TrW4kIAF', 'Lena Okoro'], 'exact', `${rows}Both look fine to me.`)).toBe(false);
    const table = '| Owner | Open |\n|---|---|\n| Lena Okoro | 4 |\n| Sam Reyes | 9 |\n\n';
    expect(judge('Lena Okoro', 'exact', `${table}➡️ Give it to **Lena Okoro**.`)).toBe(true);
    expect(judge('Lena Okoro', 'exact', `${table}➡️ Give it to **Sam Reyes**.`)).toBe(false);
  });

  it('a labelled conclusion decides over dates and a first pick; a compound may be written closed beside a code', () => {
    expect(judge('May', 'exact', 'Tickets: Apr 30, May 41, Jun 38.\nAnswer: May')).toBe(true);
    expect(judge('Ravi Shah', 'exact', 'My first thought was Ravi Shah, but his queue is full. Final: Ana Lopes.')).toBe(false);
    expect(judge('Ana Lopes', 'exact', 'My first thought was Ravi Shah, but his queue is full. Final: Ana Lopes.')).toBe(true);
    expect(judge('Air-Flow 3 Fan', 'normalized', 'AirFlow 3 Fan')).toBe(true);
    expect(judge('Air-Flow 3 Fan', 'normalized', 'AirFlow 5 Fan')).toBe(false);
  });

  it('"it must be X" concludes; an emoji between sentences ends the first; a bare state code is the state', () => {
    expect(judge('Orla Dunne', 'exact', 'Both Orla Dunne and Orla Dunn are listed. Only one owns Kerry accounts, so it must be Orla Dunne.')).toBe(true);
    expect(judge('Orla Dunn', 'exact', 'Both Orla Dunne and Orla Dunn are listed. Only one owns Kerry accounts, so it must be Orla Dunne.')).toBe(false);
    expect(judge('Ravi Menon', 'exact', 'Assign it to Ravi Menon 🚀 He owns the territory.')).toBe(true);
    expect(judge('Ravi Menon', 'exact', 'Assign it to Ines Costa 🚀 Ravi Menon is on leave.')).toBe(false);
    expect(judge('Ohio', 'normalized', 'OH')).toBe(true);
    expect(judge('Ohio', 'normalized', 'OR')).toBe(false);
    expect(judge('Lior Adler', 'exact', 'assign to Lior Adler')).toBe(true);
    expect(judge('Lior Adler', 'exact', 'do not assign to Lior Adler')).toBe(false);
  });

  it('"None": "No … that I can see", a near miss that came close, a dash after the statement; a search not finished fails', () => {
    expect(judge('None', 'exact', 'No refunds over the limit that I can see. R-88 came close (at $495), but it is under $500.')).toBe(true);
    expect(judge('None', 'exact', 'No refunds over the limit that I can see, but R-88 went through at $640.')).toBe(false);
    expect(judge('None', 'exact', "Sorry to keep you waiting, but having checked every booking on file I can tell you there's no flight eligible for a free change — all four are saver fares booked last month.")).toBe(true);
    expect(judge('None', 'exact', "No conflicts I could find, but I only scanned this week's calendar.")).toBe(false);
  });
});
