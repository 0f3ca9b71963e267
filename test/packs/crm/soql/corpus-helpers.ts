/**
 * Helpers for the query corpora: strip Salesforce's `attributes` so expected
 * rows stay short, and compare either in order (queries with ORDER BY) or as
 * multisets (queries whose order Salesforce leaves undefined).
 */
import { expect } from 'vitest';

/** Removes `attributes` recursively, keeping everything else. */
export function stripAttributes(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripAttributes);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) if (key !== 'attributes') out[key] = stripAttributes(inner);
    return out;
  }
  return value;
}

/** Asserts `actual` rows equal `expected`, in order when `ordered`. */
export function expectRows(actual: unknown[], expected: unknown[], ordered: boolean): void {
  const rows = stripAttributes(actual) as unknown[];
  if (ordered) {
    expect(rows).toEqual(expected);
    return;
  }
  const sort = (list: unknown[]) => list.map(canonical).sort();
  expect(sort(rows)).toEqual(sort(expected));
}

/** JSON with object keys sorted, so multiset comparison ignores key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${canonical(inner)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
