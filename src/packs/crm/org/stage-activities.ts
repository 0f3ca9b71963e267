/**
 * Stage 9: sales activity. Writes voice-call transcripts (lead qualification
 * calls stating BANT, stage calls, negotiation calls with discount offers,
 * lost-deal calls stating the reason), tasks and events. Plants opportunities
 * whose stored stage lags behind their latest call, and discount offers above
 * the rep's approval limit, recording both in the latent.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, fmtDateTime, officeTime } from './calendar.js';
import type { GenContext } from './gen-context.js';
import { weightedIndex } from './sampling.js';
import type { LeadRef } from './stage-leads.js';
import { OPEN_STAGES, type OpportunityRef } from './stage-sales.js';
import type { StaffRefs } from './stage-staff.js';
import { writeTasksAndEvents } from './task-event-writer.js';
import { bantCall, discountCall, lostCall, stageCall, type BantFacts } from './texts-sales.js';

/** Writes VoiceCallTranscript__c, Task and Event records. */
export function generateActivities(ctx: GenContext, staff: StaffRefs, leads: LeadRef[], opps: OpportunityRef[]): void {
  const rng = ctx.rng('activities');
  const calls = { n: 0 };
  const call = (owner: string, atMs: number, body: string, link: { lead?: string; opp?: string }): string => {
    const start = officeTime(Math.min(atMs, ctx.todayMs - DAY), rng);
    return ctx.records.insert('VoiceCallTranscript__c', {
      Name: `VC-${String(++calls.n).padStart(6, '0')}`, LeadId__c: link.lead ?? null, OpportunityId__c: link.opp ?? null,
      OwnerId: owner, Body__c: body, CreatedDate: fmtDateTime(start), EndTime__c: fmtDateTime(start + (300 + rng.int(1500)) * 1000),
    }).Id;
  };
  for (const lead of leads) {
    if (lead.status === 'New' || rng.next() >= ctx.sizes.leadCallShare) continue;
    const facts = bantFacts(ctx, rng, lead);
    if (!facts) continue;
    const id = call(lead.owner.id, lead.createdMs + (1 + rng.int(6)) * DAY, bantCall(rng, {
      rep: lead.owner.name, lead: lead.name, company: ctx.catalog.company, family: rng.pick(ctx.policies.baseFamilies),
      b2b: ctx.org === 'b2b', facts,
    }), { lead: lead.id });
    ctx.latent.leadBant.push({
      leadId: lead.id, transcriptId: id, budget: facts.budgetMet, authority: facts.authority, need: facts.need,
      timeline: facts.timelineMonths <= ctx.policies.leadQualification.maxTimelineMonths,
    });
  }
  const limitOf = new Map([...staff.reps, ...staff.salesManagers].map((u) => [
    u.id, ctx.policies.discountApproval.find((r) => r.title === u.title)?.maxDiscountPercent ?? 10,
  ]));
  for (const opp of opps) {
    const owner = [...staff.reps, ...staff.salesManagers].find((u) => u.id === opp.ownerId);
    const rep = owner?.name ?? 'Sales';
    const product = opp.lines[0]!.product;
    const reachedIdx = opp.stageStarts.length - 1;
    if (opp.outcome === 'open' && reachedIdx <= 2 && rng.next() < 0.3) {
      const shows = OPEN_STAGES[Math.min(reachedIdx + 2, 3)]!;
      const id = call(opp.ownerId, ctx.todayMs - (1 + rng.int(4)) * DAY, stageCall(rng, { rep, contact: opp.contact.name, product: product.name, shows }), { opp: opp.id });
      ctx.latent.wrongStages.push({ opportunityId: opp.id, storedStage: opp.stage, correctStage: shows, evidenceId: id });
    } else if (rng.next() < ctx.sizes.opportunityCallShare) {
      const shows = OPEN_STAGES[Math.min(reachedIdx, 3)]!;
      const at = opp.stageStarts[reachedIdx]! + 2 * DAY;
      if (at < Math.min(ctx.todayMs, opp.closeMs)) {
        call(opp.ownerId, at, stageCall(rng, { rep, contact: opp.contact.name, product: product.name, shows }), { opp: opp.id });
      }
    }
    const negotiationStart = opp.stageStarts[3];
    if (negotiationStart !== undefined && negotiationStart + DAY < Math.min(ctx.todayMs, opp.closeMs) && rng.next() < 0.6) {
      const limit = limitOf.get(opp.ownerId) ?? 10;
      const bend = rng.next() < 0.05 * ((opp.agent?.discountHabit ?? 8) / 8);
      const discount = bend ? limit + 3 + rng.int(13) : Math.max(2, limit - rng.int(6));
      const escalate = !bend && rng.next() < 0.35;
      const id = call(opp.ownerId, negotiationStart + DAY, discountCall(rng, { rep, contact: opp.contact.name, product: product.name, discount, limit, escalate }), { opp: opp.id });
      if (bend) {
        ctx.latent.policyViolations.push({
          object: 'VoiceCallTranscript__c', recordId: id, parentId: opp.id, policyKey: 'discount-approval',
          articleId: ctx.latent.policyArticleIds['discount-approval'] ?? '', detail: `offered ${discount}% while the approval limit is ${limit}%`,
        });
      }
    }
    if (opp.outcome === 'lost' && rng.next() < 0.6) {
      const reasons = ctx.latent.products.find((p) => p.productId === product.id)?.lossReasons ?? ['price was above their budget'];
      const reason = reasons[weightedIndex(rng, [0.6, 0.25, 0.15].slice(0, reasons.length))]!;
      const id = call(opp.ownerId, opp.closeMs - DAY, lostCall(rng, { rep, contact: opp.contact.name, product: product.name, reason }), { opp: opp.id });
      ctx.latent.lostDeals.push({ opportunityId: opp.id, productId: product.id, reason, evidenceId: id });
    }
  }
  writeTasksAndEvents(ctx, rng, opps);
}

function bantFacts(ctx: GenContext, rng: Rng, lead: LeadRef): BantFacts | null {
  const q = ctx.policies.leadQualification;
  const b2b = ctx.org === 'b2b';
  const sure = lead.status === 'Converted' || lead.status === 'Qualified';
  if (sure && b2b && !lead.decisionMaker) return null;
  let flags = {
    budget: rng.next() < 0.65, authority: b2b ? lead.decisionMaker : rng.next() < 0.7,
    need: rng.next() < 0.7, timeline: rng.next() < 0.65,
  };
  if (sure) flags = { budget: true, authority: true, need: true, timeline: true };
  if (lead.status === 'Unqualified' && flags.budget && flags.authority && flags.need && flags.timeline) {
    const miss = rng.pick(['budget', 'need', 'timeline'] as const);
    flags = { ...flags, [miss]: false };
  }
  const step = b2b ? 1000 : 50;
  const budget = flags.budget
    ? Math.round((q.minBudget * (1 + rng.next() * 3)) / step) * step
    : rng.next() < 0.5 ? null : Math.round((q.minBudget * (0.2 + rng.next() * 0.6)) / step) * step;
  return {
    budget, budgetMet: flags.budget, authority: flags.authority, title: lead.title || 'buyer', need: flags.need,
    timelineMonths: flags.timeline ? 1 + rng.int(q.maxTimelineMonths) : q.maxTimelineMonths + 1 + rng.int(12),
  };
}
