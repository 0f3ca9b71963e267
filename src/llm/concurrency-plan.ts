/**
 * How many episodes a run keeps going at once, and what limits its
 * throughput. An episode has at most one model request in flight (its agent,
 * user, recogniser and judge take turns), and between two requests it spends
 * some CPU time of its own (the machine step, building the next request).
 * Each endpoint's declared `concurrency` caps the requests that reach it (the
 * limiter in `limiter.ts` holds the rest in a FIFO queue). A run is therefore
 * limited either by its episode concurrency or by the smallest endpoint limit
 * below it, and the plan line says which, so a run is never capped far below
 * what the endpoint allows without saying so.
 *
 * Defaults: `--concurrency` when given; else a study spec's stated
 * `concurrency`; else {@link ENDPOINT_OVERSUBSCRIPTION}
 * times the largest limit the run's endpoints declare, so that when a request
 * finishes another is already built and waiting for its slot, instead of the
 * slot standing idle while that episode does its own work (with exactly as
 * many episodes as slots, every response leaves a slot empty for that
 * time); else {@link DEFAULT_LLM_CONCURRENCY} when models are used and none
 * declares a limit; else {@link DEFAULT_OFFLINE_CONCURRENCY}.
 *
 * A derived plan whose every endpoint declares a limit below the episode
 * count also has a final stretch: once no more episodes are left to start
 * than run at once, they all start (the runner's `finalStretch`). The
 * endpoints' limiters still cap the requests in flight, so no endpoint sees
 * more than its limit; what changes is that the run does not end with fewer
 * conversations left than the endpoint has slots, each waiting on its own
 * sequence of calls while the other slots stand idle. A number the user gave
 * (`--concurrency`, a spec's) is kept exactly, as is a run with an endpoint
 * that declares no limit (more episodes would mean more requests there).
 */
import { redactUrl } from './redact-url.js';

/** Episodes at once for a run without model endpoints. */
export const DEFAULT_OFFLINE_CONCURRENCY = 4;
/** Episodes at once when the run's endpoints declare no `concurrency`. */
export const DEFAULT_LLM_CONCURRENCY = 16;
/** Episodes at once per request slot of the largest declared endpoint limit, when `--concurrency` is not given. */
export const ENDPOINT_OVERSUBSCRIPTION = 2;
/** The most episodes at once (the CLI's `--concurrency` bound). */
export const MAX_EPISODE_CONCURRENCY = 256;

/** One endpoint a run uses: its base URL, the limit its configs declare (the smallest), and the roles that use it. */
export interface EndpointUse {
  baseURL: string;
  concurrency?: number | undefined;
  roles: readonly string[];
}

/** The run's concurrency and what bounds it. */
export interface ConcurrencyPlan {
  /** Episodes at once. */
  episodes: number;
  /** Where `episodes` came from. */
  source: 'flag' | 'spec' | 'endpoint' | 'default';
  /** Each endpoint (base URL redacted) with its limit, null when it declares none. */
  endpoints: { baseURL: string; limit: number | null; roles: readonly string[] }[];
  /** The endpoint whose limit is below `episodes`, the tightest such, when there is one: then it, not the episodes, limits throughput (by design when `source` is `endpoint`). */
  bottleneck?: { baseURL: string; limit: number };
  /** Whether the run starts its last episodes together (see above): derived plans whose endpoints all declare a limit, one of them below `episodes`. */
  finalStretch: boolean;
}

/**
 * The plan for endpoints `uses` (several entries may share a base URL; the
 * smallest declared limit wins), an optional `--concurrency` (`requested`)
 * and the concurrency a study spec states (`stated`; a flag wins over it).
 *
 * @example
 * planConcurrency([{ baseURL: 'http://localhost:8000/v1', concurrency: 32, roles: ['agent'] }]).episodes // 64
 */
