/**
 * The task context block every CRM scenario shows its agent, as CRMArena's
 * prompts carry one: who the agent works for and who it talks to, today's
 * date, how periods (months, quarters, halves, seasons) are meant, how record
 * Ids look, and how to phrase an answer. Task templates append their own
 * definitions (how handle time is computed, the policy text that applies).
 * Nothing here names a concrete date other than today's, so the context can
 * never give away a time window the user is meant to withhold.
 */
import { crmCatalog } from '../org/catalog.js';
import type { CrmOrgKind } from '../org/crm-org-schema.js';

/** Whom the agent talks to in a scenario. */
export type ContextAudience = 'service-manager' | 'sales-manager' | 'customer' | 'internal';

/** Options of {@link crmAgentContext}. */
export interface CrmContextOptions {
  org: CrmOrgKind;
  today: string;
  audience: ContextAudience;
  /** Task-specific definitions and rules, one paragraph each, appended in order. */
  sections?: readonly string[];
}

const AUDIENCE: Record<ContextAudience, string> = {
  'service-manager': 'You are talking with a manager of the customer service team, an internal user who may see all service data.',
  'sales-manager': 'You are talking with a manager of the sales team, an internal user who may see all sales data.',
  customer: 'You are talking with a customer of the company, an external user.',
  internal: 'You are talking with an employee of the company, an internal user.',
};

/** Key prefixes of the objects scenario answers are most often drawn from. */
const ID_PREFIXES = '005 User, 001 Account, 003 Contact, 00Q Lead, 006 Opportunity, 0Q0 Quote, 500 Case, a01 Issue__c, 01t Product2, 0MI Territory2, ka0 Knowledge__kav';

/** The paragraph defining months, quarters, halves and seasons. */
export const PERIOD_DEFINITIONS =
  'Periods: a month is a calendar month. Quarters are calendar quarters: Q1 runs from January 1 to March 31, Q2 from April 1 to ' +
  'June 30, Q3 from July 1 to September 30 and Q4 from October 1 to December 31. The first half of a year is January to June, the ' +
  'second half July to December. Seasons: spring is March to May, summer June to August, autumn September to November and winter ' +
  'December to February. A period given by two dates includes both dates, whole days, and a record falls in a period by the date ' +
  'field the question names. All dates and times are in UTC.';

/**
 * The agent context of a CRM scenario.
 *
 * @example
 * crmAgentContext({ org: 'b2b', today: '2025-06-15', audience: 'service-manager', sections: ['Handle time is …'] });
 */
export function crmAgentContext(options: CrmContextOptions): string {
  const { company } = crmCatalog(options.org);
  const kind = options.org === 'b2b' ? 'a network equipment and cloud software vendor selling to businesses' : 'a consumer electronics and home appliance brand selling to households';
  const paragraphs = [
    `You are the CRM assistant of ${company}, ${kind}. You work in the company's Salesforce org through the soql and sosl tools. ${AUDIENCE[options.audience]}`,
    `Today is ${options.today}.`,
    PERIOD_DEFINITIONS,
    `Ids: every record has an 18-character Salesforce Id whose first three characters name its object (${ID_PREFIXES}).`,
    // No literal "None" here: a context that prints a gold answer would give it away to any agent.
    'Answers: when the answer is a record, reply with its Id alone; when it is a number, reply with the number; when no record ' +
      'matches the question, say that no record matches. Ask the user for anything you need that you cannot look up.',
    ...(options.sections ?? []),
  ];
  return `${paragraphs.join('\n\n')}\n`;
}
