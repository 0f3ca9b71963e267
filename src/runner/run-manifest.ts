/**
 * The manifest of a new run, from its configuration: versions, git sha, the
 * agents, user, judge, conditions, seeds and scenario hashes, and the plan
 * hash that `--resume` compares part by part.
 */
import { gitSha, type Manifest } from './manifest.js';
import { planHash } from './plan-fingerprint.js';
import type { Condition } from './result.js';
import type { RunConfig } from './runner.js';
import type { Clock } from '../util/clock.js';

/** Kept in step with package.json by a test. */
export const USERSIM_VERSION = '0.1.0';

/** The manifest for `planned` episodes of `config`, stamped with the run id and the clock's time. */
export function buildManifest(config: RunConfig, conditions: readonly Condition[], planned: number, runId: string, clock: Clock, shardPlanned?: number): Manifest {
  const manifest: Manifest = {
    usersim: USERSIM_VERSION,
    node: process.version,
    runId,
    createdAt: new Date(clock.now()).toISOString(),
    gitSha: gitSha(),
    config: {
      agents: config.agents.map((a) => a.name),
      user: config.user.name,
      judge: config.judge.name,
      conditions: [...conditions],
      seeds: [...config.seeds],
      concurrency: config.concurrency ?? 1,
    },
    scenarios: config.scenarios.map((s) => ({ id: s.scenario.id, file: s.file, hash: s.hash })),
    planned,
    ...(config.shard ? { shard: { index: config.shard.index, count: config.shard.count, planned: shardPlanned ?? planned } } : {}),
    notes: [],
    provenance: config.provenance ?? {},
  };
  return { ...manifest, planHash: planHash(manifest) };
}
