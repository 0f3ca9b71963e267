/**
 * Model-call reliability figures for the manifest: per role, the requests
 * made, the HTTP retries they needed and the calls that still failed. Retries
 * vary from run to run (they depend on the network), which is why they live in
 * the manifest and never in the byte-stable episode lines. A resumed run adds
 * its figures to the stored ones.
 */
import type { UsageSnapshot } from '../llm/usage.js';
import type { Manifest } from './manifest.js';

/** Per-role reliability sums as stored in `manifest.json` under `llmCalls`. */
export type LlmCallCounts = Record<'agent' | 'user' | 'judge', { requests: number; retries: number; failedRequests: number }>;

/** The manifest with this session's model-call counts added to any it already held. */
export function withLlmCallCounts(manifest: Manifest, usage: UsageSnapshot): Manifest {
  const before = manifest.llmCalls;
  const counts = {} as LlmCallCounts;
  for (const role of ['agent', 'user', 'judge'] as const) {
    const now = usage.byRole[role];
    const old = before?.[role] ?? { requests: 0, retries: 0, failedRequests: 0 };
    counts[role] = { requests: old.requests + now.requests, retries: old.retries + now.retries, failedRequests: old.failedRequests + now.failedRequests };
  }
  return { ...manifest, llmCalls: counts };
}
