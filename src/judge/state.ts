/**
 * State assertions: after the episode, each `expect.state` query runs against
 * the episode's database and its rows must equal the expected rows, in order.
 * Cells are compared the way a scenario author means them rather than by
 * JavaScript type, because SQLite hands back numbers, bigints and strings
 * depending on column affinity: 3, 3.0, "3" and 3n are the same value here.
 */
import type { StateAssertion } from '../scenario/schema.js';
import type { StateVerdict } from './judge.js';

/** A read-only query against the episode database, as in `JudgeInput.query`. */
export type StateQuery = (sql: string) => unknown[][];

/** Plain decimal numbers as text: "42", "-3.50", "1e3". Thousands separators are not numbers here. */
const NUMERIC_TEXT = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[-+]?\d+)?$/i;

/**
 * Runs every assertion and returns one verdict each, in order. A query that
 * throws, or a missing `query` function, fails that assertion with the error
 * recorded: a broken assertion must never pass.
 *
 * @example checkState([{ query: 'SELECT status FROM cases WHERE id = 7', equals: [['Closed']] }], db.query)
 */
export function checkState(assertions: readonly StateAssertion[], query: StateQuery | undefined): StateVerdict[] {
  return assertions.map((assertion) => {
    const base = { query: assertion.query, expected: assertion.equals };
    if (!query) return { ...base, actual: null, pass: false, error: 'no database query available to the judge' };
    let actual: unknown[][];
    try {
      actual = query(assertion.query).map((row) => row.map(plainCell));
    } catch (error) {
      return { ...base, actual: null, pass: false, error: error instanceof Error ? error.message : String(error) };
    }
    return { ...base, actual, pass: rowsEqual(assertion.equals, actual) };
  });
}

/**
 * Whether two result sets are equal: same number of rows, same number of
 * cells in each row, and every cell equal under `cellsEqual`.
 */
export function rowsEqual(expected: readonly (readonly unknown[])[], actual: readonly (readonly unknown[])[]): boolean {
  if (expected.length !== actual.length) return false;
  return expected.every((row, i) => {
    const other = actual[i];
    return other !== undefined && row.length === other.length && row.every((cell, j) => cellsEqual(cell, other[j]));
  });
}

/**
 * Whether two cells hold the same value. Nulls equal only nulls (undefined
 * counts as null); when both sides read as numbers (numbers, bigints,
 * booleans as 0/1, or plain numeric strings) they are compared numerically with
 * a tiny relative slack; otherwise their string forms must be identical.
 */
export function cellsEqual(a: unknown, b: unknown): boolean {
  const left = plainCell(a);
  const right = plainCell(b);
  if (left === null || right === null) return left === right;
  const x = asNumber(left);
  const y = asNumber(right);
  if (x !== null && y !== null) return Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));
  return String(left) === String(right);
}

/** Bigints become numbers (or strings when too large) and undefined becomes null, so verdicts serialise to JSON. */
function plainCell(cell: unknown): unknown {
  if (cell === undefined) return null;
  if (typeof cell === 'bigint') return Number.isSafeInteger(Number(cell)) ? Number(cell) : cell.toString();
  return cell;
}

function asNumber(cell: unknown): number | null {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : null;
  if (typeof cell === 'boolean') return cell ? 1 : 0;
  if (typeof cell === 'string' && NUMERIC_TEXT.test(cell.trim())) return Number(cell.trim());
  return null;
}
