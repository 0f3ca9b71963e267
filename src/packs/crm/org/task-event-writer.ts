/**
 * Tasks and events on opportunities. Open deals carry a handful of pending
 * tasks around today with mixed priorities and due dates (the raw material of
 * "what should I do first" questions) and upcoming meetings; closed deals keep
 * a few completed ones from their lifetime.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, HOUR, fmtDate, fmtDateTime, officeTime } from './calendar.js';
import type { GenContext } from './gen-context.js';
import { weightedIndex } from './sampling.js';
import type { OpportunityRef } from './stage-sales.js';

const TASKS: Record<string, string[]> = {
  Qualification: ['Call to qualify needs', 'Research account background', 'Send introduction email'],
  Discovery: ['Schedule product demo', 'Collect site requirements', 'Send case studies'],
  Quote: ['Prepare quote', 'Review quote with manager', 'Follow up on quote'],
  Negotiation: ['Call to discuss pricing', 'Send contract for signature', 'Confirm payment terms'],
  Closed: ['Send thank-you note', 'Hand over to onboarding', 'Log lessons learned'],
};
const EVENTS = ['Product demo', 'Onsite visit', 'Pricing review', 'Kickoff meeting', 'Technical deep dive', 'Executive briefing'];
const PRIORITIES = ['Low', 'Normal', 'High', 'Urgent'];

/** Writes the tasks and events of every opportunity. */
export function writeTasksAndEvents(ctx: GenContext, rng: Rng, opps: OpportunityRef[]): void {
  const { sizes } = ctx;
  for (const opp of opps) {
    const open = opp.outcome === 'open';
    const [lo, hi] = open ? sizes.tasksPerOpenOpportunity : sizes.tasksPerClosedOpportunity;
    const nTasks = lo + rng.int(hi - lo + 1);
    const stageKey = open ? opp.stage : 'Closed';
    for (let i = 0; i < nTasks; i++) {
      const due = open
        ? ctx.todayMs + (rng.int(26) - 6) * DAY
        : opp.createdMs + Math.floor(rng.next() * Math.max(1, (opp.closeMs - opp.createdMs) / DAY)) * DAY;
      const status = !open ? 'Completed'
        : due < ctx.todayMs && rng.next() < 0.5 ? 'In Progress'
        : ['Not Started', 'In Progress', 'Waiting on someone else', 'Deferred'][weightedIndex(rng, [55, 25, 12, 8])]!;
      const subject = rng.pick(TASKS[stageKey] ?? TASKS.Discovery!);
      ctx.records.insert('Task', {
        Subject: subject,
        Description: `${subject} for ${opp.name}.`,
        Status: status, Priority: PRIORITIES[weightedIndex(rng, [20, 50, 22, 8])]!, ActivityDate: fmtDate(due),
        WhatId: opp.id, OwnerId: opp.ownerId, CreatedDate: fmtDateTime(officeTime(Math.min(due, ctx.todayMs) - 3 * DAY, rng)),
      });
    }
    const [elo, ehi] = sizes.eventsPerOpportunity;
    const nEvents = elo + rng.int(ehi - elo + 1);
    for (let i = 0; i < nEvents; i++) {
      const day = open
        ? ctx.todayMs + (rng.int(30) - 10) * DAY
        : opp.createdMs + Math.floor(rng.next() * Math.max(1, (opp.closeMs - opp.createdMs) / DAY)) * DAY;
      const allDay = rng.next() < 0.03;
      const slot = officeTime(day, rng);
      const start = allDay ? day - (day % DAY) : slot - (slot % HOUR);
      const minutes = allDay ? 1440 : rng.pick([30, 45, 60, 90]);
      const subject = rng.pick(EVENTS);
      ctx.records.insert('Event', {
        Subject: subject, Description: `${subject} with ${opp.contact.name} about ${opp.lines[0]!.product.name}.`,
        Location: rng.next() < 0.5 ? 'Video call' : ctx.org === 'b2b' ? `${opp.account.name} office` : rng.pick(['Phone call', 'Showroom']),
        StartDateTime: fmtDateTime(start), EndDateTime: fmtDateTime(start + minutes * 60_000), DurationInMinutes: minutes,
        IsAllDayEvent: allDay, WhatId: opp.id, OwnerId: opp.ownerId,
      });
    }
  }
}
