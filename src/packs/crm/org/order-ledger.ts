/**
 * Writes orders and remembers every delivered order line, because service
 * cases hang off order items: a case can only be about something a customer
 * actually received, and only after it arrived.
 */
import { fmtDate } from './calendar.js';
import type { DealLine } from './deal-lines.js';
import type { GenContext } from './gen-context.js';
import { cents } from './sampling.js';
import type { ProductRef } from './stage-catalog.js';
import type { AccountRef } from './stage-customers.js';

/** A delivered order line a case may refer to. */
export interface SoldItem {
  id: string;
  product: ProductRef;
  account: AccountRef;
  deliveredMs: number;
}

/** An order to write. */
export interface OrderInput {
  account: AccountRef;
  ownerId: string;
  contractId: string | null;
  opportunityId: string | null;
  pricebookId: string;
  effectiveMs: number;
  lines: DealLine[];
  number: number;
  /** Defaults to Draft for future orders and Activated otherwise. */
  status?: string;
}

/** Orders written so far and their delivered items. */
export class OrderLedger {
  readonly items: SoldItem[] = [];
  nextOrderNumber = 100;

  /** Writes an Order with its OrderItems; delivered items join `items`. */
  writeOrder(ctx: GenContext, o: OrderInput): string {
    const status = o.status ?? (o.effectiveMs > ctx.todayMs ? 'Draft' : 'Activated');
    const priced = o.lines.map((l) => {
      const unit = cents(l.product.entryPrice * (1 - l.discount / 100));
      return { line: l, unit, total: cents(unit * l.quantity) };
    });
    const total = cents(priced.reduce((s, p) => s + p.total, 0));
    const order = ctx.records.insert('Order', {
      OrderNumber: String(o.number).padStart(8, '0'), AccountId: o.account.id, ContractId: o.contractId,
      OpportunityId: o.opportunityId, Pricebook2Id: o.pricebookId, OwnerId: o.ownerId, Status: status,
      EffectiveDate: fmtDate(o.effectiveMs), TotalAmount: total,
    });
    const delivered = status !== 'Draft' && status !== 'Cancelled';
    for (const { line: l, unit, total: lineSum } of priced) {
      const item = ctx.records.insert('OrderItem', {
        OrderId: order.Id, PricebookEntryId: l.product.entryId, Product2Id: l.product.id, Quantity: l.quantity,
        UnitPrice: unit, TotalPrice: lineSum,
      });
      if (delivered) this.items.push({ id: item.Id, product: l.product, account: o.account, deliveredMs: o.effectiveMs });
    }
    return order.Id;
  }
}
