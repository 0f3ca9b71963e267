import { describe, expect, it } from 'vitest';
import { CRM_TODAY, crmOrgSchema } from '../../../../src/packs/crm/org/crm-org-schema.js';

const PREFIXES: Record<string, string> = {
  Account: '001', Contact: '003', Lead: '00Q', Opportunity: '006', Quote: '0Q0', QuoteLineItem: '0QL', Contract: '800',
  Order: '801', OrderItem: '802', Product2: '01t', Pricebook2: '01s', PricebookEntry: '01u', Case: '500',
  EmailMessage: '02s', LiveChatTranscript: '570', User: '005', Territory2: '0MI', Task: '00T', Event: '00U',
  Knowledge__kav: 'ka0', OpportunityLineItem: '00k', Profile: '00e',
};

describe.each(['b2b', 'b2c'] as const)('crmOrgSchema(%s)', (org) => {
  const schema = crmOrgSchema(org);
  const names = schema.objects.map((o) => o.name);

  it('carries the org today', () => {
    expect(schema.today).toBe(CRM_TODAY[org]);
    expect(schema.today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('uses the real key prefixes and unique ones for custom objects', () => {
    for (const [name, prefix] of Object.entries(PREFIXES)) {
      expect(schema.objects.find((o) => o.name === name)?.keyPrefix, name).toBe(prefix);
    }
    for (const o of schema.objects.filter((x) => x.name.endsWith('__c'))) expect(o.keyPrefix).toMatch(/^a0[0-9A-Za-z]$/);
    const prefixes = schema.objects.map((o) => o.keyPrefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
  });

  it('includes the CRMArena objects', () => {
    for (const n of ['CaseHistory__c', 'Issue__c', 'VoiceCallTranscript__c', 'UserTerritory2Association', 'ProductCategory']) {
      expect(names).toContain(n);
    }
  });

  it('describes every lookup with a target object and a relationship name', () => {
    for (const o of schema.objects) {
      expect(o.fields[0]).toEqual({ name: 'Id', type: 'id' });
      const fieldNames = o.fields.map((f) => f.name);
      expect(new Set(fieldNames).size, o.name).toBe(fieldNames.length);
      for (const f of o.fields.filter((x) => x.type === 'reference')) {
        expect(names, `${o.name}.${f.name}`).toContain(f.referenceTo);
        expect(f.relationshipName, `${o.name}.${f.name}`).toBeTruthy();
        if (f.name.endsWith('__c')) expect(f.relationshipName).toBe(f.name.replace(/__c$/, '__r'));
      }
      for (const f of o.fields.filter((x) => x.type === 'picklist')) expect(f.values?.length, `${o.name}.${f.name}`).toBeGreaterThan(0);
      if (o.searchFields) {
        for (const s of o.searchFields) expect(fieldNames, `${o.name} search field ${s}`).toContain(s);
        expect(fieldNames).toContain(o.nameField);
      }
    }
    const caseObj = schema.objects.find((o) => o.name === 'Case')!;
    expect(caseObj.fields.find((f) => f.name === 'OwnerId')).toMatchObject({ referenceTo: 'User', relationshipName: 'Owner' });
    expect(caseObj.fields.find((f) => f.name === 'AccountId')).toMatchObject({ referenceTo: 'Account', relationshipName: 'Account' });
  });

  it('describes companies in B2B and person accounts in B2C', () => {
    const account = schema.objects.find((o) => o.name === 'Account')!.fields.map((f) => f.name);
    if (org === 'b2b') expect(account).toEqual(expect.arrayContaining(['Industry', 'NumberOfEmployees']));
    else expect(account).toEqual(expect.arrayContaining(['PersonEmail', 'FirstName', 'LastName', 'IsPersonAccount']));
  });
});
