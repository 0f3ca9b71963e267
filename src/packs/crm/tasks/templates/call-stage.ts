/**
 * Reads which opportunity stage a sales call shows, from what the customer
 * says in it: still working out whether they need anything (Qualification),
 * listing their sites and users (Discovery), reviewing a quote they received
 * (Quote), or negotiating price and terms (Negotiation). The gold of
 * wrong_stage_rectification is computed with it from the transcripts, never
 * from the generator's record of which stages it planted.
 */

/** The open stages, in pipeline order. */
export const OPEN_STAGES = ['Qualification', 'Discovery', 'Quote', 'Negotiation'] as const;

/** What each stage sounds like; checked in this order, since a negotiation call also mentions the quote. */
const SIGNS: readonly [string, RegExp][] = [
  ['Negotiation', /\bnegotiate\b|room on the price|better price|% off the\b|manager's approval/i],
  ['Quote', /\breviewing the quote\b|get the quote\b/i],
  ['Discovery', /\blisted the sites\b|which sites need what/i],
  ['Qualification', /whether we need anything|your current setup/i],
];

/** The stage a call's transcript shows, or undefined when it shows none (e.g. a lost-deal call). */
export function stageShownByCall(body: string): string | undefined {
  return SIGNS.find(([, sign]) => sign.test(body))?.[0];
}

/** The stage definitions the agent is given, in the task's own words. */
export const STAGE_DEFINITIONS =
  'Opportunity stages: Qualification while the customer is still working out whether they need anything; Discovery while ' +
  'their requirements (sites, users) are being gathered; Quote once they have received a quote and are reviewing it; ' +
  'Negotiation once they are negotiating price or terms. An open opportunity\'s StageName should match what its most recent ' +
  'call (VoiceCallTranscript__c, linked by OpportunityId__c, latest CreatedDate) shows.';
