/**
 * Seeded templates for sales calls: lead qualification calls that state each
 * BANT factor plainly (so qualification can be decided from the transcript),
 * opportunity calls whose content shows the deal's real stage, negotiation
 * calls where a discount is offered, and lost-deal calls that state why the
 * customer walked away.
 */
import type { Rng } from '../../../util/rng.js';

/** BANT facts a qualification call states. */
export interface BantFacts {
  budget: number | null;
  budgetMet: boolean;
  authority: boolean;
  title: string;
  need: boolean;
  timelineMonths: number;
}

type Line = [string, string];
const render = (lines: Line[]): string => lines.map(([who, text]) => `${who}: ${text}`).join('\n');
const firstName = (name: string): string => name.split(' ')[0] ?? name;

/** A lead qualification call. */
export function bantCall(rng: Rng, a: { rep: string; lead: string; company: string; family: string; b2b: boolean; facts: BantFacts }): string {
  const f = a.facts;
  const need = f.need
    ? a.b2b
      ? rng.pick([`Our current ${a.family.toLowerCase()} keep failing at our busiest sites and we need to replace them.`, `We are opening new offices and need ${a.family.toLowerCase()} that our small IT team can manage.`])
      : rng.pick([`We just moved and want ${a.family.toLowerCase()} for the new place.`, `My old one broke, so I need a replacement from your ${a.family.toLowerCase()} range.`])
    : rng.pick(['Honestly we are just looking around; nothing specific needs fixing right now.', 'No particular problem yet, I am only collecting brochures.']);
  const budget = f.budget === null
    ? rng.pick(['We do not have a budget approved for this yet.', 'There is no budget set aside at the moment.'])
    : rng.pick([`We have about $${f.budget.toLocaleString('en-US')} set aside for this.`, `The budget for this is $${f.budget.toLocaleString('en-US')}.`]);
  const authority = f.authority
    ? a.b2b ? `As ${f.title}, I make the final call on this purchase.` : 'It is my decision; I am buying this myself.'
    : a.b2b ? `I am the ${f.title}; my director has to approve anything we buy.` : 'My partner decides on purchases like this, I am just asking for them.';
  const timeline = `We would like to have it in place within ${f.timelineMonths} month${f.timelineMonths === 1 ? '' : 's'}.`;
  return render([
    [a.rep, `Hi ${firstName(a.lead)}, this is ${firstName(a.rep)} from ${a.company}. Thanks for your interest in our ${a.family.toLowerCase()}. What prompted you to reach out?`],
    [a.lead, need],
    [a.rep, 'Understood. Do you have a budget in mind?'],
    [a.lead, budget],
    [a.rep, 'And who is involved in the decision?'],
    [a.lead, authority],
    [a.rep, 'What timeframe are you working with?'],
    [a.lead, timeline],
    [a.rep, rng.pick(['Thanks, I will send over some material and follow up next week.', 'Great, I will put together a few options for you.'])],
  ]);
}

/** What a call says about where the deal stands, keyed by the stage it shows. */
const STAGE_LINES: Record<string, [string, string]> = {
  Qualification: ['Thanks for taking the call. Can you tell me a bit about your current setup?', 'Sure, we are still figuring out whether we need anything at all.'],
  Discovery: ['Last time you mentioned your requirements. Shall we walk through which sites need what?', 'Yes, we listed the sites and the number of users for each one.'],
  Quote: ['Did you get the quote I sent over on Monday?', 'We did, the team is reviewing the quote line by line now.'],
  Negotiation: ['Where do we stand on the proposal?', 'We reviewed your quote and want to negotiate the payment terms and the price before we sign.'],
};

/** A call on an open or won deal that shows the stage `shows`. */
export function stageCall(rng: Rng, a: { rep: string; contact: string; product: string; shows: string }): string {
  const [repLine, contactLine] = STAGE_LINES[a.shows] ?? STAGE_LINES.Discovery!;
  return render([
    [a.rep, `Hi ${firstName(a.contact)}, it is ${firstName(a.rep)}. ${repLine}`],
    [a.contact, contactLine],
    [a.rep, `Good to hear. The ${a.product} remains the best fit for what you described.`],
    [a.contact, rng.pick(['Agreed. Let us keep going.', 'Okay. Send me the next steps.', 'Sounds good, talk soon.'])],
  ]);
}

/** A negotiation call in which the rep offers `discount` percent, or refers larger asks to a manager. */
export function discountCall(rng: Rng, a: { rep: string; contact: string; product: string; discount: number; limit: number; escalate: boolean }): string {
  const offer = a.escalate
    ? `I can do ${a.limit}% on the ${a.product} myself; anything beyond ${a.limit}% needs my manager's approval, so let me check with them.`
    : `I can offer you ${a.discount}% off the ${a.product} if you sign this month.`;
  return render([
    [a.rep, `Hi ${firstName(a.contact)}, thanks for making time. I know price came up last time.`],
    [a.contact, rng.pick(['Yes, the total is more than we hoped. Is there room on the price?', 'We like the solution, but we need a better price to get this approved.'])],
    [a.rep, offer],
    [a.contact, rng.pick(['That helps. I will take it to the team.', 'Okay, let me discuss it internally.'])],
  ]);
}

/** The call in which a customer says why they will not buy. */
export function lostCall(rng: Rng, a: { rep: string; contact: string; product: string; reason: string }): string {
  return render([
    [a.rep, `Hi ${firstName(a.contact)}, I wanted to check in on the ${a.product} proposal.`],
    [a.contact, `Thanks for following up. We have decided not to move forward; the main reason is that ${a.reason}.`],
    [a.rep, rng.pick(['I understand. Is there anything we could have done differently?', 'Sorry to hear that. Thank you for being open about it.'])],
    [a.contact, rng.pick(['Not really, it was mostly that.', 'Maybe in the future. Thanks for your time.'])],
  ]);
}
