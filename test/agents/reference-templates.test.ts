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
