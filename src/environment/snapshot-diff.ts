/**
 * Differences between two environment snapshots, as rows added and removed per
 * table. Rows are compared as whole values, so a changed row shows up as one
 * removal and one addition; duplicates are counted, so deleting one of two
 * identical rows is seen. Tables without changes are left out.
 */
import { canonicalJson } from '../util/hash.js';
import type { EnvDiff, EnvSnapshot } from './environment.js';

/** Rows of `rows` not matched one-for-one in `other`, in their original order. */
function unmatched(rows: readonly unknown[][], other: readonly unknown[][]): unknown[][] {
  const counts = new Map<string, number>();
  for (const row of other) {
    const key = canonicalJson(row);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const out: unknown[][] = [];
  for (const row of rows) {
    const key = canonicalJson(row);
    const n = counts.get(key) ?? 0;
    if (n > 0) counts.set(key, n - 1);
    else out.push(row);
  }
  return out;
}

/**
 * What changed from `before` to `after`.
 *
 * @example
 * const before = env.snapshot();
 * await env.call('cancel_order', { order_id: 5027, email: 'x@example.com' });
 * diffSnapshots(before, env.snapshot()).tables.orders; // { added: [[5027, …, 'cancelled', …]], removed: [[5027, …, 'pending', …]] }
 */
export function diffSnapshots(before: EnvSnapshot, after: EnvSnapshot): EnvDiff {
  const names = [...new Set([...Object.keys(before.tables), ...Object.keys(after.tables)])].sort();
  const diff: EnvDiff = { tables: {} };
  for (const name of names) {
    const a = before.tables[name]?.rows ?? [];
    const b = after.tables[name]?.rows ?? [];
    const removed = unmatched(a, b);
    const added = unmatched(b, a);
    if (added.length || removed.length) diff.tables[name] = { added, removed };
  }
  return diff;
}

/** True when the diff holds no change. */
export function isEmptyDiff(diff: EnvDiff): boolean {
  return Object.keys(diff.tables).length === 0;
}
