/**
 * One full-size build per org: sizes, integrity at scale, and that each latent
 * variable actually shows in the data an agent can query.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCrmOrg, type CrmOrgBuild } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';
import { badValues, danglingReferences, schemaMismatches } from './crm-checks.js';

const TARGET = { b2b: 29_000, b2c: 54_000 };
const mean = (xs: number[]): number => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);

describe.each(['b2b', 'b2c'] as const)('full %s org', (org) => {
  let build: CrmOrgBuild;
  let db: Database.Database;
  const all = <T>(sql: string, ...params: unknown[]): T[] => db.prepare(sql).all(...params) as T[];
  const one = <T>(sql: string, ...params: unknown[]): T => db.prepare(sql).get(...params) as T;
  beforeAll(() => {
    build = generateCrmOrg({ org, seed: 1 });
    db = new Database(build.image);
  });
  afterAll(() => db.close());

  it(`has about ${TARGET[org]} records (±10%) and passes the integrity checks`, () => {
    expect(build.total).toBeGreaterThan(TARGET[org] * 0.9);
    expect(build.total).toBeLessThan(TARGET[org] * 1.1);
    expect(danglingReferences(db, build.schema)).toEqual([]);
    expect(schemaMismatches(db, build.schema)).toEqual([]);
    expect(badValues(db, build.schema)).toEqual([]);
  });

  it('agent skill per issue drives handle time: the most skilled agent closes faster than the least skilled', () => {
    const top = one<{ i: string }>(`SELECT IssueId__c AS i FROM "Case" WHERE IsClosed = 1 GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`);
    const rows = all<{ o: string; n: number; h: number }>(
      `SELECT OwnerId AS o, count(*) AS n, avg((julianday(ClosedDate) - julianday(CreatedDate)) * 24) AS h
       FROM "Case" WHERE IsClosed = 1 AND IssueId__c = ? GROUP BY 1 HAVING n >= 5`, top.i);
    const skill = new Map(build.latent.serviceAgents.map((a) => [a.userId, a.issueSkill[top.i] ?? 0]));
    rows.sort((a, b) => (skill.get(a.o) ?? 0) - (skill.get(b.o) ?? 0));
    expect(rows.length).toBeGreaterThanOrEqual(4);
    expect(rows[rows.length - 1]!.h).toBeLessThan(rows[0]!.h);
  });

  it('agent skill drives transfers: low-skill agents pass more cases on', () => {
    const rate = new Map(all<{ o: string; r: number }>(
      `SELECT a.NewValue__c AS o, avg((SELECT count(*) FROM CaseHistory__c t WHERE t.CaseId__c = a.CaseId__c AND t.OldValue__c = a.NewValue__c)) AS r
       FROM CaseHistory__c a WHERE a.Field__c = 'Owner Assignment' AND a.OldValue__c IS NULL GROUP BY 1`).map((r) => [r.o, r.r]));
    const agents = build.latent.serviceAgents
      .map((a) => ({ id: a.userId, skill: mean(Object.values(a.issueSkill)) }))
      .sort((a, b) => a.skill - b.skill);
    const k = Math.floor(agents.length / 3);
    const low = mean(agents.slice(0, k).map((a) => rate.get(a.id) ?? 0));
    const high = mean(agents.slice(-k).map((a) => rate.get(a.id) ?? 0));
    expect(high).toBeLessThan(low);
  });

  it('seasonality: the peak month has more cases than the trough month', () => {
    const { peakCaseMonth, troughCaseMonth } = build.latent.seasonality;
    const count = (m: number): number =>
      one<{ n: number }>(`SELECT count(*) AS n FROM "Case" WHERE substr(CreatedDate, 6, 2) = ?`, String(m).padStart(2, '0')).n;
    expect(count(peakCaseMonth)).toBeGreaterThan(1.5 * count(troughCaseMonth));
  });

  it('product defect rates show as cases per item sold', () => {
    const perItem = new Map(all<{ p: string; items: number; cases: number }>(
      `SELECT i.Product2Id AS p, count(DISTINCT i.Id) AS items, count(c.Id) AS cases
       FROM OrderItem i LEFT JOIN "Case" c ON c.OrderItemId__c = i.Id GROUP BY 1 HAVING items >= 15`).map((r) => [r.p, r.cases / r.items]));
    const ranked = build.latent.products.filter((p) => perItem.has(p.productId)).sort((a, b) => a.defectRate - b.defectRate);
    const k = Math.max(2, Math.floor(ranked.length / 4));
    expect(mean(ranked.slice(-k).map((p) => perItem.get(p.productId)!))).toBeGreaterThan(
      mean(ranked.slice(0, k).map((p) => perItem.get(p.productId)!)));
  });

  it('complaint habits show as cases per item bought', () => {
    const perItem = new Map(all<{ a: string; r: number }>(
      `SELECT o.AccountId AS a, count(c.Id) * 1.0 / count(DISTINCT i.Id) AS r FROM "Order" o JOIN OrderItem i ON i.OrderId = o.Id
       LEFT JOIN "Case" c ON c.OrderItemId__c = i.Id GROUP BY 1`).map((r) => [r.a, r.r]));
    const ranked = build.latent.complaintHabit.filter((h) => perItem.has(h.accountId)).sort((a, b) => a.rate - b.rate);
    const k = Math.floor(ranked.length / 10);
    expect(mean(ranked.slice(-k).map((h) => perItem.get(h.accountId)!))).toBeGreaterThan(
      2 * mean(ranked.slice(0, k).map((h) => perItem.get(h.accountId)!)));
  });

  it('sales behaviour: win rates and cycle speeds of agents show in closed deals', () => {
    const stats = new Map(all<{ o: string; won: number; n: number; days: number }>(
      `SELECT OwnerId AS o, sum(IsWon) AS won, count(*) AS n, avg(julianday(CloseDate) - julianday(substr(CreatedDate, 1, 10))) AS days
       FROM Opportunity WHERE IsClosed = 1 GROUP BY 1 HAVING n >= 8`).map((r) => [r.o, r]));
    const agents = build.latent.salesAgents.filter((a) => stats.has(a.userId));
    const k = Math.max(2, Math.floor(agents.length / 3));
    const byWin = [...agents].sort((a, b) => a.winRate - b.winRate);
    const winOf = (id: string): number => stats.get(id)!.won / stats.get(id)!.n;
    expect(mean(byWin.slice(-k).map((a) => winOf(a.userId)))).toBeGreaterThan(mean(byWin.slice(0, k).map((a) => winOf(a.userId))));
    const bySpeed = [...agents].sort((a, b) => a.cycleSpeed - b.cycleSpeed);
    expect(mean(bySpeed.slice(0, k).map((a) => stats.get(a.userId)!.days))).toBeLessThan(mean(bySpeed.slice(-k).map((a) => stats.get(a.userId)!.days)));
  });

  it('lead conversion follows the latent rate of each source', () => {
    const rates = build.latent.leadConversionBySource;
    const sources = Object.keys(rates).sort((a, b) => rates[a]! - rates[b]!);
    const conv = (s: string): number => one<{ r: number }>(`SELECT avg(IsConverted) AS r FROM Lead WHERE LeadSource = ?`, s).r;
    expect(conv(sources[sources.length - 1]!)).toBeGreaterThan(conv(sources[0]!));
  });

  it('plants policy violations where the latent says, and only there', () => {
    const v = build.latent.policyViolations;
    expect(v.length).toBeGreaterThan(30);
    expect(new Set(v.map((x) => x.policyKey)).size).toBeGreaterThanOrEqual(3);
    const policies = crmPolicies(org);
    const text = (object: string, id: string): string => {
      const field = object === 'LiveChatTranscript' ? 'Body' : object === 'EmailMessage' ? 'TextBody' : object === 'VoiceCallTranscript__c' ? 'Body__c' : 'Description';
      return one<{ t: string }>(`SELECT "${field}" AS t FROM "${object}" WHERE Id = ?`, id).t;
    };
    for (const x of v) {
      expect(x.articleId).toBe(build.latent.policyArticleIds[x.policyKey]);
      const body = text(x.object, x.recordId);
      expect(body, x.detail).toBeTruthy();
      if (x.policyKey === 'goodwill-credit') expect(body).toMatch(/credit of \$\d+/);
      if (x.policyKey === 'support-sla') expect(body).toMatch(/within \d+ hours?/);
      if (x.policyKey === 'warranty-coverage') expect(body).toContain('free of charge');
      if (x.object === 'VoiceCallTranscript__c') expect(body).toMatch(/offer you \d+% off/);
      if (x.object === 'Quote') {
        const max = one<{ d: number }>(`SELECT max(Discount) AS d FROM QuoteLineItem WHERE QuoteId = ?`, x.recordId).d;
        expect(max).toBeGreaterThan(policies.hardDiscountCapPercent);
      }
    }
    // No unrecorded breach: every other credit is within the limit, every other call offer within the rep's limit.
    const flagged = new Set(v.map((x) => x.recordId));
    const bodies = [
      ...all<{ Id: string; t: string }>(`SELECT Id, Body AS t FROM LiveChatTranscript`),
      ...all<{ Id: string; t: string }>(`SELECT Id, TextBody AS t FROM EmailMessage`),
    ].filter((r) => !flagged.has(r.Id));
    for (const r of bodies) {
      const m = /credit of \$(\d+)/.exec(r.t);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(policies.refund.maxGoodwillCredit);
    }
    const maxLimit = Math.max(...policies.discountApproval.map((d) => d.maxDiscountPercent));
    for (const r of all<{ Id: string; t: string }>(`SELECT Id, Body__c AS t FROM VoiceCallTranscript__c`).filter((x) => !flagged.has(x.Id))) {
      const m = /offer you (\d+)% off/.exec(r.t);
      if (m) expect(Number(m[1])).toBeLessThanOrEqual(maxLimit);
    }
    const overCap = all<{ q: string }>(`SELECT DISTINCT QuoteId AS q FROM QuoteLineItem WHERE Discount > ?`, policies.hardDiscountCapPercent);
    for (const r of overCap) expect(flagged.has(r.q)).toBe(true);
  });

  it('states the latent BANT factors in each qualification call', () => {
    const q = crmPolicies(org).leadQualification;
    expect(build.latent.leadBant.length).toBeGreaterThan(100);
    for (const b of build.latent.leadBant) {
      const call = one<{ LeadId__c: string; Body__c: string }>(`SELECT LeadId__c, Body__c FROM VoiceCallTranscript__c WHERE Id = ?`, b.transcriptId);
      expect(call.LeadId__c).toBe(b.leadId);
      const amount = /\$([\d,]+)/.exec(call.Body__c);
      expect(amount !== null && Number(amount[1]!.replace(/,/g, '')) >= q.minBudget).toBe(b.budget);
      const months = Number(/within (\d+) month/.exec(call.Body__c)?.[1]);
      expect(months <= q.maxTimelineMonths).toBe(b.timeline);
    }
  });

  it('plants invalid quote configurations that break their rule', () => {
    const policies = crmPolicies(org);
    expect(build.latent.invalidQuotes.length).toBeGreaterThan(10);
    for (const iq of build.latent.invalidQuotes) {
      const lines = all<{ f: string; q: number }>(`SELECT p.Family AS f, l.Quantity AS q FROM QuoteLineItem l JOIN Product2 p ON p.Id = l.Product2Id WHERE l.QuoteId = ?`, iq.quoteId);
      const fams = lines.map((l) => l.f);
      if (iq.rule === 'addon-requires-base') {
        expect(fams.some((f) => policies.addonFamilies.includes(f)) && !fams.some((f) => policies.baseFamilies.includes(f))).toBe(true);
      } else if (iq.rule === 'single-plan-tier') {
        expect(fams.filter((f) => policies.singleTierFamilies.includes(f)).length).toBeGreaterThan(1);
      } else {
        const limit = (f: string): number => policies.quantityLimits.find((x) => x.family === f)!.maxQuantityPerLine;
        expect(lines.some((l) => l.q > limit(l.f))).toBe(true);
      }
    }
  });

  it('records wrong stages with the call that shows the real one, and lost-deal reasons in calls', () => {
    expect(build.latent.wrongStages.length).toBeGreaterThan(3);
    for (const w of build.latent.wrongStages) {
      expect(one<{ s: string }>(`SELECT StageName AS s FROM Opportunity WHERE Id = ?`, w.opportunityId).s).toBe(w.storedStage);
      expect(one<{ o: string }>(`SELECT OpportunityId__c AS o FROM VoiceCallTranscript__c WHERE Id = ?`, w.evidenceId).o).toBe(w.opportunityId);
    }
    for (const l of build.latent.lostDeals) {
      const call = one<{ Body__c: string }>(`SELECT Body__c FROM VoiceCallTranscript__c WHERE Id = ?`, l.evidenceId);
      expect(call.Body__c).toContain(l.reason);
    }
  });

  it('answers each knowledge fact in its article', () => {
    for (const k of build.latent.knowledgeFacts) {
      const body = one<{ b: string }>(`SELECT FAQ_Answer__c AS b FROM Knowledge__kav WHERE Id = ?`, k.articleId).b;
      const figure = k.answer.split(' ')[0]!;
      expect(body).toContain(k.question);
      if (k.answer !== 'no warranty') expect(body).toContain(figure);
    }
  });
});
