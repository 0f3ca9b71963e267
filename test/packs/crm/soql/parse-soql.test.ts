/**
 * The SOQL and SOSL parsers' trees: how conditions nest, how literals are
 * read (dateTimes normalised to UTC), and where clauses land.
 */
import { describe, expect, it } from 'vitest';
import { parseSoql } from '../../../../src/packs/crm/soql/parse-soql.js';
import { parseSosl } from '../../../../src/packs/crm/soql/parse-sosl.js';

describe('parseSoql', () => {
  it('reads the clauses in order, keeping names as written', () => {
    const query = parseSoql('select Account.Name, sum(Amount) total from Opportunity o where o.IsWon = true group by Account.Name having sum(Amount) > 10 order by sum(Amount) desc nulls last limit 5 offset 2');
    expect(query.select.map((item) => [item.expr.kind, item.alias])).toEqual([
      ['field', undefined],
      ['aggregate', 'total'],
    ]);
    expect(query.from).toMatchObject({ object: 'Opportunity', alias: 'o' });
    expect(query.groupBy).toEqual([{ kind: 'field', path: ['Account', 'Name'], offset: expect.any(Number) }]);
    expect(query.orderBy).toEqual([{ expr: expect.objectContaining({ kind: 'aggregate', name: 'SUM' }), descending: true, nulls: 'LAST' }]);
    expect([query.limit?.value, query.offset?.value]).toEqual([5, 2]);
  });

  it('nests parenthesised AND/OR and NOT', () => {
    const query = parseSoql("SELECT Id FROM Case WHERE NOT (Status = 'New' OR Status = 'Working') AND Priority != 'Low'");
    expect(query.where?.kind).toBe('and');
    const [first, second] = (query.where as { items: { kind: string }[] }).items;
    expect(first?.kind).toBe('not');
    expect(second).toMatchObject({ kind: 'compare', op: '!=', right: { kind: 'string', value: 'Low' } });
  });

  it('reads literals: escapes, signed numbers, dates, dateTimes in UTC, date literals', () => {
    const query = parseSoql(
      "SELECT Id FROM Case WHERE Subject IN ('it\\'s', 'tab\\there') AND Amount__c > -2.5 AND D__c = 2024-02-29 AND CreatedDate < 2024-03-01T01:30:00+02:00 AND ClosedDate = LAST_N_DAYS:14",
    );
    const items = (query.where as { items: unknown[] }).items;
    expect(items[0]).toMatchObject({ kind: 'in', values: [{ value: "it's" }, { value: 'tab\there' }] });
    expect(items[1]).toMatchObject({ right: { kind: 'number', value: -2.5 } });
    expect(items[2]).toMatchObject({ right: { kind: 'date', value: '2024-02-29' } });
    expect(items[3]).toMatchObject({ right: { kind: 'datetime', value: '2024-02-29T23:30:00Z' } });
    expect(items[4]).toMatchObject({ right: { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 14 } });
  });

  it('parses semi-joins as nested queries', () => {
    const query = parseSoql("SELECT Id FROM Account WHERE Id NOT IN (SELECT AccountId FROM Case WHERE Status = 'New')");
    expect(query.where).toMatchObject({ kind: 'semiJoin', negated: true, query: { from: { object: 'Case' } } });
  });
});

describe('parseSosl', () => {
  it('reads the term, scope, RETURNING specs and LIMIT', () => {
    const query = parseSosl("FIND {reset \\} password*} IN NAME FIELDS RETURNING Case(Subject, Owner.Name WHERE Status = 'New' ORDER BY Subject LIMIT 3 OFFSET 1), Account LIMIT 10");
    expect(query.term.text).toBe('reset \\} password*');
    expect(query.scope).toBe('NAME');
    expect(query.returning?.map((spec) => [spec.object, spec.fields.map((field) => field.path.join('.')), spec.limit?.value, spec.skip?.value])).toEqual([
      ['Case', ['Subject', 'Owner.Name'], 3, 1],
      ['Account', [], undefined, undefined],
    ]);
    expect(query.limit?.value).toBe(10);
  });
});
