import { describe, expect, it } from 'vitest';
import { GUESS_PLACEHOLDER, renderArgs, renderResult, renderText, type TemplateScope } from '../../src/agents/reference-templates.js';

const scope = (last: unknown, facts: Record<string, string | number> = {}): TemplateScope => ({ fact: (id) => facts[id], last });

describe('renderText', () => {
  it('reads columns from the SQLite query shape { rows, truncated }', () => {
    expect(renderText('{{last.status}}', scope({ rows: [{ status: 'shipped' }], truncated: false }))).toBe('shipped');
    expect(renderText('{{ last.name }}', scope({ rows: [{ name: 'Ann' }, { name: 'Bo' }] }))).toBe('Ann, Bo');
    expect(renderText('{{last.Name}}', scope({ rows: [{ name: 'Ann' }] }))).toBe('Ann');
  });

  it('reads the write shape { changes } and bare arrays of rows', () => {
    expect(renderText('updated {{last.changes}}', scope({ changes: 1 }))).toBe('updated 1');
    expect(renderText('{{last.n}}', scope([{ n: 3 }]))).toBe('3');
  });

  it('writes "None" for no rows, a missing column, NULL, or no result', () => {
    expect(renderText('{{last.x}}', scope({ rows: [] }))).toBe('None');
    expect(renderText('{{last.x}}', scope({ rows: [{ y: 1 }] }))).toBe('None');
    expect(renderText('{{last.x}}', scope({ rows: [{ x: null }] }))).toBe('None');
    expect(renderText('{{last.x}} / {{last}}', scope(undefined))).toBe('None / None');
  });

  it('fills facts it may use and guesses the rest', () => {
    expect(renderText('{{fact.a}} and {{fact.b}}', scope(undefined, { a: 'A-1' }))).toBe(`A-1 and ${GUESS_PLACEHOLDER}`);
    expect(renderText('{{nope}} stays', scope(undefined))).toBe('{{nope}} stays');
  });
});

describe('Salesforce-shaped results (soql / sosl tools)', () => {
  const soql = {
    totalSize: 2,
    done: true,
    records: [
      { attributes: { type: 'Case' }, CaseNumber: '00001001', Account: { attributes: { type: 'Account' }, Name: 'Acme', Owner: { attributes: { type: 'User' }, Name: 'Dan' } } },
      { attributes: { type: 'Case' }, CaseNumber: '00001002', Account: null },
    ],
  };

  it('reads fields of SOQL records, following dotted parent paths', () => {
    expect(renderText('{{last.CaseNumber}}', scope(soql))).toBe('00001001, 00001002');
    expect(renderText('{{last.Account.Name}}', scope({ ...soql, records: [soql.records[0]] }))).toBe('Acme');
    expect(renderText('{{last.account.owner.name}}', scope({ ...soql, records: [soql.records[0]] }))).toBe('Dan');
    // A null parent makes its fields NULL.
    expect(renderText('{{last.Account.Name}}', scope({ ...soql, records: [soql.records[1]] }))).toBe('None');
  });

  it('reads aggregate keys (alias or exprN) and the envelope fields', () => {
    const aggregate = { totalSize: 1, done: true, records: [{ attributes: { type: 'AggregateResult' }, OwnerId: '005A', expr0: 4.25 }] };
    expect(renderText('{{last.OwnerId}} {{last.expr0}}', scope(aggregate))).toBe('005A 4.25');
    expect(renderArgs({ n: '{{last.expr0}}' }, scope(aggregate))).toEqual({ n: 4.25 });
    expect(renderText('{{last.totalSize}}', scope({ totalSize: 17, done: true, records: [] }))).toBe('17');
    expect(renderText('{{last.totalSize}}', scope(soql))).toBe('2');
  });

  it('renders "None" for a field of no record of an empty result', () => {
    const empty = { totalSize: 0, done: true, records: [] };
    expect(renderText('{{last.OwnerId}}', scope(empty))).toBe('None');
    expect(renderText('{{last.Nope}}', scope(soql))).toBe('None');
    expect(renderResult(empty)).toBe('None');
  });

  it('reads SOSL searchRecords', () => {
    const sosl = { searchRecords: [{ attributes: { type: 'Product2' }, Id: '01tA', Name: 'Widget' }] };
    expect(renderText('{{last.Id}} {{last.Name}}', scope(sosl))).toBe('01tA Widget');
    expect(renderResult(sosl)).toBe('{"Id":"01tA","Name":"Widget"}');
  });

  it('renders {{last}} without attributes, and a COUNT() by its totalSize', () => {
    expect(renderResult({ totalSize: 1, done: true, records: [{ attributes: { type: 'User' }, Name: 'Ann' }] })).toBe('Ann');
    expect(renderResult({ totalSize: 9, done: true, records: [] })).toBe('9');
    expect(renderResult(soql)).toBe('[{"CaseNumber":"00001001","Account":{"Name":"Acme","Owner":{"Name":"Dan"}}},{"CaseNumber":"00001002","Account":null}]');
  });
});

describe('renderResult ({{last}})', () => {
  it('renders scalars, one-column rows, and anything else as JSON', () => {
    expect(renderResult(42)).toBe('42');
    expect(renderResult({ rows: [{ c: 'x' }, { c: 'y' }] })).toBe('x, y');
    expect(renderResult({ rows: [{ a: 1, b: 2 }] })).toBe('{"a":1,"b":2}');
    expect(renderResult({ rows: [{ a: 1, b: 2 }, { a: 3, b: 4 }] })).toBe('[{"a":1,"b":2},{"a":3,"b":4}]');
    expect(renderResult({ changes: 2 })).toBe('2');
    expect(renderResult(['p', 'q'])).toBe('p, q');
  });
});

describe('renderArgs', () => {
  it('keeps the raw value of a whole-string template and interpolates inside longer strings, deeply', () => {
    const args = { id: '{{last.id}}', qty: '{{fact.qty}}', note: 'order {{fact.qty}}x', list: ['{{fact.qty}}'], nested: { n: '{{last.id}}' }, flag: true };
    expect(renderArgs(args, scope({ rows: [{ id: 5 }] }, { qty: 3 }))).toEqual({ id: 5, qty: 3, note: 'order 3x', list: [3], nested: { n: 5 }, flag: true });
  });

  it('joins several rows into one string', () => {
    expect(renderArgs({ ids: '{{last.id}}' }, scope({ rows: [{ id: 1 }, { id: 2 }] }))).toEqual({ ids: '1, 2' });
  });
});
