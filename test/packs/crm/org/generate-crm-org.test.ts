import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersimError } from '../../../../src/errors.js';
import { crmOrgSchema } from '../../../../src/packs/crm/org/crm-org-schema.js';
import { generateCrmOrg, type CrmOrgBuild } from '../../../../src/packs/crm/org/generate-crm-org.js';
import { isValidSalesforceId } from '../../../../src/packs/crm/org/salesforce-id.js';
import { readCrmOrgSchema } from '../../../../src/packs/crm/org/write-org-image.js';
import { badValues, danglingReferences, schemaMismatches } from './crm-checks.js';

describe.each(['b2b', 'b2c'] as const)('generateCrmOrg(%s) at scale 0.1', (org) => {
  let build: CrmOrgBuild;
  let db: Database.Database;
  beforeAll(() => {
    build = generateCrmOrg({ org, seed: 11, scale: 0.1 });
    db = new Database(build.image);
  });
  afterAll(() => db.close());

  it('gives every record an 18-character Id with its object key prefix and a valid checksum', () => {
    for (const o of build.schema.objects) {
      const ids = (db.prepare(`SELECT Id FROM "${o.name}"`).all() as { Id: string }[]).map((r) => r.Id);
      expect(ids.length, o.name).toBe(build.counts[o.name]);
      for (const id of ids) {
        expect(id.startsWith(o.keyPrefix), `${o.name} ${id}`).toBe(true);
        expect(isValidSalesforceId(id), `${o.name} ${id}`).toBe(true);
      }
    }
  });

  it('fills every object', () => {
    for (const o of build.schema.objects) expect(build.counts[o.name], o.name).toBeGreaterThan(0);
    expect(build.total).toBe(Object.values(build.counts).reduce((a, b) => a + b, 0));
  });

  it('keeps referential integrity', () => {
    expect(danglingReferences(db, build.schema)).toEqual([]);
  });

  it('matches its describe: tables, columns and FTS tables', () => {
    expect(schemaMismatches(db, build.schema)).toEqual([]);
    expect(readCrmOrgSchema(db)).toEqual(crmOrgSchema(org));
  });

  it('stores values by the conventions (dates, datetimes, booleans, numbers, picklists)', () => {
    expect(badValues(db, build.schema)).toEqual([]);
  });

  it('dates history before today and only plans after it', () => {
    const today = build.schema.today;
    const past: [string, string][] = [
      ['Case', 'CreatedDate'], ['Case', 'ClosedDate'], ['CaseHistory__c', 'CreatedDate'], ['EmailMessage', 'MessageDate'],
      ['LiveChatTranscript', 'StartTime'], ['Lead', 'CreatedDate'], ['Lead', 'ConvertedDate'], ['Opportunity', 'CreatedDate'],
      ['Quote', 'CreatedDate'], ['VoiceCallTranscript__c', 'CreatedDate'], ['Account', 'CreatedDate'],
    ];
    for (const [obj, field] of past) {
      const row = db.prepare(`SELECT max("${field}") AS m FROM "${obj}"`).get() as { m: string };
      expect(row.m.slice(0, 10) <= today, `${obj}.${field} max ${row.m}`).toBe(true);
    }
    const future = db.prepare(`SELECT count(*) AS n FROM Opportunity WHERE IsClosed = 0 AND CloseDate > ?`).get(today) as { n: number };
    expect(future.n).toBeGreaterThan(0);
    const closedFuture = db.prepare(`SELECT count(*) AS n FROM Opportunity WHERE IsClosed = 1 AND CloseDate > ?`).get(today) as { n: number };
    expect(closedFuture.n).toBe(0);
  });

  it('keeps derived fields consistent', () => {
    const q = (sql: string): number => (db.prepare(sql).get() as { n: number }).n;
    expect(q(`SELECT count(*) AS n FROM "Case" WHERE (IsClosed = 1) <> (ClosedDate IS NOT NULL) OR (IsClosed = 1) <> (Status = 'Closed')`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM "Case" WHERE ClosedDate < CreatedDate`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM Lead WHERE (IsConverted = 1) <> (ConvertedAccountId IS NOT NULL)`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM Opportunity WHERE (StageName LIKE 'Closed%') <> (IsClosed = 1) OR (StageName = 'Closed Won') <> (IsWon = 1)`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM "Order" o WHERE abs(o.TotalAmount - (SELECT coalesce(sum(TotalPrice), 0) FROM OrderItem i WHERE i.OrderId = o.Id)) > 0.011`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM "Case" c WHERE c.OwnerId <> (SELECT h.NewValue__c FROM CaseHistory__c h WHERE h.CaseId__c = c.Id AND h.Field__c = 'Owner Assignment' ORDER BY h.CreatedDate DESC, h.Name DESC LIMIT 1)`)).toBe(0);
    expect(q(`SELECT count(*) AS n FROM "Case" c JOIN OrderItem i ON i.Id = c.OrderItemId__c JOIN "Order" o ON o.Id = i.OrderId WHERE o.AccountId <> c.AccountId OR o.EffectiveDate > substr(c.CreatedDate, 1, 10)`)).toBe(0);
  });

  it('is deterministic: same seed, same bytes and latents; another seed differs', () => {
    const again = generateCrmOrg({ org, seed: 11, scale: 0.1 });
    expect(Buffer.compare(again.image, build.image)).toBe(0);
    expect(again.latent).toEqual(build.latent);
    const other = generateCrmOrg({ org, seed: 12, scale: 0.1 });
    expect(Buffer.compare(other.image, build.image)).not.toBe(0);
  });

  it('indexes searchable text in FTS5', () => {
    const { Name } = db.prepare('SELECT Name FROM Product2 LIMIT 1').get() as { Name: string };
    const word = Name.split(/[^A-Za-z0-9]+/).find((w) => w.length > 3)!;
    const hits = db.prepare('SELECT Id FROM Product2__search WHERE Product2__search MATCH ?').all(`"${word}"`);
    expect(hits.length).toBeGreaterThan(0);
  });
});

describe('generateCrmOrg options', () => {
  it('rejects a bad org or scale with E_USAGE', () => {
    const codeOf = (fn: () => unknown): string | undefined => {
      try {
        fn();
      } catch (e) {
        return e instanceof UsersimError ? e.code : 'other';
      }
      return undefined;
    };
    expect(codeOf(() => generateCrmOrg({ org: 'b2x' as 'b2b', seed: 1 }))).toBe('E_USAGE');
    expect(codeOf(() => generateCrmOrg({ org: 'b2b', seed: 1, scale: 0 }))).toBe('E_USAGE');
    expect(codeOf(() => generateCrmOrg({ org: 'b2b', seed: 1, scale: 10 }))).toBe('E_USAGE');
  });
});
