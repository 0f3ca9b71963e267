/**
 * Merging shards: the directories of `usersim run|study --shard i/n` put back
 * together into one run directory, whose `episodes.jsonl` is byte for byte
 * the file a single machine would have written (every line copied unchanged,
 * in plan order) and whose manifest is that run's manifest.
 *
 * Nothing is merged that would not make that file. The shards must share one
 * plan (the plan fingerprint: agents, user, judge, conditions, seeds, scenario
 * hashes, models and prompts) and one shard count; every shard must be there
 * once; every episode of the plan must be stored exactly once, in the shard
 * it belongs to. Anything else is an `E_MERGE` naming the directory, the line
 * or the episode.
 *
 * Memory: the shards' files are scanned line by line and only each line's
 * place (file, offset, length) is kept; the output is then written by
 * reading those spans in plan order.
 */
import { closeSync, cpSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import { readManifest, writeManifest, type Manifest } from './manifest.js';
import { changedPlanParts } from './plan-fingerprint.js';
import { planEpisodes } from './plan.js';
import type { Condition } from './result.js';
import { forEachLine, readSpan, type LineSpan } from './result-lines.js';
import { EPISODES_FILE } from './results-store.js';
import { inShard } from './shard.js';

/** What `mergeRuns` wrote. */
export interface MergeOutcome {
  outDir: string;
  /** Shards combined. */
  shards: number;
  /** Episodes in the merged file: every planned one. */
  episodes: number;
  /** The merged manifest. */
  manifest: Manifest;
}

interface ShardDir {
  dir: string;
  manifest: Manifest & { shard: NonNullable<Manifest['shard']> };
}

const fail = (message: string): never => {
  throw new UsersimError('E_MERGE', message);
};

/** The planned episode keys of a manifest, in plan order, from the manifest alone. */
function plannedKeys(manifest: Manifest): string[] {
  return planEpisodes({
    scenarios: manifest.scenarios.map((s) => ({ scenario: { id: s.id } as never, file: s.file, hash: s.hash })),
    conditions: manifest.config.conditions as Condition[],
    agents: manifest.config.agents,
    user: manifest.config.user,
    seeds: manifest.config.seeds,
  }).map((s) => s.key);
}

/** Reads and checks the shards' manifests: one plan, one shard count, each shard once. */
function readShards(dirs: readonly string[]): ShardDir[] {
  if (dirs.length === 0) fail('name the shard directories to merge');
  const shards = dirs.map((dir): ShardDir => {
    if (!existsSync(dir)) fail(`${dir}: no such directory`);
    const manifest = readManifest(dir) ?? fail(`${dir}: no manifest.json: not a run directory`);
    if (!manifest.shard) fail(`${dir} holds a whole run, not a shard (its manifest has no "shard"); merge combines the directories of usersim run|study --shard i/n`);
    return { dir, manifest: manifest as ShardDir['manifest'] };
  });
  const first = shards[0] as ShardDir;
  for (const other of shards.slice(1)) {
    const changed = changedPlanParts(first.manifest, other.manifest);
    if (changed.length) fail(`${other.dir} ran a different plan from ${first.dir}: the ${changed.join(', ')} differ; shards of one run must be started with the same scenarios, agents, seeds and settings`);
    if (other.manifest.shard.count !== first.manifest.shard.count) {
      fail(`${other.dir} is shard ${other.manifest.shard.index}/${other.manifest.shard.count} but ${first.dir} is shard ${first.manifest.shard.index}/${first.manifest.shard.count}: shards of one run share their n`);
    }
  }
  const count = first.manifest.shard.count;
  const byIndex = new Map<number, ShardDir>();
  for (const shard of shards) {
    const seen = byIndex.get(shard.manifest.shard.index);
    if (seen) fail(`shard ${shard.manifest.shard.index}/${count} is given twice: ${seen.dir} and ${shard.dir}`);
    byIndex.set(shard.manifest.shard.index, shard);
  }
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) fail(`shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} missing: name every shard's directory (${count} in all)`);
  return [...byIndex.values()].sort((a, b) => a.manifest.shard.index - b.manifest.shard.index);
}

