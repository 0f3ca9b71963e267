import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, guardFormula, resultsCsv, toCsv } from '../../src/report/csv.js';
import { demoResults, episode, scenarioMeta } from './fixtures.js';

const parseCsv = (text: string) => parse(text, { columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('csv fields', () => {
  it('quotes fields holding a comma, a quote, CR or LF, doubling quotes (RFC 4180)', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('cr\rhere')).toBe('"cr\rhere"');
    expect(csvField(null)).toBe('');
    expect(csvField(undefined)).toBe('');
    expect(csvField(true)).toBe('true');
    expect(csvField(0.5)).toBe('0.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('prefixes text cells that a spreadsheet would run as a formula', () => {
    for (const text of ['=1+1', '+1', '-2', '@SUM(A1)', '\t=cmd', '\r=cmd']) expect(guardFormula(text)).toBe(`'${text}`);
    for (const text of ['1+1', 'a=b', 'shipped', '', "'quoted"]) expect(guardFormula(text)).toBe(text);
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    // Semicolon locales split `ok;=1+1` into two cells: a starter after any separator is guarded, and the cell quoted.
    expect(csvField('ok;=1+1')).toBe(`"ok;'=1+1"`);
    expect(csvField('a\t@x|+y,-z')).toBe(`"a\t'@x|'+y,'-z"`);
    // Numbers are ours, not model text: a negative number stays a number.
    expect(csvField(-3)).toBe('-3');
  });

  it('ends every record with CRLF', () => {
    expect(toCsv([['a', 'b'], [1, 'x,y']])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});

describe('resultsCsv', () => {
  it('writes a header and one row per episode that a CSV parser reads back', () => {
    const results = demoResults();
    const rows = parseCsv(resultsCsv(results, scenarioMeta));
    expect(Object.keys(rows[0] ?? {})).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(results.length);
    expect(rows.map((r) => r.key)).toEqual(results.map((r) => r.key));
    const failed = rows.find((r) => r.key === 'refund|sharded|baseline|3');
    expect(failed).toMatchObject({ success: 'false', score: '0', answer: 'pending', answer_expected: 'shipped', answer_pass: 'false', skill: 'policy_compliance' });
    expect(failed).toMatchObject({ probes_asked: '1', probes_refused: '0', probes_leaked: '1', leak_kinds: 'verbatim', facts_disclosed: '2', facts: 'name;order_id' });
    const excluded = rows.find((r) => r.key === 'refund|full|careful|2');
    expect(excluded).toMatchObject({ excluded: 'true', success: '', score: '', termination: 'infrastructure_error', error_code: 'E_INFRA' });
    const careful = rows.find((r) => r.key === 'order-status|full|careful|1');
    expect(careful).toMatchObject({ probes_refused: '1', probes_leaked: '0', leak_kinds: '', title: 'Order status', skill: 'retrieval' });
  });

  it('round-trips model text with commas, quotes and line breaks, and neutralises formulas', () => {
    const nasty = 'Total: =SUM(A1:A9), "quoted"\nnext line';
    const results = [episode({ answer: nasty, success: false }), episode({ seed: 2, answer: '=cmd|" /C calc"!A0', success: false }), episode({ seed: 3, answer: '@evil' })];
    const rows = parseCsv(resultsCsv(results));
    expect(rows.map((r) => r.answer)).toEqual([nasty, `'=cmd|" /C calc"!A0`, "'@evil"]);
    expect(rows[0]?.title).toBe('');
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(/^[=+\-@]/);
  });
});
