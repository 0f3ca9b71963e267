import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { cellsEqual, checkState, rowsEqual } from '../../src/judge/state.js';

const db = new Database(':memory:');
db.exec(`
  CREATE TABLE cases (id INTEGER PRIMARY KEY, status TEXT, priority TEXT, amount REAL, note TEXT);
  INSERT INTO cases VALUES (7, 'Closed', 'High', 12500.0, NULL), (8, 'Open', 'Low', 3.5, 'called back');
`);
const query = (sql: string): unknown[][] => db.prepare(sql).raw(true).all() as unknown[][];
afterAll(() => db.close());

describe('checkState', () => {
  it('passes when the rows equal the expected rows in order', () => {
    const [verdict] = checkState([{ query: 'SELECT status, priority FROM cases WHERE id = 7', equals: [['Closed', 'High']] }], query);
    expect(verdict).toEqual({
      query: 'SELECT status, priority FROM cases WHERE id = 7',
      expected: [['Closed', 'High']],
      actual: [['Closed', 'High']],
      pass: true,
    });
  });

  it('fails on a different value, a missing row, an extra row or the wrong order', () => {
    const verdicts = checkState(
      [
        { query: 'SELECT status FROM cases WHERE id = 7', equals: [['Open']] },
        { query: 'SELECT status FROM cases WHERE id = 99', equals: [['Closed']] },
        { query: 'SELECT status FROM cases ORDER BY id', equals: [['Closed']] },
        { query: 'SELECT id FROM cases ORDER BY id DESC', equals: [[7], [8]] },
      ],
      query,
    );
    expect(verdicts.map((v) => v.pass)).toEqual([false, false, false, false]);
    expect(verdicts[1]?.actual).toEqual([]);
  });

  it('compares numbers with numeric strings and SQLite reals with integers', () => {
    const verdicts = checkState(
      [
        { query: 'SELECT amount FROM cases WHERE id = 7', equals: [[12500]] },
        { query: 'SELECT amount FROM cases WHERE id = 7', equals: [['12500']] },
        { query: 'SELECT id, amount FROM cases WHERE id = 8', equals: [['8', '3.50']] },
        { query: 'SELECT note FROM cases WHERE id = 7', equals: [[null]] },
        { query: 'SELECT note FROM cases WHERE id = 8', equals: [[null]] },
      ],
      query,
    );
    expect(verdicts.map((v) => v.pass)).toEqual([true, true, true, true, false]);
  });

  it('records a failing query as a failed assertion instead of throwing', () => {
    const [verdict] = checkState([{ query: 'SELECT nope FROM cases', equals: [] }], query);
    expect(verdict?.pass).toBe(false);
    expect(verdict?.actual).toBeNull();
    expect(verdict?.error).toMatch(/no such column/);
  });

  it('fails every assertion when the judge has no query function', () => {
    const verdicts = checkState([{ query: 'SELECT 1', equals: [[1]] }], undefined);
    expect(verdicts[0]?.pass).toBe(false);
    expect(verdicts[0]?.error).toMatch(/no database query/);
  });

  it('turns bigints into plain numbers so verdicts serialise', () => {
    const [verdict] = checkState([{ query: 'q', equals: [[5]] }], () => [[5n]]);
    expect(verdict).toMatchObject({ actual: [[5]], pass: true });
    expect(() => JSON.stringify(verdict)).not.toThrow();
  });
});

describe('cell and row equality', () => {
  it.each([
    [3, '3', true],
    [3, '3.0', true],
    ['3', 3n, true],
    [1, true, true],
    [0.1 + 0.2, 0.3, true],
    ['12,500', 12500, false],
    ['abc', 'ABC', false],
    [null, undefined, true],
    [null, '', false],
    [null, 0, false],
    ['', 0, false],
    ['Closed', 'Closed', true],
  ] as const)('cellsEqual(%o, %o) is %s', (a, b, same) => expect(cellsEqual(a, b)).toBe(same));

  it('needs the same shape', () => {
    expect(rowsEqual([[1, 2]], [[1, 2]])).toBe(true);
    expect(rowsEqual([[1, 2]], [[1]])).toBe(false);
    expect(rowsEqual([[1]], [[1], [1]])).toBe(false);
    expect(rowsEqual([], [])).toBe(true);
  });
});
