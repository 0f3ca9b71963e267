/**
 * The company policies of each org, as structured data and as the internal
 * knowledge articles that state them. The same numbers drive the generator
 * (which plants violations of them) and the task templates (which put the
 * policy text in the agent's context and compute gold answers from the rules),
 * so a threshold changed here changes both sides at once.
 */
import { crmCatalog } from './catalog.js';
import type { CrmOrgKind } from './crm-org-schema.js';
import { policyArticles } from './policy-articles.js';

/** Stable keys of the policies; each is one internal Knowledge__kav article. */
export type PolicyKey =
  | 'discount-approval'
  | 'order-quantity-limits'
  | 'product-configuration-rules'
  | 'lead-qualification-bant'
  | 'case-routing'
  | 'lead-routing'
  | 'refund-returns'
  | 'goodwill-credit'
  | 'warranty-coverage'
  | 'support-sla'
  | 'customer-data-privacy';

/** A product-configuration rule that a quote's lines must satisfy. */
export interface ConfigRule {
  key: 'addon-requires-base' | 'single-plan-tier' | 'quantity-limit';
  description: string;
}

/** One policy as a knowledge article. */
export interface PolicyArticle {
  key: PolicyKey;
  title: string;
  urlName: string;
  summary: string;
  body: string;
}

/** Every policy of an org. Money is in USD. */
export interface CrmPolicies {
  org: CrmOrgKind;
  /** Highest line discount each role may grant on its own, by `User.Title`; anything above needs the next role up. */
  discountApproval: { title: string; maxDiscountPercent: number }[];
  /** No quote line may ever carry a larger discount, whoever approves it. */
  hardDiscountCapPercent: number;
  /** Highest quantity on one quote or order line, by product family. */
  quantityLimits: { family: string; maxQuantityPerLine: number }[];
  /** Families that only make sense next to a base product (licenses, plans, add-ons). */
  addonFamilies: string[];
  /** Families a quote must contain at least one of when it has add-ons. */
  baseFamilies: string[];
  /** Families of which at most one product may appear on a quote (plan tiers). */
  singleTierFamilies: string[];
  configRules: ConfigRule[];
  leadQualification: {
    framework: 'BANT';
    /** Smallest confirmed budget that counts as Budget. */
    minBudget: number;
    /** Purchase must be planned within this many months to count as Timeline. */
    maxTimelineMonths: number;
    criteria: { budget: string; authority: string; need: string; timeline: string };
    /** A lead is qualified only when all four factors hold. */
    requiredFactors: 4;
  };
  caseRouting: { lookbackMonths: number; rule: string };
  leadRouting: { lookbackMonths: number; rule: string };
  refund: {
    /** Days after delivery within which a product may be returned for a full refund. */
    returnWindowDays: number;
    /** Software licenses: refundable only within this many days and before activation (B2B). */
    licenseRefundDays: number;
    /** Largest goodwill credit an agent may grant on one case without a manager. */
    maxGoodwillCredit: number;
  };
  /** Support plan response times in hours, by plan name (B2B) or the standard promise (B2C). */
  supportResponseHours: { plan: string; hours: number }[];
  articles: PolicyArticle[];
}

/**
 * The policies of an org (fixed per org, independent of the seed).
 *
 * @example
 * const p = crmPolicies('b2b');
 * p.discountApproval.find((r) => r.title === 'Sales Representative')?.maxDiscountPercent; // 10
 */
export function crmPolicies(org: CrmOrgKind): CrmPolicies {
  const b2b = org === 'b2b';
  const catalog = crmCatalog(org);
  const limits: Record<string, number> = b2b
    ? { Switches: 200, Wireless: 500, 'Security Appliances': 50, 'Cloud Licenses': 2000, 'Support Plans': 1,
        'Professional Services': 10, Accessories: 1000 }
    : { Headphones: 10, Smartwatches: 10, 'Smart Home': 20, Kitchen: 5, Vacuums: 5, Cameras: 5, Accessories: 25, 'Protection Plans': 1 };
  const families = [...new Set(catalog.products.map((p) => p.family))];
  const addonFamilies = b2b ? ['Cloud Licenses', 'Support Plans'] : ['Protection Plans'];
  const baseFamilies = families.filter((f) =>
    catalog.products.some((p) => p.family === f && (p.kind === 'device' || p.kind === 'appliance')));
  const singleTierFamilies = b2b ? ['Support Plans'] : ['Protection Plans'];
  const base: Omit<CrmPolicies, 'articles'> = {
    org,
    discountApproval: [
      { title: 'Sales Representative', maxDiscountPercent: 10 },
      { title: 'Sales Manager', maxDiscountPercent: 20 },
      { title: 'VP of Sales', maxDiscountPercent: 30 },
    ],
    hardDiscountCapPercent: 30,
    quantityLimits: families.map((family) => ({ family, maxQuantityPerLine: limits[family] ?? 100 })),
    addonFamilies,
    baseFamilies,
    singleTierFamilies,
    configRules: [
      {
        key: 'addon-requires-base',
        description: `A quote with products from ${addonFamilies.join(' or ')} must also contain at least one product from ${baseFamilies.join(', ')}.`,
      },
      {
        key: 'single-plan-tier',
        description: `A quote may contain at most one product from ${singleTierFamilies.join(' or ')}.`,
      },
      { key: 'quantity-limit', description: 'No quote line may exceed the per-line quantity limit of its product family.' },
    ],
    leadQualification: {
      framework: 'BANT',
      minBudget: b2b ? 25000 : 500,
      maxTimelineMonths: b2b ? 6 : 3,
      criteria: b2b
        ? {
            budget: 'The prospect has confirmed an approved budget of at least $25,000 for the purchase.',
            authority: 'The person we speak to signs off on the purchase (director level or above, or head of procurement).',
            need: 'The prospect has a concrete networking or security problem that our products solve.',
            timeline: 'The purchase is planned within the next 6 months.',
          }
        : {
            budget: 'The customer plans to spend at least $500.',
            authority: 'The customer decides on the purchase themselves.',
            need: 'The customer has a specific use for our products in their home.',
            timeline: 'The purchase is planned within the next 3 months.',
          },
      requiredFactors: 4,
    },
    caseRouting: {
      lookbackMonths: 6,
      rule:
        'Assign a new case to the service agent with the lowest average handle time (closed date minus created date) on ' +
        'closed cases of the same issue created in the last 6 months; break ties by the fewest cases currently open.',
    },
    leadRouting: {
      lookbackMonths: 6,
      rule:
        "Assign a new lead to a sales representative of the territory that covers the lead's state; when several cover " +
        'it, choose the one with the highest lead conversion rate over the last 6 months, then the fewest open leads.',
    },
    refund: { returnWindowDays: 30, licenseRefundDays: 14, maxGoodwillCredit: b2b ? 250 : 50 },
    supportResponseHours: b2b
      ? [
          { plan: 'Standard Support Plan', hours: 24 },
          { plan: 'Premium Support Plan', hours: 4 },
          { plan: 'Mission Critical Support Plan', hours: 1 },
        ]
      : [{ plan: 'Standard', hours: 48 }],
  };
  return { ...base, articles: policyArticles(base, catalog.company) };
}
