/**
 * The product lines of a deal: which products an opportunity contains, in
 * what quantities, at what discounts. Ordinary deals always satisfy the
 * configuration rules (add-ons only beside a base product, one plan tier,
 * quantities within limits); only the quote stage breaks them, on purpose.
 */
import type { Rng } from '../../../util/rng.js';
import type { SalesAgentLatent } from './crm-latent.js';
import type { GenContext } from './gen-context.js';
import { cents, gaussian } from './sampling.js';
import type { ProductRef } from './stage-catalog.js';

/** One line of a deal. */
export interface DealLine {
  product: ProductRef;
  quantity: number;
  /** Percent off list price. */
  discount: number;
}

/** Per-line total after discount. */
export function lineTotal(l: DealLine): number {
  return cents(l.quantity * l.product.entryPrice * (1 - l.discount / 100));
}

/** The per-line quantity limit of a product under the org's policy. */
export function quantityLimit(ctx: GenContext, p: ProductRef): number {
  return ctx.policies.quantityLimits.find((q) => q.family === p.family)?.maxQuantityPerLine ?? 100;
}

const B2B_QTY: Record<string, [number, number]> = {
  Switches: [2, 40], Wireless: [4, 120], 'Security Appliances': [1, 8], 'Cloud Licenses': [10, 400],
  'Support Plans': [1, 1], 'Professional Services': [1, 3], Accessories: [2, 60],
};

function quantity(ctx: GenContext, rng: Rng, p: ProductRef, dealSize: number): number {
  const limit = quantityLimit(ctx, p);
  if (ctx.org === 'b2c') return Math.min(limit, 1 + (rng.next() < 0.3 ? rng.int(3) : 0));
  const [lo, hi] = B2B_QTY[p.family] ?? [1, 10];
  const q = Math.round((lo + Math.pow(rng.next(), 1.5) * (hi - lo)) * dealSize);
  return Math.max(1, Math.min(limit, q));
}

function discount(rng: Rng, agent: SalesAgentLatent | undefined, p: ProductRef, cap: number): number {
  if (p.kind === 'service' && rng.next() < 0.7) return 0;
  const habit = agent?.discountHabit ?? 5;
  const d = habit + 3 * gaussian(rng);
  return Math.max(0, Math.min(cap, Math.round(d * 2) / 2));
}

/** Chooses the lines of a new deal for a sales agent; products are drawn from active catalog items. */
export function chooseDealLines(ctx: GenContext, rng: Rng, products: ProductRef[], agent: SalesAgentLatent | undefined): DealLine[] {
  const { policies } = ctx;
  const pool = (families: string[]): ProductRef[] => products.filter((p) => families.includes(p.family));
  const base = pool(policies.baseFamilies);
  const chosen: ProductRef[] = [];
  const nBase = ctx.org === 'b2b' ? 1 + (rng.next() < 0.35 ? 1 : 0) : 1 + rng.int(3);
  for (let i = 0; i < nBase; i++) {
    const p = rng.pick(base);
    if (!chosen.includes(p)) chosen.push(p);
  }
  for (const fam of policies.addonFamilies) {
    if (rng.next() < (policies.singleTierFamilies.includes(fam) ? 0.35 : 0.45)) chosen.push(rng.pick(pool([fam])));
  }
  if (rng.next() < 0.3) chosen.push(rng.pick(pool(['Accessories'])));
  if (ctx.org === 'b2b' && rng.next() < 0.15) chosen.push(rng.pick(pool(['Professional Services'])));
  const dealSize = agent?.dealSize ?? 1;
  // Keep at most one product of each single-tier family, so valid deals stay valid.
  const seen = new Set<string>();
  const lines: DealLine[] = [];
  for (const p of chosen) {
    if (policies.singleTierFamilies.includes(p.family)) {
      if (seen.has(p.family)) continue;
      seen.add(p.family);
    }
    lines.push({ product: p, quantity: quantity(ctx, rng, p, dealSize), discount: discount(rng, agent, p, 25) });
  }
  return lines;
}
