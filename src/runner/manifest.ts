/**
 * The run manifest: what was run and with what (config, versions, seeds,
 * scenario hashes, git sha), so a result file can be trusted and reproduced.
 * On resume, the stored manifest must describe the same plan.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import { changedPlanParts } from './plan-fingerprint.js';

export const MANIFEST_FILE = 'manifest.json';

export interface Manifest {
  usersim: string;
  node: string;
  runId: string;
  createdAt: string;
  gitSha: string | null;
  config: {
    agents: string[];
    user: string;
    judge: string;
    conditions: string[];
    seeds: number[];
    concurrency: number;
  };
  scenarios: { id: string; file: string; hash: string }[];
  planned: number;
  /**
   * Present when this directory holds one shard of the run (`--shard i/n`):
   * which one, and how many of the `planned` episodes fall in it.
   * `usersim merge` drops it when it combines the shards.
   */
  shard?: { index: number; count: number; planned: number };
  /** Free-form notes the run adds as it goes, e.g. why scheduling stopped. */
  notes: string[];
  /** Hashes of composed prompts, models and other provenance that LLM actors add. */
  provenance: Record<string, unknown>;
  /** The hash of everything results depend on (see `planParts`). */
  planHash?: string;
  /** Model calls per role: requests, HTTP retries, calls that failed after their retries (summed over resumes). */
  llmCalls?: Record<'agent' | 'user' | 'judge', { requests: number; retries: number; failedRequests: number }>;
}

/** The git commit of the working directory, or null outside a checkout. */
export function gitSha(cwd = process.cwd()): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    return null;
  }
}

export function readManifest(dir: string): Manifest | undefined {
  const path = join(dir, MANIFEST_FILE);
  return existsSync(path) ? parseManifest(path, readFileSync(path, 'utf8')) : undefined;
}

/** Writes the manifest atomically (temp file + rename). */
export function writeManifest(dir: string, manifest: Manifest): void {
  const path = join(dir, MANIFEST_FILE);
  writeFileSync(`${path}.tmp`, `${JSON.stringify(manifest, null, 2)}\n`);
  renameSync(`${path}.tmp`, path);
}

/** Refuses to resume a run whose plan differs from the stored one, naming what changed. */
export function assertSamePlan(stored: Manifest, next: Manifest): void {
  const changed = changedPlanParts(stored, next);
  const shardOf = (m: Manifest) => (m.shard ? `shard ${m.shard.index}/${m.shard.count}` : 'the whole plan');
  if (shardOf(stored) !== shardOf(next)) changed.push(`shard (stored: ${shardOf(stored)}, now: ${shardOf(next)})`);
  if (changed.length) {
    throw new UsersimError(
      'E_RESUME_MISMATCH',
      `cannot resume: the ${changed.join(', ')} differ from the stored manifest, and resuming would mix two configurations in one run; use a new --out`,
    );
  }
}

/** Reads the manifest, refusing a file that is not one (`E_IO`) rather than crashing later. */
function parseManifest(path: string, text: string): Manifest {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsersimError('E_IO', `${path}: not valid JSON (${(error as Error).message}); restore it or start a new --out`);
  }
  const m = value as Partial<Manifest> | null;
  if (!m || typeof m !== 'object' || !m.config || !Array.isArray(m.scenarios) || !Array.isArray(m.notes)) {
    throw new UsersimError('E_IO', `${path}: not a usersim run manifest; restore it or start a new --out`);
  }
  return { provenance: {}, ...m } as Manifest;
}