export function planConcurrency(uses: readonly EndpointUse[], requested?: number, stated?: number): ConcurrencyPlan {
  const byUrl = new Map<string, { baseURL: string; limit: number | null; roles: string[] }>();
  for (const use of uses) {
    const key = use.baseURL.replace(/\/+$/, '');
    const entry = byUrl.get(key) ?? { baseURL: redactUrl(key), limit: null, roles: [] };
    if (use.concurrency !== undefined) entry.limit = entry.limit === null ? use.concurrency : Math.min(entry.limit, use.concurrency);
    for (const role of use.roles) if (!entry.roles.includes(role)) entry.roles.push(role);
    byUrl.set(key, entry);
  }
  const endpoints = [...byUrl.values()];
  const [episodes, source] = chooseEpisodes(endpoints, requested, stated);
  const below = endpoints.filter((e): e is typeof e & { limit: number } => e.limit !== null && e.limit < episodes).sort((a, b) => a.limit - b.limit)[0];
  const finalStretch = source === 'endpoint' && below !== undefined && endpoints.every((e) => e.limit !== null);
  return { episodes, source, endpoints, ...(below ? { bottleneck: { baseURL: below.baseURL, limit: below.limit } } : {}), finalStretch };
}

function chooseEpisodes(endpoints: ConcurrencyPlan['endpoints'], requested?: number, stated?: number): [number, ConcurrencyPlan['source']] {
  if (requested !== undefined) return [requested, 'flag'];
  if (stated !== undefined) return [stated, 'spec'];
  const declared = endpoints.map((e) => e.limit).filter((l): l is number => l !== null);
  if (declared.length > 0) return [Math.min(MAX_EPISODE_CONCURRENCY, ENDPOINT_OVERSUBSCRIPTION * Math.max(...declared)), 'endpoint'];
  return [endpoints.length > 0 ? DEFAULT_LLM_CONCURRENCY : DEFAULT_OFFLINE_CONCURRENCY, 'default'];
}

/**
 * The plan line: how many episodes run at once, why, each endpoint's limit,
 * and what limits throughput.
 *
 * @example
 * // concurrency: 32 episodes at once (2 × the largest endpoint limit, so a request is waiting whenever a slot frees); http://localhost:8000/v1 takes 16 requests at once (agent openai-tools:qwen, user llm:qwen); throughput is limited by the endpoint limit of http://localhost:8000/v1 (16 at once, below the 32 episodes at once); the last 32 episodes start together, so the run does not end with fewer conversations than request slots (the endpoint limits still cap the requests)
 */
export function describeConcurrency(plan: ConcurrencyPlan): string {
  const why = plan.source === 'flag' ? '--concurrency' : plan.source === 'spec' ? "the study spec's concurrency" : plan.source === 'endpoint' ? endpointWhy(plan) : plan.endpoints.length > 0 ? 'the default for model endpoints that declare no limit' : 'the default';
  const parts = [`concurrency: ${plan.episodes} episode${plan.episodes === 1 ? '' : 's'} at once (${why})`];
  for (const e of plan.endpoints) {
    const takes = e.limit === null ? 'takes as many requests as the episodes send (no concurrency declared)' : `takes ${e.limit} request${e.limit === 1 ? '' : 's'} at once`;
    parts.push(`${e.baseURL} ${takes} (${e.roles.join(', ')})`);
  }
  parts.push(
    plan.bottleneck
      ? `throughput is limited by the endpoint limit of ${plan.bottleneck.baseURL} (${plan.bottleneck.limit} at once, below the ${plan.episodes} episodes at once)`
      : 'throughput is limited by the episode concurrency',
  );
  if (plan.finalStretch) parts.push(`the last ${plan.episodes} episodes start together, so the run does not end with fewer conversations than request slots (the endpoint limits still cap the requests)`);
  return parts.join('; ');
}

function endpointWhy(plan: ConcurrencyPlan): string {
  const largest = Math.max(...plan.endpoints.map((e) => e.limit ?? 0));
  const multiple = `${ENDPOINT_OVERSUBSCRIPTION} × the largest endpoint limit`;
  return plan.episodes === ENDPOINT_OVERSUBSCRIPTION * largest
    ? `${multiple}, so a request is waiting whenever a slot frees`
    : `${multiple}, capped at ${MAX_EPISODE_CONCURRENCY}`;
}
