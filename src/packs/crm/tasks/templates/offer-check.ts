/**
 * Reads what a service agent offered in a chat or e-mail reply, or what a
 * sales rep offered on a negotiation call, and judges it against the org's
 * policies. It is the gold of policy_violation_identification: it decides
 * from the text and the records (delivery date, warranty, support plans, the
 * rep's title) alone, never from the generator's record of what it planted.
 * A case too close to a threshold to call from whole days is reported as
 * `ambiguous`, and templates skip it.
 */
import type { CrmPolicies, PolicyKey } from '../../org/policies.js';

const DAY_MS = 86_400_000;
/** Days per month in warranty arithmetic. */
const DAYS_PER_MONTH = 30.4;

/** What an agent offered, as read from their message. */
export type Offer =
  | { kind: 'refund'; amount: number }
  | { kind: 'license-refund'; amount: number }
  | { kind: 'credit'; amount: number }
  | { kind: 'response-time'; hours: number }
  | { kind: 'replace-free' }
  | { kind: 'discount'; percent: number }
  | { kind: 'other' };

const PATTERNS: readonly [RegExp, (m: RegExpExecArray) => Offer][] = [
  [/issued a full refund of \$([\d,.]+)/, (m) => ({ kind: 'refund', amount: money(m[1]) })],
  [/processed a refund of \$([\d,.]+) for the license/, (m) => ({ kind: 'license-refund', amount: money(m[1]) })],
  [/added a credit of \$([\d,.]+)/, (m) => ({ kind: 'credit', amount: money(m[1]) })],
  [/get back to you within (\d+) hours?/, (m) => ({ kind: 'response-time', hours: Number(m[1]) })],
  [/arranged a replacement .+? for you free of charge/, () => ({ kind: 'replace-free' })],
  [/offer you (\d+(?:\.\d+)?)% off/, (m) => ({ kind: 'discount', percent: Number(m[1]) })],
];

function money(text: string | undefined): number {
  return Number((text ?? '').replace(/,/g, '').replace(/\.$/, ''));
}

/** The offer a message makes; `other` when it makes none a policy limits (troubleshooting, a paid repair, a refusal). */
export function readOffer(text: string): Offer {
  for (const [pattern, make] of PATTERNS) {
    const m = pattern.exec(text);
    if (m) return make(m);
  }
  return { kind: 'other' };
}

/** The facts of a case a service offer is judged by. */
export interface CaseFacts {
  issue: string;
  /** Case.CreatedDate. */
  created: string;
  /** The delivery date of the case's order (`YYYY-MM-DD`). */
  delivered: string;
  warrantyMonths: number;
  /** Response hours the account's support plans entitle it to when the case was opened, or null when that cannot be told by the day. */
  entitledHours: number | null;
}

/** The verdict on an offer. */
export type Verdict = { status: 'ok' } | { status: 'violation'; policy: PolicyKey } | { status: 'ambiguous' };

const OK: Verdict = { status: 'ok' };
const AMBIGUOUS: Verdict = { status: 'ambiguous' };
const breach = (policy: PolicyKey): Verdict => ({ status: 'violation', policy });

/** Whole days from delivery to the day the case was opened. */
function daysSince(facts: CaseFacts): number {
  return Math.floor((Date.parse(facts.created) - Date.parse(`${facts.delivered}T00:00:00Z`)) / DAY_MS);
}

/** Judges a service agent's offer on a case. */
export function judgeServiceOffer(offer: Offer, facts: CaseFacts, policies: CrmPolicies): Verdict {
  const days = daysSince(facts);
  const near = (limit: number, slack = 1): boolean => Math.abs(days - limit) <= slack;
  switch (offer.kind) {
    case 'refund': {
      if (facts.issue === 'Double charge on card') return OK;
      const limit = policies.refund.returnWindowDays;
      if (near(limit)) return AMBIGUOUS;
      return days > limit ? breach('refund-returns') : OK;
    }
    case 'license-refund': {
      const limit = policies.refund.licenseRefundDays;
      if (near(limit)) return AMBIGUOUS;
      return days > limit ? breach('refund-returns') : OK;
    }
    case 'credit':
      return offer.amount > policies.refund.maxGoodwillCredit ? breach('goodwill-credit') : OK;
    case 'response-time':
      if (facts.entitledHours === null) return AMBIGUOUS;
      return offer.hours < facts.entitledHours ? breach('support-sla') : OK;
    case 'replace-free': {
      if (facts.issue === 'Water damage') return breach('warranty-coverage');
      if (facts.warrantyMonths <= 0) return breach('warranty-coverage');
      const limitDays = facts.warrantyMonths * DAYS_PER_MONTH;
      if (Math.abs(days - limitDays) <= 2) return AMBIGUOUS;
      return days >= limitDays ? breach('warranty-coverage') : OK;
    }
    default:
      return OK;
  }
}

/** Judges a rep's discount offer on a call by the limit of their title. */
export function judgeDiscountOffer(offer: Offer, title: string, policies: CrmPolicies): Verdict {
  if (offer.kind !== 'discount') return OK;
  const limit = policies.discountApproval.find((r) => r.title === title)?.maxDiscountPercent;
  if (limit === undefined) return AMBIGUOUS;
  return offer.percent > limit ? breach('discount-approval') : OK;
}

/** The warranty in months a product's catalog description states ("Backed by a 24-month warranty"), 0 when none. */
export function warrantyMonthsOf(description: string | null): number {
  const m = /(\d+)-month warranty/.exec(description ?? '');
  return m ? Number(m[1]) : 0;
}
