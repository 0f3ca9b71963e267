/**
 * Stage 7: orders outside the pipeline. B2C customers buy online (many small
 * orders, owned by the integration user, peaking with the sales seasonality);
 * B2B customers reorder accessories, licenses and spare units directly. Each
 * customer's hidden purchase rate sets how often they buy.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY } from './calendar.js';
import type { DealLine } from './deal-lines.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import type { OrderLedger } from './order-ledger.js';
import { cumulative, logNormal, pickCumulative } from './sampling.js';
import type { CatalogRefs, ProductRef } from './stage-catalog.js';
import type { CustomerBook } from './stage-customers.js';
import type { StaffRefs } from './stage-staff.js';

/** Writes the B2C web orders or the B2B reorders. */
export function generateDirectOrders(ctx: GenContext, staff: StaffRefs, book: CustomerBook, catalog: CatalogRefs, ledger: OrderLedger): void {
  const rng = ctx.rng('orders');
  const b2c = ctx.org === 'b2c';
  const n = b2c ? scaled(ctx, ctx.sizes.retailOrders, 20) : scaled(ctx, ctx.sizes.reorders, 5);
  const accountCum = cumulative(book.accounts.map((a) => a.purchaseRate));
  const monthCum = cumulative(ctx.months.map((m, i) => (ctx.latent.seasonality.salesMonthWeights[new Date(m).getUTCMonth()] ?? 1) * (0.75 + i / 48)));
  const { products } = catalog;
  const popularity = products.map(() => logNormal(rng, 0.6));
  const pool = (pred: (p: ProductRef) => boolean): { items: ProductRef[]; cum: number[] } => {
    const items = products.filter(pred);
    return { items, cum: cumulative(items.map((p) => popularity[products.indexOf(p)] ?? 1)) };
  };
  const plans = ctx.policies.singleTierFamilies;
  const main = b2c
    ? pool((p) => !plans.includes(p.family))
    : pool((p) => p.family === 'Accessories' || p.family === 'Cloud Licenses' || p.kind === 'device');
  const planPool = pool((p) => plans.includes(p.family));
  for (let i = 0; i < n; i++) {
    const account = book.accounts[pickCumulative(rng, accountCum)]!;
    let effectiveMs = (ctx.months[pickCumulative(rng, monthCum)] ?? ctx.startMs) + rng.int(28) * DAY;
    if (effectiveMs < account.createdMs) effectiveMs = account.createdMs + rng.int(Math.max(1, Math.floor((ctx.todayMs - account.createdMs) / DAY))) * DAY;
    if (effectiveMs > ctx.todayMs) continue;
    const lines = orderLines(rng, b2c, main, planPool);
    const ageDays = (ctx.todayMs - effectiveMs) / DAY;
    const status = !b2c ? 'Activated' : rng.next() < 0.02 ? 'Cancelled' : ageDays < 3 ? 'Activated' : ageDays < 8 ? 'Shipped' : 'Delivered';
    ledger.writeOrder(ctx, {
      account, ownerId: b2c ? staff.integration.id : account.ownerId, contractId: null, opportunityId: null,
      pricebookId: catalog.standardPricebookId, effectiveMs, lines, number: ledger.nextOrderNumber++, status,
    });
  }
}

function orderLines(rng: Rng, b2c: boolean, main: { items: ProductRef[]; cum: number[] }, plans: { items: ProductRef[]; cum: number[] }): DealLine[] {
  const count = 1 + (rng.next() < 0.3 ? 1 : 0) + (rng.next() < 0.1 ? 1 : 0);
  const chosen: ProductRef[] = [];
  for (let i = 0; i < count; i++) {
    const p = main.items[pickCumulative(rng, main.cum)]!;
    if (!chosen.includes(p)) chosen.push(p);
  }
  const lines: DealLine[] = chosen.map((p) => ({
    product: p,
    quantity: b2c ? (rng.next() < 0.1 ? 2 : 1) : p.family === 'Cloud Licenses' ? 5 + rng.int(60) : 1 + rng.int(8),
    discount: 0,
  }));
  if (b2c && rng.next() < 0.15 && chosen.some((p) => p.kind === 'device' || p.kind === 'appliance')) {
    lines.push({ product: plans.items[pickCumulative(rng, plans.cum)]!, quantity: 1, discount: 0 });
  }
  return lines;
}
