/**
 * The hidden causes behind the generated data. The generator samples them
 * first and lets them shape every record (who handles a case and how fast,
 * which products break, when volume peaks, which transcripts break policy), so
 * an analyst querying the org finds real patterns. They are returned by the
 * generator and written beside the cached database, never into its object
 * tables: agents see only the effects. Task templates use them to pick
 * instances with clear answers; gold answers are still computed from the data.
 */
import type { CrmOrgKind } from './crm-org-schema.js';
import type { PolicyKey } from './policies.js';

/** A service agent's hidden ability: 0 (poor) to 1 (excellent). */
export interface ServiceAgentLatent {
  userId: string;
  name: string;
  /** Skill per Issue__c Id: drives handle time (final owner) and transfers (first owner). */
  issueSkill: Record<string, number>;
  /** Skill per product family: multiplies into the same effects. */
  familySkill: Record<string, number>;
  /** Multiplier on the chance of breaking a policy in a chat or e-mail (1 = average). */
  ruleBending: number;
}

/** A sales agent's hidden behaviour. */
export interface SalesAgentLatent {
  userId: string;
  name: string;
  title: string;
  territoryIds: string[];
  /** Probability that one of their opportunities is won (before the territory factor). */
  winRate: number;
  /** Multiplier on stage durations: below 1 closes faster. */
  cycleSpeed: number;
  /** Typical line discount in percent they put on quotes. */
  discountHabit: number;
  /** Multiplier on deal quantities. */
  dealSize: number;
  /** Multiplier on the conversion probability of their leads. */
  leadSkill: number;
}

/** A product's hidden quality. */
export interface ProductLatent {
  productId: string;
  name: string;
  family: string;
  /** Relative rate of cases per unit sold (1 = average). */
  defectRate: number;
  /** Probability of each Issue__c Id given a case on this product. */
  issueProfile: Record<string, number>;
  /** A `YYYY-MM` with a defect spike (a bad batch or firmware), or null. */
  spikeMonth: string | null;
  /** Why deals with this product are lost, most frequent first. */
  lossReasons: string[];
}

/** A planted breach of a policy in one message or transcript. */
export interface PolicyViolation {
  object: 'LiveChatTranscript' | 'EmailMessage' | 'VoiceCallTranscript__c' | 'Quote';
  recordId: string;
  /** The Case, Opportunity or Quote the record belongs to. */
  parentId: string;
  policyKey: PolicyKey;
  /** Id of the Knowledge__kav article stating the policy. */
  articleId: string;
  detail: string;
}

/** Everything hidden that shaped an org. Ids refer to records of the generated database. */
export interface CrmLatent {
  org: CrmOrgKind;
  seed: string;
  scale: number;
  today: string;
  issues: { id: string; name: string; baseHandleHours: number }[];
  serviceAgents: ServiceAgentLatent[];
  salesAgents: SalesAgentLatent[];
  /** Relative case volume per account (customers' complaint habits; 1 = average). */
  complaintHabit: { accountId: string; rate: number }[];
  products: ProductLatent[];
  seasonality: {
    /** Relative case volume per calendar month, index 0 = January. */
    caseMonthWeights: number[];
    /** Relative order and opportunity volume per calendar month. */
    salesMonthWeights: number[];
    /** Calendar month (1–12) with the most and the fewest cases by design. */
    peakCaseMonth: number;
    troughCaseMonth: number;
  };
  /** Handle-time multiplier per account shipping state (below 1 = faster service). */
  regions: { state: string; caseSpeed: number }[];
  territories: { territoryId: string; name: string; states: string[]; winRateFactor: number; leadConversionFactor: number }[];
  /** Base lead conversion probability per LeadSource. */
  leadConversionBySource: Record<string, number>;
  policyArticleIds: Partial<Record<PolicyKey, string>>;
  policyViolations: PolicyViolation[];
  /** BANT factors stated in each lead's qualification call. */
  leadBant: { leadId: string; transcriptId: string; budget: boolean; authority: boolean; need: boolean; timeline: boolean }[];
  /** Opportunities whose StageName lags behind what their latest call shows. */
  wrongStages: { opportunityId: string; storedStage: string; correctStage: string; evidenceId: string }[];
  /** Quotes planted with a configuration error. */
  invalidQuotes: { quoteId: string; rule: string; detail: string }[];
  /** Lost opportunities and the reason stated in their calls. */
  lostDeals: { opportunityId: string; productId: string; reason: string; evidenceId: string }[];
  /** Question/answer pairs each product article answers (for knowledge QA). */
  knowledgeFacts: { articleId: string; productId: string; question: string; answer: string }[];
}
