/**
 * Decides what an agent offers at the end of a service conversation, applying
 * the org's policies to the case's facts (days since delivery, warranty,
 * support plan). With a probability scaled by the agent's hidden rule-bending,
 * it instead picks an offer that breaks one policy; the breach is returned so
 * the caller can record it in the latent.
 */
import type { Rng } from '../../../util/rng.js';
import type { GenContext } from './gen-context.js';
import type { PolicyKey } from './policies.js';
import { cents } from './sampling.js';
import type { Resolution } from './texts-conversation.js';

/** The facts of a case that policy decisions depend on. */
export interface CaseFacts {
  issue: string;
  productName: string;
  productKind: string;
  listPrice: number;
  warrantyMonths: number;
  daysSinceDelivery: number;
  /** B2B: response hours the account is entitled to. */
  entitledHours: number;
}

/** An offer, and the policy it breaks if any. */
export interface ResolutionChoice {
  resolution: Resolution;
  violation: { policyKey: PolicyKey; detail: string } | null;
}

const REFUNDISH = new Set(['Refund request', 'Double charge on card', 'Wrong item received']);
const DELIVERYISH = new Set(['Late delivery', 'Arrived damaged', 'Shipment damaged', 'Missing parts', 'Missing components', 'Billing discrepancy']);
const CUSTOMER_DAMAGE = new Set(['Water damage']);

/** Chooses the resolution of one conversation. */
export function chooseResolution(ctx: GenContext, rng: Rng, f: CaseFacts, ruleBending: number): ResolutionChoice {
  const { refund } = ctx.policies;
  const bend = rng.next() < Math.min(0.5, 0.055 * ruleBending);
  const ok = (resolution: Resolution): ResolutionChoice => ({ resolution, violation: null });
  const breach = (resolution: Resolution, policyKey: PolicyKey, detail: string): ResolutionChoice => ({ resolution, violation: { policyKey, detail } });
  const days = Math.floor(f.daysSinceDelivery);
  const months = days / 30.4;
  const b2b = ctx.org === 'b2b';

  if (b2b && f.issue === 'License activation error' && rng.next() < 0.5) {
    const amount = cents(f.listPrice);
    if (days <= refund.licenseRefundDays) return ok({ kind: 'license-refund', amount });
    return bend
      ? breach({ kind: 'license-refund', amount }, 'refund-returns', `license refunded ${days} days after purchase (limit ${refund.licenseRefundDays})`)
      : ok({ kind: 'decline-license-refund', days: refund.licenseRefundDays });
  }
  if (REFUNDISH.has(f.issue)) {
    const amount = cents(f.listPrice);
    if (f.issue === 'Double charge on card' || days <= refund.returnWindowDays) return ok({ kind: 'refund', amount });
    return bend
      ? breach({ kind: 'refund', amount }, 'refund-returns', `full refund ${days} days after delivery (window ${refund.returnWindowDays} days)`)
      : ok({ kind: 'decline-refund', windowDays: refund.returnWindowDays });
  }
  if (DELIVERYISH.has(f.issue)) {
    const max = refund.maxGoodwillCredit;
    if (bend) {
      const amount = Math.round(max * (1.3 + rng.next() * 2.5));
      return breach({ kind: 'credit', amount }, 'goodwill-credit', `goodwill credit of $${amount} exceeds the $${max} limit`);
    }
    if (f.issue.startsWith('Missing') && rng.next() < 0.6) return ok({ kind: 'ship-parts' });
    return ok({ kind: 'credit', amount: Math.max(5, Math.round(max * (0.2 + rng.next() * 0.8))) });
  }
  if (b2b && f.productKind !== 'accessory' && rng.next() < 0.5) {
    const h = f.entitledHours;
    if (bend && h > 1) {
      const promised = h >= 24 ? rng.pick([1, 2, 4]) : 1;
      return breach({ kind: 'response-time', hours: promised }, 'support-sla', `promised a ${promised}-hour response; the account is entitled to ${h} hours`);
    }
    return ok({ kind: 'response-time', hours: h });
  }
  if (f.warrantyMonths > 0 && f.productKind !== 'service' && rng.next() < 0.6) {
    const covered = months < f.warrantyMonths && !CUSTOMER_DAMAGE.has(f.issue);
    if (covered) return ok({ kind: 'replace-free' });
    const why = CUSTOMER_DAMAGE.has(f.issue) ? 'customer-caused damage is never covered' : `${Math.floor(months)} months after delivery, warranty ${f.warrantyMonths} months`;
    return bend
      ? breach({ kind: 'replace-free' }, 'warranty-coverage', `free replacement outside warranty: ${why}`)
      : ok({ kind: 'paid-repair', price: cents(f.listPrice * 0.35), warrantyMonths: f.warrantyMonths });
  }
  return ok({ kind: 'troubleshoot' });
}
