import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { crmCatalog } from '../../../../src/packs/crm/org/catalog.js';
import { generateCrmOrg } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';

describe.each(['b2b', 'b2c'] as const)('crmPolicies(%s)', (org) => {
  const p = crmPolicies(org);
  const families = [...new Set(crmCatalog(org).products.map((x) => x.family))];

  it('has coherent thresholds', () => {
    const limits = p.discountApproval.map((d) => d.maxDiscountPercent);
    expect([...limits].sort((a, b) => a - b)).toEqual(limits);
    expect(p.hardDiscountCapPercent).toBeGreaterThanOrEqual(Math.max(...limits));
    expect(p.quantityLimits.map((q) => q.family).sort()).toEqual([...families].sort());
    expect(p.addonFamilies.filter((f) => p.baseFamilies.includes(f))).toEqual([]);
    for (const f of [...p.addonFamilies, ...p.baseFamilies, ...p.singleTierFamilies]) expect(families).toContain(f);
    expect(p.leadQualification.requiredFactors).toBe(4);
    expect(p.configRules.map((r) => r.key).sort()).toEqual(['addon-requires-base', 'quantity-limit', 'single-plan-tier']);
  });

  it('states every threshold in its article', () => {
    const body = (key: string): string => p.articles.find((a) => a.key === key)?.body ?? '';
    expect(new Set(p.articles.map((a) => a.key)).size).toBe(p.articles.length);
    for (const d of p.discountApproval) expect(body('discount-approval')).toContain(`${d.title} may approve line discounts up to and including ${d.maxDiscountPercent}%`);
    for (const q of p.quantityLimits) expect(body('order-quantity-limits')).toContain(`${q.family}: at most ${q.maxQuantityPerLine} units`);
    expect(body('refund-returns')).toContain(`within ${p.refund.returnWindowDays} days of delivery`);
    expect(body('goodwill-credit')).toContain(`$${p.refund.maxGoodwillCredit}`);
    expect(body('lead-qualification-bant')).toContain(p.leadQualification.criteria.budget);
    for (const s of p.supportResponseHours) expect(body('support-sla')).toContain(`${s.plan}: first response within ${s.hours} hours`);
  });

  it('is stored as internal knowledge articles whose Ids the latent records', () => {
    const build = generateCrmOrg({ org, seed: 3, scale: 0.05 });
    const db = new Database(build.image);
    for (const a of p.articles) {
      const row = db.prepare('SELECT Id, Title, FAQ_Answer__c AS body, IsVisibleInPkb AS pub, Category__c AS cat FROM Knowledge__kav WHERE UrlName = ?').get(a.urlName) as
        { Id: string; Title: string; body: string; pub: number; cat: string };
      expect(row).toMatchObject({ Title: a.title, body: a.body, pub: 0, cat: 'Policy' });
      expect(build.latent.policyArticleIds[a.key]).toBe(row.Id);
    }
    const pub = db.prepare(`SELECT count(*) AS n FROM Knowledge__kav WHERE IsVisibleInPkb = 1 AND Category__c = 'Policy'`).get() as { n: number };
    expect(pub.n).toBe(0);
    db.close();
  });
});
