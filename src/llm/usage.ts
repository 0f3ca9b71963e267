/**
 * Token and cost accounting. A `UsageMeter` sums chat calls per role (agent,
 * user, judge); the runner keeps one per episode and one for the whole run.
 * Two costs are kept on purpose: `costUsd` is the money this run actually spent
 * (a cached reply costs nothing), while `listCostUsd` and the token counts
 * describe the conversation itself and are the same on every re-run, so they
 * can go into results that must be byte-identical across runs.
 */
import { LLM_ROLES } from './chat-types.js';
import type { LlmRole, LlmUsage } from './chat-types.js';
import type { Prices } from './model-config.js';

/** Sums for one role, or for all of them. */
export interface UsageTotals {
  /** Chat calls that returned a reply, cached or not. */
  requests: number;
  /** Of those, the ones served from the cache. */
  cachedRequests: number;
  /** Chat calls that failed after their retries. */
  failedRequests: number;
  /** HTTP attempts beyond the first, over all calls. Varies between runs; keep it out of byte-stable results. */
  retries: number;
  /** Tokens of every reply, cached or not. */
  inputTokens: number;
  outputTokens: number;
  /** Money spent by this run, in US dollars. */
  costUsd: number;
  /** What the same calls cost without the cache. */
  listCostUsd: number;
}

export interface UsageSnapshot {
  byRole: Record<LlmRole, UsageTotals>;
  total: UsageTotals;
}

/** One finished chat call, as the client reports it. */
export interface UsageRecord {
  usage: LlmUsage;
  cached: boolean;
  costUsd: number;
  listCostUsd: number;
  /** HTTP attempts (0 when cached). */
  attempts: number;
}

export interface UsageMeter {
  record(role: LlmRole, entry: UsageRecord): void;
  /** A call that failed after `attempts` HTTP attempts. */
  recordFailure(role: LlmRole, attempts: number): void;
  /** A copy of the sums, costs rounded to nano-dollars so that summation order cannot change the bytes. */
  snapshot(): UsageSnapshot;
}

/** The price of `usage` at `prices` per million tokens; 0 without prices. */
export function costOf(usage: LlmUsage, prices: Prices | undefined): number {
  if (!prices) return 0;
  return (usage.inputTokens * prices.inputPerMTok + usage.outputTokens * prices.outputPerMTok) / 1_000_000;
}

/** A rough token count for text (about four characters a token), for dry-run cost estimates only. */
export function estimateTokens(text: string): number {
  return Math.ceil(text.length / 4);
}

/**
 * Creates an empty meter.
 *
 * @example
 * const meter = createUsageMeter();
 * const llm = runClient.withMeter(meter); // every call of this episode is counted here too
 */
export function createUsageMeter(): UsageMeter {
  const byRole = Object.fromEntries(LLM_ROLES.map((r) => [r, emptyTotals()])) as Record<LlmRole, UsageTotals>;
  return {
    record: (role, entry) => {
      const t = byRole[role];
      t.requests += 1;
      if (entry.cached) t.cachedRequests += 1;
      t.retries += Math.max(0, entry.attempts - 1);
      t.inputTokens += entry.usage.inputTokens;
      t.outputTokens += entry.usage.outputTokens;
      t.costUsd += entry.costUsd;
      t.listCostUsd += entry.listCostUsd;
    },
    recordFailure: (role, attempts) => {
      const t = byRole[role];
      t.failedRequests += 1;
      t.retries += Math.max(0, attempts - 1);
    },
    snapshot: () => {
      const roles = Object.fromEntries(LLM_ROLES.map((r) => [r, rounded(byRole[r])])) as Record<LlmRole, UsageTotals>;
      const total = emptyTotals();
      for (const r of LLM_ROLES) {
        for (const k of Object.keys(total) as (keyof UsageTotals)[]) total[k] += roles[r][k];
      }
      return { byRole: roles, total: rounded(total) };
    },
  };
}

function emptyTotals(): UsageTotals {
  return {
    requests: 0,
    cachedRequests: 0,
    failedRequests: 0,
    retries: 0,
    inputTokens: 0,
    outputTokens: 0,
    costUsd: 0,
    listCostUsd: 0,
  };
}

function rounded(t: UsageTotals): UsageTotals {
  const nano = (x: number): number => Math.round(x * 1e9) / 1e9;
  return { ...t, costUsd: nano(t.costUsd), listCostUsd: nano(t.listCostUsd) };
}
