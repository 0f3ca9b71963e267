/**
 * What a run's results depend on, part by part: the agents, the user, the
 * judge, conditions, seeds, scenario hashes, and for model-backed actors the
 * models, sampling settings and prompt hashes. A resume must match the stored
 * run on every part, or two configurations would be mixed under one name; the
 * refusal names the parts that differ. The manifest keeps a hash of the whole
 * (`planHash`) so runs can be compared at a glance.
 *
 * Where a model is served (its base URL), the cache setting and the budget are
 * left out: moving an endpoint or raising a budget does not change results.
 */
import { sha256 } from '../util/hash.js';
import type { Manifest } from './manifest.js';

/** A manifest's plan, part by part. */
export function planParts(manifest: Pick<Manifest, 'config' | 'scenarios' | 'provenance'>): Record<string, unknown> {
  const llm = (manifest.provenance.llm ?? {}) as Record<string, unknown>;
  return {
    agents: manifest.config.agents,
    user: manifest.config.user,
    judge: manifest.config.judge,
    conditions: manifest.config.conditions,
    seeds: manifest.config.seeds,
    scenarios: manifest.scenarios.map((s) => ({ id: s.id, hash: s.hash })),
    'agent models, sampling and prompts': withoutEndpoints(llm.agents),
    'user model, sampling and prompt': withoutEndpoints(llm.users),
    'judge model, sampling and prompts': withoutEndpoints(llm.judge),
  };
}

/** Drops `baseURL` at every depth. */
function withoutEndpoints(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEndpoints);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).filter(([k]) => k !== 'baseURL').map(([k, v]) => [k, withoutEndpoints(v)]));
  }
  return value;
}

/** The hash of a manifest's whole plan. */
export function planHash(manifest: Pick<Manifest, 'config' | 'scenarios' | 'provenance'>): string {
  return sha256(planParts(manifest));
}

/** The names of the parts in which two plans differ, in a fixed order. */
export function changedPlanParts(stored: Pick<Manifest, 'config' | 'scenarios' | 'provenance'>, next: Pick<Manifest, 'config' | 'scenarios' | 'provenance'>): string[] {
  const a = planParts(stored);
  const b = planParts(next);
  return Object.keys(a).filter((k) => sha256(a[k] ?? null) !== sha256(b[k] ?? null));
}
