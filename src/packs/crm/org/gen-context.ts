/**
 * What every generation stage shares: the org's identity, its clock, the
 * record store, the latent variables filled in stage by stage, and the sizes
 * that make the B2B org about 29k records and the B2C org about 54k. Each stage
 * draws from its own forked Rng, so adding a draw in one stage never shifts the
 * data of another.
 */
import type { OrgSchema } from '../../../core/org-schema.js';
import type { Rng } from '../../../util/rng.js';
import { DAY, monthStarts, parseDay } from './calendar.js';
import type { Catalog } from './catalog.js';
import type { CrmLatent } from './crm-latent.js';
import type { CrmOrgKind } from './crm-org-schema.js';
import type { OrgRecords } from './org-records.js';
import type { CrmPolicies } from './policies.js';

/** Record counts at scale 1 that drive each stage (other counts follow from these). */
export interface CrmSizes {
  serviceAgents: number;
  salesReps: number;
  salesManagers: number;
  serviceManagers: number;
  accounts: number;
  contactsPerAccount: [number, number];
  leads: number;
  extraOpportunities: number;
  retailOrders: number;
  reorders: number;
  cases: number;
  leadCallShare: number;
  opportunityCallShare: number;
  tasksPerOpenOpportunity: [number, number];
  tasksPerClosedOpportunity: [number, number];
  eventsPerOpportunity: [number, number];
}

/** The sizes of each org at scale 1. */
export const CRM_SIZES: Readonly<Record<CrmOrgKind, CrmSizes>> = {
  b2b: {
    serviceAgents: 20,
    salesReps: 16,
    salesManagers: 3,
    serviceManagers: 2,
    accounts: 560,
    contactsPerAccount: [1, 3],
    leads: 1900,
    extraOpportunities: 760,
    retailOrders: 0,
    reorders: 420,
    cases: 2150,
    leadCallShare: 0.3,
    opportunityCallShare: 0.35,
    tasksPerOpenOpportunity: [2, 5],
    tasksPerClosedOpportunity: [0, 1],
    eventsPerOpportunity: [0, 1],
  },
  b2c: {
    serviceAgents: 30,
    salesReps: 10,
    salesManagers: 2,
    serviceManagers: 2,
    accounts: 4100,
    contactsPerAccount: [1, 1],
    leads: 1900,
    extraOpportunities: 420,
    retailOrders: 5450,
    reorders: 0,
    cases: 4400,
    leadCallShare: 0.3,
    opportunityCallShare: 0.5,
    tasksPerOpenOpportunity: [2, 4],
    tasksPerClosedOpportunity: [0, 2],
    eventsPerOpportunity: [0, 2],
  },
};

/** The span of history before today that the org covers, in months. */
const HISTORY_MONTHS = 24;

/** Everything the stages share. */
export interface GenContext {
  org: CrmOrgKind;
  seed: string;
  scale: number;
  schema: OrgSchema;
  catalog: Catalog;
  policies: CrmPolicies;
  records: OrgRecords;
  latent: CrmLatent;
  sizes: CrmSizes;
  todayMs: number;
  /** First instant of the history window. */
  startMs: number;
  /** First instant of each month in the window, oldest first. */
  months: number[];
  /** A sub-stream for one stage. */
  rng(stage: string): Rng;
}

/** Builds the shared context; the latent record starts empty and stages fill it. */
export function createGenContext(input: {
  org: CrmOrgKind;
  seed: string;
  scale: number;
  schema: OrgSchema;
  catalog: Catalog;
  policies: CrmPolicies;
  records: OrgRecords;
  root: Rng;
  sizes: CrmSizes;
}): GenContext {
  const todayMs = parseDay(input.schema.today);
  const months = monthStarts(todayMs, HISTORY_MONTHS);
  const latent: CrmLatent = {
    org: input.org,
    seed: input.seed,
    scale: input.scale,
    today: input.schema.today,
    issues: [],
    serviceAgents: [],
    salesAgents: [],
    complaintHabit: [],
    products: [],
    seasonality: { caseMonthWeights: [], salesMonthWeights: [], peakCaseMonth: 1, troughCaseMonth: 1 },
    regions: [],
    territories: [],
    leadConversionBySource: {},
    policyArticleIds: {},
    policyViolations: [],
    leadBant: [],
    wrongStages: [],
    invalidQuotes: [],
    lostDeals: [],
    knowledgeFacts: [],
  };
  return {
    ...input,
    latent,
    todayMs,
    startMs: months[0] ?? todayMs - 730 * DAY,
    months,
    rng: (stage) => input.root.fork(stage),
  };
}

/** `n × scale`, rounded, at least `min`. */
export function scaled(ctx: GenContext, n: number, min = 1): number {
  return Math.max(min, Math.round(n * ctx.scale));
}
