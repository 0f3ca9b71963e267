/**
 * Shared checks for generated CRM orgs: referential integrity, schema/table
 * agreement and value formats, run as SQL against an opened image. Each
 * returns a list of problems so a failing test names every offender.
 */
import type Database from 'better-sqlite3';
import type { OrgSchema } from '../../../../src/core/org-schema.js';

/** Lookups pointing at no record of the referenced object, and polymorphic ids pointing nowhere. */
export function danglingReferences(db: Database.Database, schema: OrgSchema): string[] {
  const problems: string[] = [];
  for (const o of schema.objects) {
    for (const f of o.fields) {
      if (f.type !== 'reference') continue;
      const row = db
        .prepare(`SELECT count(*) AS n FROM "${o.name}" s WHERE s."${f.name}" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "${f.referenceTo}" t WHERE t.Id = s."${f.name}")`)
        .get() as { n: number };
      if (row.n > 0) problems.push(`${o.name}.${f.name} → ${f.referenceTo}: ${row.n} dangling`);
    }
  }
  const poly: [string, string][] = [
    [`SELECT count(*) AS n FROM EmailMessage e WHERE e.RelatedToId IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "Case" c WHERE c.Id = e.RelatedToId) AND NOT EXISTS (SELECT 1 FROM Opportunity o WHERE o.Id = e.RelatedToId)`, 'EmailMessage.RelatedToId'],
    [`SELECT count(*) AS n FROM EmailMessage e WHERE NOT EXISTS (SELECT 1 FROM "User" u WHERE u.Id = e.ToIds) AND NOT EXISTS (SELECT 1 FROM Contact c WHERE c.Id = e.ToIds)`, 'EmailMessage.ToIds'],
    [`SELECT count(*) AS n FROM CaseHistory__c h WHERE h.Field__c = 'Owner Assignment' AND (h.NewValue__c IS NULL OR NOT EXISTS (SELECT 1 FROM "User" u WHERE u.Id = h.NewValue__c) OR (h.OldValue__c IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "User" u WHERE u.Id = h.OldValue__c)))`, 'CaseHistory__c owner values'],
  ];
  for (const [sql, label] of poly) {
    const row = db.prepare(sql).get() as { n: number };
    if (row.n > 0) problems.push(`${label}: ${row.n} dangling`);
  }
  return problems;
}

/** Differences between the describe and the actual tables, columns and FTS tables. */
export function schemaMismatches(db: Database.Database, schema: OrgSchema): string[] {
  const problems: string[] = [];
  for (const o of schema.objects) {
    const cols = (db.prepare(`PRAGMA table_info("${o.name}")`).all() as { name: string }[]).map((c) => c.name);
    const fields = o.fields.map((f) => f.name);
    if (cols.join(',') !== fields.join(',')) problems.push(`${o.name}: columns ${cols.join(',')} ≠ fields ${fields.join(',')}`);
    if (o.searchFields) {
      const fts = `${o.name}__search`;
      const ftsCols = (db.prepare(`PRAGMA table_info("${fts}")`).all() as { name: string }[]).map((c) => c.name);
      if (ftsCols.join(',') !== ['Id', ...o.searchFields].join(',')) problems.push(`${fts}: columns ${ftsCols.join(',')}`);
      const n = (db.prepare(`SELECT count(*) AS n FROM "${o.name}"`).get() as { n: number }).n;
      const m = ftsCols.length > 0 ? (db.prepare(`SELECT count(*) AS n FROM "${fts}"`).get() as { n: number }).n : -1;
      if (n !== m) problems.push(`${fts}: ${m} rows for ${n} records`);
    }
  }
  return problems;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/;

/** Values that break the storage conventions (date formats, booleans, picklists, numbers). */
export function badValues(db: Database.Database, schema: OrgSchema): string[] {
  const problems: string[] = [];
  for (const o of schema.objects) {
    const rows = db.prepare(`SELECT * FROM "${o.name}"`).all() as Record<string, unknown>[];
    for (const f of o.fields) {
      let bad = 0;
      let example: unknown;
      for (const r of rows) {
        const v = r[f.name];
        if (v === null) continue;
        const ok =
          f.type === 'date' ? typeof v === 'string' && DATE.test(v) && !Number.isNaN(Date.parse(v))
          : f.type === 'datetime' ? typeof v === 'string' && DATETIME.test(v) && !Number.isNaN(Date.parse(v))
          : f.type === 'boolean' ? v === 0 || v === 1
          : f.type === 'int' ? Number.isInteger(v)
          : f.type === 'double' || f.type === 'currency' || f.type === 'percent' ? typeof v === 'number'
          : f.type === 'picklist' && f.values ? f.values.includes(String(v))
          : typeof v === 'string';
        if (!ok) {
          bad++;
          example ??= v;
        }
      }
      if (bad > 0) problems.push(`${o.name}.${f.name} (${f.type}): ${bad} bad values, e.g. ${JSON.stringify(example)}`);
    }
  }
  return problems;
}
