/**
 * Stage 6: the sales pipeline. Every converted lead (in B2B; some in B2C) and
 * a number of repeat deals become opportunities. Each walks the stages with
 * durations scaled by its owner's hidden cycle speed, and is won with the
 * owner's hidden win rate times the territory's factor. Deals reaching the
 * Quote stage get a quote; won deals get a contract and an order.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, fmtDate, fmtDateTime, officeTime } from './calendar.js';
import type { SalesAgentLatent } from './crm-latent.js';
import { chooseDealLines, lineTotal, type DealLine } from './deal-lines.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import { writeQuote } from './quote-writer.js';
import { cents, cumulative, logNormal, pickCumulative } from './sampling.js';
import type { CatalogRefs } from './stage-catalog.js';
import type { AccountRef, ContactRef, CustomerBook } from './stage-customers.js';
import type { Conversion } from './stage-leads.js';
import type { OrderLedger } from './order-ledger.js';
import type { StaffRefs } from './stage-staff.js';
import type { Row } from './org-records.js';

/** The open stages in order; a deal closes after the last. */
export const OPEN_STAGES = ['Qualification', 'Discovery', 'Quote', 'Negotiation'] as const;
const STAGE_DAYS = [9, 16, 12, 15];
const PROBABILITY: Record<string, number> = {
  Qualification: 10, Discovery: 25, Quote: 50, Negotiation: 75, 'Closed Won': 100, 'Closed Lost': 0,
};
const PURPOSES = ['Expansion', 'Refresh', 'Rollout', 'Upgrade', 'Deployment', 'Renewal'];

/** An opportunity as the activity stage needs it. */
export interface OpportunityRef {
  id: string;
  row: Row;
  name: string;
  account: AccountRef;
  contact: ContactRef;
  ownerId: string;
  agent: SalesAgentLatent | undefined;
  createdMs: number;
  /** Start of each stage reached, in OPEN_STAGES order. */
  stageStarts: number[];
  closeMs: number;
  outcome: 'won' | 'lost' | 'open';
  /** The stage as of today (for open deals) or the closing stage. */
  stage: string;
  lines: DealLine[];
  quoteMaxDiscount: number | null;
}

