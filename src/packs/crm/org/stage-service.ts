/**
 * Stage 8: service cases. A case's month follows the case seasonality; its
 * product follows the products' defect rates (and spike months) among items
 * delivered in the previous year; its customer follows complaint habits; its
 * issue follows the product's issue profile. The first owner transfers it with
 * a probability that falls with their skill, and the final owner's skill and
 * the customer's region set how long it takes to close.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, HOUR, fmtDate, fmtDateTime, fmtMonth, wholeSeconds } from './calendar.js';
import { writeCaseCommunications } from './case-communications.js';
import type { ServiceAgentLatent } from './crm-latent.js';
import type { GenContext } from './gen-context.js';
import { scaled } from './gen-context.js';
import type { OrderLedger, SoldItem } from './order-ledger.js';
import { cumulative, logNormal, pickCumulative, weightedIndex } from './sampling.js';
import type { CatalogRefs, IssueRef } from './stage-catalog.js';
import type { StaffRefs } from './stage-staff.js';
import { caseDescription, caseSubject } from './texts-case.js';
import { STATES } from './vocabulary.js';

interface ProductIndex {
  items: SoldItem[];
  times: number[];
  habitCum: number[];
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;
const ORIGINS = ['Email', 'Chat', 'Phone', 'Web'] as const;

/** Lower bound: first index whose time is ≥ t. */
function lowerBound(times: number[], t: number): number {
  let lo = 0;
  let hi = times.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((times[mid] ?? 0) < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Writes Case, CaseHistory__c, LiveChatTranscript and EmailMessage records. */
export function generateService(ctx: GenContext, staff: StaffRefs, catalog: CatalogRefs, ledger: OrderLedger): void {
  const rng = ctx.rng('service');
  const { latent } = ctx;
  latent.regions = STATES.map((s) => ({ state: s.code, caseSpeed: round3(logNormal(rng, 0.22)) }));
  const regionSpeed = new Map(latent.regions.map((r) => [r.state, r.caseSpeed]));
  const productLatent = new Map(latent.products.map((p) => [p.productId, p]));
  const issues = new Map(catalog.issues.map((i) => [i.id, i]));
  const issueText = new Map(ctx.catalog.issues.map((i) => [i.name, i.description]));
  const agents = staff.service.map((u) => ({ user: u, latent: latent.serviceAgents.find((a) => a.userId === u.id)! }));

  const byProduct = new Map<string, ProductIndex>();
  const sorted = [...ledger.items].map((it, i) => ({ it, i })).sort((a, b) => a.it.deliveredMs - b.it.deliveredMs || a.i - b.i);
  for (const { it } of sorted) {
    const idx = byProduct.get(it.product.id) ?? { items: [], times: [], habitCum: [] };
    const prev = idx.habitCum[idx.habitCum.length - 1] ?? 0;
    idx.items.push(it);
    idx.times.push(it.deliveredMs);
    idx.habitCum.push(prev + it.account.habit);
    byProduct.set(it.product.id, idx);
  }
  const products = catalog.products.filter((p) => byProduct.has(p.id));
  const monthCum = cumulative(ctx.months.map((m, i) => (latent.seasonality.caseMonthWeights[new Date(m).getUTCMonth()] ?? 1) * (0.8 + i / 48)));
  const skillOf = (a: ServiceAgentLatent, issueId: string, family: string): number =>
    0.7 * (a.issueSkill[issueId] ?? 0.5) + 0.3 * (a.familySkill[family] ?? 0.5);

  const planHours = new Map(ctx.policies.supportResponseHours.map((h) => [h.plan, h.hours]));
  const defaultHours = ctx.policies.supportResponseHours[0]?.hours ?? 24;
  const plans = ledger.items.filter((it) => planHours.has(it.product.name));
  const entitledHours = (accountId: string, atMs: number): number =>
    Math.min(defaultHours, ...plans.filter((p) => p.account.id === accountId && p.deliveredMs <= atMs).map((p) => planHours.get(p.product.name) ?? defaultHours));
  const n = scaled(ctx, ctx.sizes.cases, 30);
  const history = { count: 0 };
  let written = 0;
  for (let attempt = 0; written < n && attempt < n * 4; attempt++) {
    const monthStart = ctx.months[pickCumulative(rng, monthCum)] ?? ctx.startMs;
    const createdMs = wholeSeconds(monthStart + rng.next() * 30 * DAY);
    if (createdMs >= ctx.todayMs || fmtMonth(createdMs) !== fmtMonth(monthStart)) continue;
    const month = fmtMonth(createdMs);
    const weights = products.map((p) => {
      const idx = byProduct.get(p.id)!;
      const recent = lowerBound(idx.times, createdMs) - lowerBound(idx.times, createdMs - 365 * DAY);
      const pl = productLatent.get(p.id);
      return recent * (pl?.defectRate ?? 1) * (pl?.spikeMonth === month ? 10 : 1);
    });
    if (!weights.some((w) => w > 0)) continue;
    const product = products[weightedIndex(rng, weights)]!;
    const idx = byProduct.get(product.id)!;
    const lo = lowerBound(idx.times, createdMs - 365 * DAY);
    const hi = lowerBound(idx.times, createdMs);
    const base = lo > 0 ? idx.habitCum[lo - 1]! : 0;
    const span = (idx.habitCum[hi - 1] ?? 0) - base;
    let k = lo;
    const r = base + rng.next() * span;
    while (k < hi - 1 && idx.habitCum[k]! <= r) k++;
    const item = idx.items[k]!;
    const profile = productLatent.get(product.id)?.issueProfile ?? {};
    const issueIds = Object.keys(profile);
    const issue: IssueRef = issues.get(issueIds[weightedIndex(rng, issueIds.map((id) => profile[id] ?? 0))] ?? '') ?? catalog.issues[0]!;

    const contact = rng.pick(item.account.contacts);
    const origin = ORIGINS[weightedIndex(rng, ctx.org === 'b2b' ? [40, 15, 25, 20] : [22, 48, 20, 10])]!;
    const priority = ['Low', 'Medium', 'High', 'Critical'][weightedIndex(rng, [25, 45, 22, 8])]!;
    const owners = [rng.pick(agents)];
    for (let t = 0; t < 3; t++) {
      const cur = owners[owners.length - 1]!;
      const s = skillOf(cur.latent, issue.id, product.family);
      if (rng.next() >= 0.05 + 0.6 * (1 - s) ** 2) break;
      const others = agents.filter((a) => a !== cur);
      owners.push(others[weightedIndex(rng, others.map((a) => skillOf(a.latent, issue.id, product.family) ** 3))]!);
    }
    const final = owners[owners.length - 1]!;
    const sFinal = skillOf(final.latent, issue.id, product.family);
    const urgency = priority === 'Critical' ? 0.6 : priority === 'High' ? 0.8 : 1;
    // The final owner's skill dominates handle time (a 5x spread from worst to best), so it is findable in the data.
    let hours = issue.baseHandleHours * (1.9 - 1.6 * sFinal) * (regionSpeed.get(item.account.state) ?? 1) * logNormal(rng, 0.3) * urgency;
    hours += (owners.length - 1) * (1 + rng.next() * 5);
    if (rng.next() < 0.03) hours *= 3 + rng.next() * 5; // customer goes quiet
    const closedMs = wholeSeconds(createdMs + hours * HOUR);
    // Recent cases form a backlog: the younger the case, the likelier it is still open.
    const ageDays = (ctx.todayMs - createdMs) / DAY;
    const closed = closedMs <= ctx.todayMs && rng.next() >= 0.8 * Math.max(0, 1 - ageDays / 30);
    const escalated = (priority === 'High' || priority === 'Critical') && hours > 2 * issue.baseHandleHours;
    const status = closed ? 'Closed' : ctx.todayMs - createdMs < DAY ? 'New' : escalated ? 'Escalated' : rng.next() < 0.6 ? 'Working' : 'Waiting on Customer';
    const caseNumber = String(1000 + written).padStart(8, '0');
    const deliveredDate = fmtDate(item.deliveredMs);
    const isEscalated = escalated && (closed || status === 'Escalated');
    const row = ctx.records.insert('Case', {
      CaseNumber: caseNumber, Subject: caseSubject(rng, issue.name, product.name),
      Description: caseDescription(rng, { issue: issue.name, issueDescription: issueText.get(issue.name) ?? '', product: product.name, deliveredDate, b2b: ctx.org === 'b2b' }),
      Status: status, Priority: priority, Origin: origin, IsClosed: closed, IsEscalated: isEscalated,
      AccountId: item.account.id, ContactId: contact.id, OwnerId: final.user.id, IssueId__c: issue.id, OrderItemId__c: item.id,
      CreatedDate: fmtDateTime(createdMs), ClosedDate: closed ? fmtDateTime(closedMs) : null,
    });
    writeHistory(ctx, rng, history, row.Id, createdMs, closed ? closedMs : null, owners.map((o) => o.user.id), isEscalated, hours);
    writeCaseCommunications(ctx, rng, {
      caseId: row.Id, caseNumber, subject: String(row.Subject), description: String(row.Description), origin, createdMs,
      closedMs: closed ? closedMs : null, hours, item, contact, product, issue,
      firstOwner: owners[0]!, finalOwner: final, entitledHours: entitledHours(item.account.id, createdMs),
    });
    written++;
  }
}

function writeHistory(
  ctx: GenContext, rng: Rng, history: { count: number }, caseId: string, createdMs: number, closedMs: number | null,
  owners: string[], escalated: boolean, hours: number,
): void {
  const add = (field: string, oldValue: string | null, newValue: string | null, atMs: number): void => {
    ctx.records.insert('CaseHistory__c', {
      Name: `CH-${String(++history.count).padStart(7, '0')}`, CaseId__c: caseId, Field__c: field,
      OldValue__c: oldValue, NewValue__c: newValue, CreatedDate: fmtDateTime(wholeSeconds(atMs)),
    });
  };
  const end = closedMs ?? Math.min(ctx.todayMs, createdMs + hours * HOUR);
  add('Case Creation', null, null, createdMs);
  add('Owner Assignment', null, owners[0] ?? null, createdMs + (1 + rng.int(20)) * 60_000);
  for (let i = 1; i < owners.length; i++) {
    const at = createdMs + ((end - createdMs) * i) / (owners.length + 1);
    add('Owner Assignment', owners[i - 1] ?? null, owners[i] ?? null, Math.max(createdMs + 30 * 60_000, at));
  }
  if (escalated) add('Status Change', 'Working', 'Escalated', createdMs + (end - createdMs) * 0.4);
  if (closedMs !== null) add('Case Closed', null, null, closedMs);
}
