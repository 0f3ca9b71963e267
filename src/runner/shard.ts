/**
 * Shards: a deterministic slice of a run's plan, so one run can be split
 * across machines (`--shard i/n`) and put back together (`usersim merge`).
 * Shard i of n takes the planned episodes whose index in the plan leaves
 * remainder i − 1 when divided by n: every episode lands in exactly one
 * shard, the split depends on the plan alone (not on machines, timing or
 * what has run), and dealing round-robin spreads each scenario's episodes
 * over all shards, so slow scenarios do not pile up in one. Numbering is
 * 1-based, as in Playwright's and Jest's `--shard`.
 */
import { UsersimError } from '../errors.js';

/** One slice of a plan: `index` of `count`, 1-based. */
export interface Shard {
  index: number;
  count: number;
}

/** Parses `i/n` (1 ≤ i ≤ n); `E_USAGE` naming the flag otherwise. */
export function parseShard(text: string, flag = '--shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(index) || !Number.isSafeInteger(count) || count < 1 || index < 1 || index > count) {
    throw new UsersimError('E_USAGE', `${flag} expects i/n with 1 ≤ i ≤ n, e.g. 2/3 (got "${text}")`);
  }
  return { index, count };
}

/** True when the planned episode at `planIndex` (0-based) belongs to `shard`. */
export function inShard(planIndex: number, shard: Shard): boolean {
  return planIndex % shard.count === shard.index - 1;
}

/** The planned items of `shard`, in plan order (all of them without a shard). */
export function shardSlice<T>(plan: readonly T[], shard: Shard | undefined): T[] {
  return shard ? plan.filter((_, i) => inShard(i, shard)) : [...plan];
}