/** Where each planned episode's line is, checked: in the plan, in its own shard, once. */
function locateLines(shards: readonly ShardDir[], keys: readonly string[]): { shard: number; span: LineSpan }[] {
  const planIndex = new Map(keys.map((k, i) => [k, i]));
  const found: ({ shard: number; span: LineSpan } | undefined)[] = new Array(keys.length);
  shards.forEach((shard, s) => {
    const file = join(shard.dir, EPISODES_FILE);
    if (!existsSync(file)) fail(`${shard.dir}: no ${EPISODES_FILE}; run that shard (or resume it with --resume)`);
    const scan = forEachLine(file, (line, lineNumber, span) => {
      const where = `${file}:${lineNumber}`;
      let key: unknown;
      try {
        key = (JSON.parse(line) as { key?: unknown }).key;
      } catch {
        fail(`${where}: not a JSON line; the file was damaged outside usersim`);
      }
      const index = typeof key === 'string' ? planIndex.get(key) : undefined;
      if (index === undefined) return fail(`${where}: episode ${String(key)} is not in the plan`);
      if (!inShard(index, shard.manifest.shard)) fail(`${where}: episode ${String(key)} belongs to another shard than ${shard.manifest.shard.index}/${shard.manifest.shard.count}`);
      const earlier = found[index];
      if (earlier) fail(`${where}: episode ${String(key)} is stored twice (also in ${shards[earlier.shard]?.dir})`);
      found[index] = { shard: s, span };
    });
    if (scan.tailBytes > 0) fail(`${file} ends in a torn line (the run was killed): finish that shard with --resume first`);
  });
  // A loop, not forEach: forEach skips the holes of a sparse array, which are exactly the missing episodes.
  const missing: string[] = [];
  for (let i = 0; i < keys.length; i++) if (!found[i]) missing.push(keys[i] as string);
  if (missing.length) {
    const shown = missing.slice(0, 5).join(', ');
    fail(`${missing.length} planned episode${missing.length > 1 ? 's are' : ' is'} missing (${shown}${missing.length > 5 ? ', …' : ''}): finish the shards with --resume, then merge again`);
  }
  return found as { shard: number; span: LineSpan }[];
}

/** The manifest a single machine would have written: the first shard's, without `shard`, notes and call counts summed. */
function mergedManifest(shards: readonly ShardDir[]): Manifest {
  const { shard: _shard, ...first } = (shards[0] as ShardDir).manifest;
  const notes = shards.flatMap((s) => s.manifest.notes.map((n) => `shard ${s.manifest.shard.index}/${s.manifest.shard.count}: ${n}`));
  const counted = shards.filter((s) => s.manifest.llmCalls);
  const llmCalls = counted.length
    ? (Object.fromEntries(
        (['agent', 'user', 'judge'] as const).map((role) => [
          role,
          counted.reduce(
            (sum, s) => {
              const c = s.manifest.llmCalls?.[role];
              return c ? { requests: sum.requests + c.requests, retries: sum.retries + c.retries, failedRequests: sum.failedRequests + c.failedRequests } : sum;
            },
            { requests: 0, retries: 0, failedRequests: 0 },
          ),
        ]),
      ) as NonNullable<Manifest['llmCalls']>)
    : undefined;
  const createdAt = shards.map((s) => s.manifest.createdAt).sort()[0] ?? first.createdAt;
  // Spreading then overriding keeps every key where a single run's manifest has it, so the JSON matches field for field.
  return { ...first, createdAt, notes, ...(llmCalls ? { llmCalls } : {}) };
}

/**
 * Combines the shard directories `dirs` into the run directory `outDir`:
 * `episodes.jsonl` in plan order, byte-identical to a single-machine run's,
 * the manifest without its `shard`, and the shards' traces. Throws `E_MERGE`
 * for mismatched plans, missing or repeated shards and missing, duplicate or
 * misplaced episodes, and `E_USAGE` when `outDir` already holds results.
 *
 * @example
 * mergeRuns(['runs/s1', 'runs/s2', 'runs/s3'], 'runs/all');
 */
export function mergeRuns(dirs: readonly string[], outDir: string): MergeOutcome {
  const shards = readShards(dirs);
  const manifest = mergedManifest(shards);
  const keys = plannedKeys(manifest);
  if (keys.length !== manifest.planned) fail(`${shards[0]?.dir}: the manifest plans ${manifest.planned} episodes but its plan has ${keys.length}; was it edited?`);
  const lines = locateLines(shards, keys);

  const out = join(outDir, EPISODES_FILE);
  if (existsSync(out) && statSync(out).size > 0) throw new UsersimError('E_USAGE', `${out} already holds results; merge into an empty directory`);
  mkdirSync(outDir, { recursive: true });
  const fds = shards.map((s) => openSync(join(s.dir, EPISODES_FILE), 'r'));
  const tmp = `${out}.tmp`;
  const target = openSync(tmp, 'w');
  try {
    const newline = Buffer.from('\n');
    for (const { shard, span } of lines) {
      writeAll(target, readSpan(fds[shard] as number, span));
      writeAll(target, newline);
    }
    fsyncSync(target);
  } finally {
    closeSync(target);
    for (const fd of fds) closeSync(fd);
  }
  renameSync(tmp, out);
  for (const shard of shards) {
    const traces = join(shard.dir, 'traces');
    if (existsSync(traces)) cpSync(traces, join(outDir, 'traces'), { recursive: true });
  }
  writeManifest(outDir, manifest);
  return { outDir, shards: shards.length, episodes: lines.length, manifest };
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}
