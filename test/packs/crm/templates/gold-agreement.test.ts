/**
 * The templates compute their golds from the data (transcripts, quote lines,
 * case records), never from the generator's latent record of what it
 * planted. These tests hold the two against each other: where the latent
 * says a violation, a wrong stage, a BANT reading, an invalid quote or a
 * lost-deal reason was planted, the templates' own reading finds exactly it.
 */
import { describe, expect, it } from 'vitest';
import { readBant } from '../../../../src/packs/crm/tasks/templates/bant-reading.js';
import { configBreaches } from '../../../../src/packs/crm/tasks/templates/invalid-config.js';
import { policyViolationIdentificationTemplate } from '../../../../src/packs/crm/tasks/templates/policy-violation-identification.js';
import { salesInsightMiningTemplate } from '../../../../src/packs/crm/tasks/templates/sales-insight-mining.js';
import { wrongStageRectificationTemplate } from '../../../../src/packs/crm/tasks/templates/wrong-stage-rectification.js';
import { crmPolicies } from '../../../../src/packs/crm/org/policies.js';
import { generate, smallOrg } from './small-org.js';

for (const org of ['b2b', 'b2c'] as const) {
  describe(`golds against the latent variables of a small ${org} org`, () => {
    const { db, build } = smallOrg(org);
    const { latent } = build;
    const policies = crmPolicies(org);
    const one = <T>(sql: string, ...params: string[]): T => db.prepare(sql).get(...params) as T;

    it('reads every planted BANT call as the generator planted it', () => {
      expect(latent.leadBant.length).toBeGreaterThan(0);
      for (const planted of latent.leadBant) {
        const { body } = one<{ body: string }>('SELECT Body__c AS body FROM VoiceCallTranscript__c WHERE Id = ?', planted.transcriptId);
        expect(readBant(body, policies), planted.leadId).toEqual({
          Budget: planted.budget, Authority: planted.authority, Need: planted.need, Timeline: planted.timeline,
        });
      }
    });

    it('finds exactly the planted invalid quotes, breaking the planted rule', () => {
      const lines = db.prepare(
        'SELECT q.Id AS quote, p.Name AS product, p.Family AS family, l.Quantity AS quantity FROM QuoteLineItem l JOIN Quote q ON q.Id = l.QuoteId JOIN Product2 p ON p.Id = l.Product2Id',
      ).all() as { quote: string; product: string; family: string; quantity: number }[];
      const byQuote = new Map<string, typeof lines>();
      for (const l of lines) byQuote.set(l.quote, [...(byQuote.get(l.quote) ?? []), l]);
      const found = new Map<string, string[]>();
      for (const [quote, ls] of byQuote) {
        const rules = configBreaches(ls, policies).map((b) => b.rule);
        if (rules.length > 0) found.set(quote, rules);
      }
      expect([...found.keys()].sort()).toEqual(latent.invalidQuotes.map((q) => q.quoteId).sort());
      for (const planted of latent.invalidQuotes) expect(found.get(planted.quoteId)).toContain(planted.rule);
    });

    it('finds every planted wrong stage, with the stage the latest call shows', () => {
      const scenarios = generate(wrongStageRectificationTemplate, org, 50).filter((s) => s.expect?.answer !== 'None');
      const planted = new Map(latent.wrongStages.map((w) => [w.opportunityId, w.correctStage]));
      expect(scenarios.length).toBe(planted.size);
      for (const s of scenarios) expect(planted.get(String(s.user.facts?.[0]?.value))).toBe(s.expect?.answer);
    });

    it('names the planted policy article for violations and finds none in compliant conversations', () => {
      const scenarios = generate(policyViolationIdentificationTemplate, org, 50);
      expect(scenarios.some((s) => s.expect?.answer === 'None')).toBe(true);
      expect(scenarios.some((s) => s.expect?.answer !== 'None')).toBe(true);
      for (const s of scenarios) {
        const fact = s.user.facts?.[0];
        const parent = fact?.id === 'case_number'
          ? one<{ id: string }>('SELECT Id AS id FROM "Case" WHERE CaseNumber = ?', String(fact.value)).id
          : one<{ id: string }>('SELECT Id AS id FROM Opportunity WHERE Name = ?', String(fact?.value)).id;
        const planted = latent.policyViolations.filter((v) => v.parentId === parent && v.object !== 'Quote').map((v) => v.articleId);
        const gold = Array.isArray(s.expect?.answer) ? s.expect?.answer[0] : s.expect?.answer;
        expect(gold === 'None' ? planted : [gold], s.id).toEqual(gold === 'None' ? [] : planted);
      }
    });

    it('lists lost deals whose stated reason is the planted one', () => {
      const reasons = new Map(latent.lostDeals.map((d) => [d.opportunityId, d.reason]));
      for (const s of generate(salesInsightMiningTemplate, org, 10)) {
        const names = String(s.expect?.answer).split(', ');
        const reason = /because (.+)\.$/.exec(s.user.goal)?.[1];
        for (const name of names) {
          const { id } = one<{ id: string }>('SELECT Id AS id FROM Opportunity WHERE Name = ?', name);
          expect(reasons.get(id), `${s.id}: ${name}`).toBe(reason);
        }
      }
    });
  });
}
