/**
 * Writes a quote and its lines for an opportunity that reached the Quote
 * stage. Its status follows the deal's fate and whether the largest discount
 * needs a manager. A few quotes on open deals are planted with a configuration
 * error, and a few approved ones with a discount above the hard cap (a policy
 * violation); both are recorded in the latent so templates can find them.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, fmtDate, fmtDateTime, officeTime } from './calendar.js';
import { lineTotal, quantityLimit, type DealLine } from './deal-lines.js';
import type { GenContext } from './gen-context.js';
import { cents } from './sampling.js';
import type { ProductRef } from './stage-catalog.js';

/** What the quote writer needs to know about the deal. */
export interface QuoteInput {
  opportunityId: string;
  opportunityName: string;
  accountId: string;
  contactId: string;
  ownerId: string;
  pricebookId: string;
  /** The deal's lines with their OpportunityLineItem Ids. */
  lines: (DealLine & { oliId: string })[];
  createdMs: number;
  fate: 'open-quote' | 'open-negotiation' | 'won' | 'lost';
  /** Line discount the owner may approve alone. */
  ownerLimit: number;
}

/** Writes Quote and QuoteLineItem rows; returns the quote Id and its largest line discount. */
export function writeQuote(ctx: GenContext, rng: Rng, q: QuoteInput, products: ProductRef[], quoteNumber: number): { id: string; maxDiscount: number } {
  const { policies, latent } = ctx;
  let lines: (DealLine & { oliId: string | null })[] = q.lines.map((l) => ({ ...l }));
  let plantedRule: { rule: string; detail: string } | null = null;
  // Invalid configurations are caught before a deal is won: they sit in open deals or got the quote rejected.
  const plantP = q.fate === 'open-quote' || q.fate === 'open-negotiation' ? 0.25 : q.fate === 'lost' ? 0.1 : 0;
  if (rng.next() < plantP) {
    const planted = plantConfigError(ctx, rng, lines, products);
    lines = planted.lines;
    plantedRule = planted;
  }
  const maxDiscount = Math.max(0, ...lines.map((l) => l.discount));
  let status: string;
  switch (q.fate) {
    case 'open-quote':
      status = plantedRule || maxDiscount > q.ownerLimit ? rng.pick(['Needs Review', 'In Review', 'Draft']) : rng.pick(['Draft', 'Presented']);
      break;
    case 'open-negotiation':
      status = plantedRule ? 'Needs Review' : maxDiscount > q.ownerLimit && rng.next() < 0.5 ? 'In Review' : rng.pick(['Approved', 'Presented']);
      break;
    case 'won':
      status = 'Accepted';
      break;
    default:
      status = plantedRule ? 'Rejected' : rng.next() < 0.7 ? 'Denied' : 'Rejected';
  }
  let violation: string | null = null;
  if ((status === 'Approved' || status === 'Accepted' || status === 'Presented') && !plantedRule && rng.next() < 0.04) {
    const target = lines.reduce((a, b) => (b.product.entryPrice * b.quantity > a.product.entryPrice * a.quantity ? b : a));
    target.discount = policies.hardDiscountCapPercent + 2 + rng.int(11);
    violation = `line discount of ${target.discount}% on ${target.product.name} exceeds the ${policies.hardDiscountCapPercent}% cap`;
  }
  const subtotal = cents(lines.reduce((s, l) => s + l.quantity * l.product.entryPrice, 0));
  const total = cents(lines.reduce((s, l) => s + lineTotal(l), 0));
  const quote = ctx.records.insert('Quote', {
    Name: `${q.opportunityName} Quote`, QuoteNumber: String(quoteNumber).padStart(8, '0'),
    OpportunityId: q.opportunityId, AccountId: q.accountId, ContactId: q.contactId, CreatedById: q.ownerId,
    Pricebook2Id: q.pricebookId, Status: status, Subtotal: subtotal,
    Discount: subtotal > 0 ? Math.round((1 - total / subtotal) * 10000) / 100 : 0, TotalPrice: total,
    ExpirationDate: fmtDate(q.createdMs + 30 * DAY),
    Description: `Quote for ${lines.map((l) => `${l.quantity} x ${l.product.name}`).join(', ')}.`,
    CreatedDate: fmtDateTime(officeTime(q.createdMs, rng)),
  });
  for (const l of lines) {
    ctx.records.insert('QuoteLineItem', {
      QuoteId: quote.Id, OpportunityLineItemId: l.oliId, PricebookEntryId: l.product.entryId, Product2Id: l.product.id,
      Quantity: l.quantity, UnitPrice: l.product.entryPrice, Discount: l.discount, TotalPrice: lineTotal(l),
    });
  }
  if (plantedRule) latent.invalidQuotes.push({ quoteId: quote.Id, rule: plantedRule.rule, detail: plantedRule.detail });
  if (violation) {
    latent.policyViolations.push({
      object: 'Quote', recordId: quote.Id, parentId: q.opportunityId, policyKey: 'discount-approval',
      articleId: latent.policyArticleIds['discount-approval'] ?? '', detail: violation,
    });
  }
  return { id: quote.Id, maxDiscount: Math.max(0, ...lines.map((l) => l.discount)) };
}

type Line = DealLine & { oliId: string | null };

function plantConfigError(ctx: GenContext, rng: Rng, lines: Line[], products: ProductRef[]): { lines: Line[]; rule: string; detail: string } {
  const { policies } = ctx;
  const rule = rng.pick(['addon-requires-base', 'single-plan-tier', 'quantity-limit'] as const);
  const inFamilies = (fams: string[]) => products.filter((p) => fams.includes(p.family));
  if (rule === 'addon-requires-base') {
    const addons = lines.filter((l) => policies.addonFamilies.includes(l.product.family));
    const kept = addons.length > 0 ? addons : [{ product: rng.pick(inFamilies(policies.addonFamilies)), quantity: 1, discount: 0, oliId: null }];
    return { lines: kept, rule, detail: `only add-on products (${kept.map((l) => l.product.family).join(', ')}) with no base product` };
  }
  if (rule === 'single-plan-tier') {
    const tiers = inFamilies(policies.singleTierFamilies);
    const present = lines.filter((l) => policies.singleTierFamilies.includes(l.product.family)).map((l) => l.product);
    const extra = tiers.filter((p) => !present.includes(p));
    const added: Line[] = (present.length === 0 ? rng.shuffle(extra).slice(0, 2) : [rng.pick(extra)])
      .map((p) => ({ product: p, quantity: 1, discount: 0, oliId: null }));
    const names = [...present, ...added.map((l) => l.product)].map((p) => p.name);
    return { lines: [...lines, ...added], rule, detail: `more than one plan tier: ${names.join(' and ')}` };
  }
  const target = rng.pick(lines);
  const limit = quantityLimit(ctx, target.product);
  target.quantity = limit + 1 + rng.int(Math.max(1, Math.floor(limit / 2)));
  return { lines, rule, detail: `${target.quantity} x ${target.product.name} exceeds the per-line limit of ${limit}` };
}
