/**
 * The exact shapes the query tools return, `attributes` included: nested
 * parents, a missing parent as null, aggregate records, COUNT(), the record
 * cap, and SOSL's searchRecords. Also the read-only tool specs.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { executeSoql } from '../../../../src/packs/crm/soql/execute-soql.js';
import { executeSosl } from '../../../../src/packs/crm/soql/execute-sosl.js';
import { soqlToolSpec, soslToolSpec } from '../../../../src/packs/crm/soql/query-tool-specs.js';
import { rowSetReader } from '../../../../src/packs/crm/soql/run-readonly.js';
import { C, createFixtureOrg, K, P } from './fixture-org.js';

describe('result shapes', () => {
  const { db, schema } = createFixtureOrg();
  afterAll(() => db.close());

  it('nests parents under their relationship names with their own attributes', () => {
    const result = executeSoql(db, schema, "SELECT Id, Name, Account.Name, Account.Owner.Name FROM Contact WHERE Name IN ('Ann Lee', 'Finn Walsh') ORDER BY Name");
    expect(result).toEqual({
      totalSize: 2,
      done: true,
      records: [
        {
          attributes: { type: 'Contact' },
          Id: C[1],
          Name: 'Ann Lee',
          Account: { attributes: { type: 'Account' }, Name: 'Acme Corporation', Owner: { attributes: { type: 'User' }, Name: 'Bob Builder' } },
        },
        { attributes: { type: 'Contact' }, Id: C[6], Name: 'Finn Walsh', Account: null },
      ],
    });
    expect(Object.keys(result.records[0] ?? {})).toEqual(['attributes', 'Id', 'Name', 'Account']);
  });

  it('keeps a present parent whose selected field is null', () => {
    const result = executeSoql(db, schema, "SELECT Account.Industry FROM Contact WHERE Name = 'Finn Walsh' OR Account.Name = 'Stark Retail'");
    expect(result.records).toEqual([{ attributes: { type: 'Contact' }, Account: null }]);
    const withParent = executeSoql(db, schema, "SELECT Parent.Industry FROM Account WHERE Name = 'Initech'");
    expect(withParent.records).toEqual([{ attributes: { type: 'Account' }, Parent: { attributes: { type: 'Account' }, Industry: 'Technology' } }]);
  });

  it('shapes aggregate rows as AggregateResult records keyed by alias, field name or exprN', () => {
    const result = executeSoql(db, schema, "SELECT Owner.Name, COUNT(Id), MAX(Amount) top FROM Opportunity WHERE Owner.Name = 'Dan Duarte' GROUP BY Owner.Name");
    expect(result).toEqual({
      totalSize: 1,
      done: true,
      records: [{ attributes: { type: 'AggregateResult' }, Name: 'Dan Duarte', expr0: 4, top: 75000 }],
    });
  });

  it('answers a lone COUNT() in totalSize, honouring LIMIT', () => {
    expect(executeSoql(db, schema, 'SELECT COUNT() FROM Contact')).toEqual({ totalSize: 8, done: true, records: [] });
    expect(executeSoql(db, schema, 'SELECT COUNT() FROM Contact LIMIT 3')).toEqual({ totalSize: 3, done: true, records: [] });
  });

  it('caps records, keeps the full totalSize and says it is not done', () => {
    const result = executeSoql(db, schema, 'SELECT Id FROM Case ORDER BY CaseNumber', { maxRecords: 5 });
    expect(result.totalSize).toBe(12);
    expect(result.done).toBe(false);
    expect(result.records.map((record) => record.Id)).toEqual([K[1], K[2], K[3], K[4], K[5]]);
  });

  it('returns booleans as true/false and dates as stored', () => {
    const [record] = executeSoql(db, schema, "SELECT IsActive, Name FROM Product2 WHERE ProductCode = 'LG-001'").records;
    expect(record).toEqual({ attributes: { type: 'Product2' }, IsActive: false, Name: 'Legacy Gizmo' });
    const [opp] = executeSoql(db, schema, "SELECT CloseDate, CreatedDate FROM Opportunity WHERE Name = 'Acme Renewal'").records;
    expect(opp).toEqual({ attributes: { type: 'Opportunity' }, CloseDate: '2024-07-10', CreatedDate: '2024-04-01T10:00:00Z' });
  });

  it('returns SOSL hits as searchRecords with attributes and Id first', () => {
    const result = executeSosl(db, schema, 'FIND {widget} IN NAME FIELDS RETURNING Product2(Name, Family ORDER BY Name)');
    expect(result).toEqual({
      searchRecords: [
        { attributes: { type: 'Product2' }, Id: P[2], Name: 'Widget Lite', Family: 'Hardware' },
        { attributes: { type: 'Product2' }, Id: P[1], Name: 'Widget Pro', Family: 'Hardware' },
      ],
    });
    expect(Object.keys(result.searchRecords[0] ?? {})).toEqual(['attributes', 'Id', 'Name', 'Family']);
  });

  it('caps SOSL results at maxRecords', () => {
    expect(executeSosl(db, schema, 'FIND {widget} RETURNING Case(Subject)', { maxRecords: 2 }).searchRecords).toHaveLength(2);
  });

  it('runs through a guarded reader that returns rows as objects', () => {
    const seen: string[] = [];
    const reader = rowSetReader((sql, params, { maxRows, countAll }) => {
      seen.push(sql);
      const stmt = db.prepare(sql);
      const all = (Object.keys(params).length ? stmt.all(params) : stmt.all()) as Record<string, unknown>[];
      const columns = stmt.columns().map((column) => column.name);
      return { columns, rows: all.slice(0, maxRows), ...(countAll ? { total: all.length } : {}) };
    });
    const soql = "SELECT Name, Account.Name FROM Contact WHERE MailingState = 'CA' ORDER BY Name";
    expect(executeSoql(reader, schema, soql, { maxRecords: 2 })).toEqual(executeSoql(db, schema, soql, { maxRecords: 2 }));
    const sosl = 'FIND {widget} RETURNING Case(Subject ORDER BY Subject), Product2(Name ORDER BY Name)';
    expect(executeSosl(reader, schema, sosl)).toEqual(executeSosl(db, schema, sosl));
    expect(seen.every((sql) => sql.startsWith('SELECT '))).toBe(true);
  });

  it('gives the same answer every time', () => {
    const query = 'SELECT Status, COUNT(Id) FROM Case GROUP BY Status';
    expect(JSON.stringify(executeSoql(db, schema, query))).toBe(JSON.stringify(executeSoql(db, schema, query)));
  });
});

describe('query tool specs', () => {
  it('declares read-only tools taking one query string', () => {
    for (const spec of [soqlToolSpec(), soslToolSpec()]) {
      expect(spec.writes).toBe(false);
      expect(spec.parameters).toEqual({ type: 'object', properties: { query: { type: 'string' } }, required: ['query'], additionalProperties: false });
    }
    expect(soqlToolSpec().name).toBe('soql');
    expect(soslToolSpec().name).toBe('sosl');
    expect(soqlToolSpec().description).toMatch(/SOQL/);
    expect(soslToolSpec().description).toMatch(/FIND \{term\}/);
  });

  it('accepts a different name and description', () => {
    expect(soqlToolSpec({ name: 'execute', description: 'Run SOQL.' })).toMatchObject({ name: 'execute', description: 'Run SOQL.' });
  });
});