/** Writes opportunities, their lines, quotes, contracts and orders. */
export function generateSales(
  ctx: GenContext, staff: StaffRefs, book: CustomerBook, catalog: CatalogRefs, conversions: Conversion[], ledger: OrderLedger,
): OpportunityRef[] {
  const rng = ctx.rng('sales');
  const agents = new Map(ctx.latent.salesAgents.map((a) => [a.userId, a]));
  const terrWin = new Map(ctx.latent.territories.map((t) => [t.territoryId, t.winRateFactor]));
  const limitOf = (title: string): number =>
    ctx.policies.discountApproval.find((r) => r.title === title)?.maxDiscountPercent ?? 10;
  const titleOf = new Map([...staff.reps, ...staff.salesManagers].map((u) => [u.id, u.title]));
  const counters = { quote: 1000, contract: 100, order: ledger.nextOrderNumber };
  const opps: OpportunityRef[] = [];

  const open = (account: AccountRef, createdMs: number, type: string, source: string | null): OpportunityRef => {
    const ownerId = account.ownerId;
    const agent = agents.get(ownerId);
    const territory = staff.territoryOfState.get(account.state);
    const lines = chooseDealLines(ctx, rng, catalog.products, agent);
    const main = lines[0]!.product;
    const name = ctx.org === 'b2b'
      ? `${account.name} - ${main.family} ${type === 'Renewal' ? 'Renewal' : rng.pick(PURPOSES)}`
      : `${account.name} - ${main.name}`;
    const winP = Math.min(0.92, (agent?.winRate ?? 0.4) * (territory ? terrWin.get(territory.id) ?? 1 : 1) * (type === 'New Business' ? 1 : 1.15));
    const won = rng.next() < winP;
    const lostAt = won ? -1 : pickCumulative(rng, cumulative([0.25, 0.3, 0.25, 0.2]));
    const starts: number[] = [];
    let t = createdMs;
    let closeMs = createdMs;
    for (let k = 0; k < OPEN_STAGES.length; k++) {
      starts.push(t);
      t += Math.max(1, Math.round(STAGE_DAYS[k]! * (agent?.cycleSpeed ?? 1) * logNormal(rng, 0.35))) * DAY;
      closeMs = t;
      if (k === lostAt) break;
    }
    const closed = closeMs <= ctx.todayMs;
    const reached = starts.filter((s) => s <= ctx.todayMs).length;
    const stage = closed ? (won ? 'Closed Won' : 'Closed Lost') : OPEN_STAGES[reached - 1] ?? 'Qualification';
    const contact = rng.pick(account.contacts);
    const amount = cents(lines.reduce((s, l) => s + lineTotal(l), 0));
    const row = ctx.records.insert('Opportunity', {
      Name: name, AccountId: account.id, ContactId: contact.id, OwnerId: ownerId, StageName: stage, Amount: amount,
      Probability: PROBABILITY[stage] ?? 0, CloseDate: fmtDate(closeMs), Type: type, LeadSource: source,
      IsClosed: closed, IsWon: closed && won, Pricebook2Id: catalog.standardPricebookId, ContractID__c: null,
      Description: `${ctx.org === 'b2b' ? `${contact.name} (${account.name})` : contact.name} is evaluating ${lines.map((l) => `${l.quantity} x ${l.product.name}`).join(', ')}.`,
      CreatedDate: fmtDateTime(officeTime(createdMs, rng)),
    });
    const withIds = lines.map((l) => ({
      ...l,
      oliId: ctx.records.insert('OpportunityLineItem', {
        OpportunityId: row.Id, PricebookEntryId: l.product.entryId, Product2Id: l.product.id, Quantity: l.quantity,
        UnitPrice: l.product.entryPrice, Discount: l.discount, TotalPrice: lineTotal(l),
      }).Id,
    }));
    const opp: OpportunityRef = {
      id: row.Id, row, name, account, contact, ownerId, agent, createdMs, stageStarts: starts.filter((s) => s <= ctx.todayMs),
      closeMs, outcome: closed ? (won ? 'won' : 'lost') : 'open', stage, lines, quoteMaxDiscount: null,
    };
    const quoteStart = starts[2];
    if (quoteStart !== undefined && quoteStart + DAY <= Math.min(ctx.todayMs, closeMs)) {
      const fate = !closed ? (stage === 'Quote' ? 'open-quote' : 'open-negotiation') : won ? 'won' : 'lost';
      const quote = writeQuote(ctx, rng, {
        opportunityId: row.Id, opportunityName: name, accountId: account.id, contactId: contact.id, ownerId,
        pricebookId: catalog.standardPricebookId, lines: withIds, createdMs: quoteStart + DAY, fate,
        ownerLimit: limitOf(titleOf.get(ownerId) ?? 'Sales Representative'),
      }, catalog.products, counters.quote++);
      opp.quoteMaxDiscount = quote.maxDiscount;
    }
    if (closed && won) closeWon(ctx, rng, opp, catalog.standardPricebookId, counters, ledger);
    opps.push(opp);
    return opp;
  };

  for (const c of conversions) {
    if (ctx.org === 'b2c' && rng.next() > 0.35) continue;
    const opp = open(c.account, c.convertedMs, 'New Business', c.source);
    c.lead.row.ConvertedOpportunityId = opp.id;
  }
  const weights = cumulative(book.accounts.map((a) => a.purchaseRate));
  // The pipeline grows over the window, so recent months hold more deals (and today has open ones).
  const monthCum = cumulative(ctx.months.map((m, i) => (ctx.latent.seasonality.salesMonthWeights[new Date(m).getUTCMonth()] ?? 1) * (0.5 + i / 12)));
  const n = scaled(ctx, ctx.sizes.extraOpportunities, 5);
  for (let i = 0; i < n; i++) {
    const account = book.accounts[pickCumulative(rng, weights)]!;
    const createdMs = Math.max(account.createdMs + 7 * DAY, (ctx.months[pickCumulative(rng, monthCum)] ?? ctx.startMs) + rng.int(28) * DAY);
    if (createdMs >= ctx.todayMs - DAY) continue;
    open(account, createdMs, rng.next() < 0.7 ? 'Existing Business' : 'Renewal', rng.next() < 0.5 ? null : 'Referral');
  }
  ledger.nextOrderNumber = counters.order;
  return opps;
}

function closeWon(
  ctx: GenContext, rng: Rng, opp: OpportunityRef, pricebookId: string,
  counters: { contract: number; order: number }, ledger: OrderLedger,
): void {
  const term = rng.pick([12, 24, 36]);
  const startMs = opp.closeMs + (1 + rng.int(14)) * DAY;
  const endMs = Date.UTC(new Date(startMs).getUTCFullYear(), new Date(startMs).getUTCMonth() + term, new Date(startMs).getUTCDate()) - DAY;
  const status = startMs > ctx.todayMs ? 'In Approval Process' : endMs < ctx.todayMs ? 'Expired' : 'Activated';
  const contract = ctx.records.insert('Contract', {
    ContractNumber: String(counters.contract++).padStart(8, '0'), AccountId: opp.account.id, OwnerId: opp.ownerId,
    Status: status, StartDate: fmtDate(startMs), EndDate: fmtDate(endMs), ContractTerm: term,
    CustomerSignedDate: fmtDate(opp.closeMs - rng.int(3) * DAY), CompanySignedDate: fmtDate(opp.closeMs + rng.int(3) * DAY),
    Description: `${term}-month agreement with ${opp.account.name} covering ${opp.lines.map((l) => l.product.name).join(', ')}.`,
    CreatedDate: fmtDateTime(officeTime(opp.closeMs, rng)),
  });
  opp.row.ContractID__c = contract.Id;
  ledger.writeOrder(ctx, {
    account: opp.account, ownerId: opp.ownerId, contractId: contract.Id, opportunityId: opp.id, pricebookId,
    effectiveMs: startMs, lines: opp.lines, number: counters.order++,
  });
}
