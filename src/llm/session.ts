/**
 * The run-level LLM session: everything the LLM-backed kinds of one run
 * share. It loads the config file (`--config`, else `usersim.config.yaml` in
 * the working directory when present), and builds ONE response cache,
 * endpoint limiter, budget and run meter, so that every agent, user and judge
 * of the run is limited, cached, counted and capped together. Clients are made
 * once per model config and given each episode's meter as episodes start.
 *
 * The session is the client layer only: it knows models, not actors. The
 * LLM-backed kinds that use it live with their families (`agents/llm-kinds.ts`,
 * `simulated-user/llm-kind.ts`, `judge/llm-kind.ts`, `asks/llm-kind.ts`) and
 * are gathered by `llmKinds(session)` in `registry/`.
 *
 * @example
 * const llm = createLlmSession({ baseURL: 'http://localhost:11434/v1', maxCostUsd: 5 });
 * const registry = createRegistry(llmKinds(llm));
 * registry.agent('openai-tools:qwen2.5:7b'); // a variant whose agents share llm's cache and budget
 * llm.close();
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Clock } from '../util/clock.js';
import { canonicalJson } from '../util/hash.js';
import { createRng } from '../util/rng.js';
import { createBudget } from './budget.js';
import { createResponseCache, type ResponseCache } from './cache.js';
import { createLlmClient, type LlmClient } from './client.js';
import { createEndpointLimiter } from './limiter.js';
import { resolveModelConfig, type ModelConfig } from './model-config.js';
import type { Sleep } from './retry.js';
import { createUsageMeter, type UsageSnapshot } from './usage.js';
import { DEFAULT_CONFIG_FILE, loadUsersimConfig } from './usersim-config.js';
import type { HttpClientName } from './usersim-config.js';
import { redactUrl } from './redact-url.js';
import { endpointOf, preflightModels } from './preflight.js';
import { sharedHttpFetch } from './http-fetch.js';
import type { Fetch } from './http-fetch.js';
import { planConcurrency, type ConcurrencyPlan } from './concurrency-plan.js';


/** Options of {@link createLlmSession}; the CLI flags of the same names. */
export interface LlmSessionOptions {
  /** `--config`: a config file that must exist. Without it, `usersim.config.yaml` in `cwd` is read when present. */
  configFile?: string;
  /** `--base-url`: overrides the base URL of every model. */
  baseURL?: string;
  /** `--cache-dir` (default `.usersim/cache`). */
  cacheDir?: string;
  /** `--no-cache`. */
  noCache?: boolean;
  /** `--max-cost`, in US dollars. */
  maxCostUsd?: number;
  /** Where API keys are read from; default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /** Where the default config file is looked for; default the working directory. */
  cwd?: string;
  /** Waits between retries (tests inject one that returns at once). */
  sleep?: Sleep;
  /** For `retry-after` dates only. */
  clock?: Clock;
  /**
   * What model requests are sent with: `node` (default), node:http with keep-alive (`http-fetch.ts`), or
   * `fetch`, Node's global fetch (undici), e.g. behind a proxy set up with undici's `setGlobalDispatcher`.
   * Default the config file's `httpClient`, else `node`.
   */
  httpClient?: HttpClientName;
}

/** What a session offers the LLM-backed kinds, the CLI and the library API; see {@link createLlmSession}. */
export interface LlmSession {
  /** The named models of the config file (none without one). */
  readonly models: Readonly<Record<string, ModelConfig>>;
  /** The model config a reference resolves to: a model named in the config file, else a raw model at `--base-url`. Makes no client. */
  config(ref: string): ModelConfig;
  /**
   * The shared client for a model reference, made on first use (which checks
   * its API key: `E_CONFIG` when missing). `role` (`agent <name>`, `user …`,
   * `judge …`, `asks`) is recorded for `preflight`.
   */
  client(ref: string, role: string): LlmClient;
  /** A config's sampling settings as the manifest records them (the URL redacted). */
  sampling(config: ModelConfig): Record<string, unknown>;
  /** The wait between retries the session was given, for kinds that retry on their own (HTTP agents). */
  readonly sleep?: Sleep;
  /** For `RunConfig.shouldSchedule`: false once the budget is spent. */
  shouldSchedule(): { ok: true } | { ok: false; reason: string };
  /** For the manifest: cache and budget settings. The kinds' own provenance comes from the registry. */
  provenance(): { cache: 'enabled' | 'disabled'; budget: { maxUsd: number | null } };
  /** Run totals per role. */
  usage(): UsageSnapshot;
  /**
   * One cheap request per endpoint the clients made so far use (see `preflightModels`):
   * a wrong key, URL or model throws `E_CONFIG`. With `--no-cache` every call
   * goes to the network, so the check runs now, before anything is scheduled.
   * With the cache on, it runs at the first request to an endpoint that the
   * cache cannot answer (that request waits for it), so a fully cached re-run
   * sends nothing at all; a problem then fails that request with `E_CONFIG`,
   * which stops the run.
   */
  preflight(): Promise<void>;
  /**
   * Episodes at once for a run of the actors resolved so far, and what limits
   * throughput (see `planConcurrency`): `requested` (`--concurrency`) when
   * given, else `stated` (a study spec's `concurrency`), else derived from the
   * endpoints' declared `concurrency`.
   */
  concurrency(requested?: number, stated?: number): ConcurrencyPlan;
  /** The budget: cap, spent, exhausted. */
  budget(): { maxUsd: number | null; spentUsd: number; exhausted: boolean };
  /** Closes the cache. */
  close(): void;
}

/** Creates a session. Throws `E_CONFIG`/`E_IO` for a bad config file, `E_USAGE` for a bad `--max-cost`. */
export function createLlmSession(options: LlmSessionOptions = {}): LlmSession {
  const cwd = options.cwd ?? process.cwd();
  const defaultFile = path.join(cwd, DEFAULT_CONFIG_FILE);
  const configFile = options.configFile ?? (existsSync(defaultFile) ? defaultFile : undefined);
  const file = configFile ? loadUsersimConfig(configFile) : undefined;
  const models = file?.models ?? {};
  // Looked up at each request, so a dispatcher or mock installed on the global fetch after the session is made still applies.
  const fetch: Fetch = (options.httpClient ?? file?.httpClient ?? 'node') === 'fetch' ? (input, init) => globalThis.fetch(input, init) : sharedHttpFetch();
  const budget = createBudget(options.maxCostUsd);
  const limiter = createEndpointLimiter();
  const meter = createUsageMeter();
  const clients = new Map<string, LlmClient>();
  // Opened on first use, so a run without LLM actors never creates a cache directory.
  let cache: ResponseCache | undefined;
  // Set by preflight() with the cache on: each endpoint is checked at its first cache miss.
  let lazyPreflight = false;
  const preflights = new Map<string, Promise<void>>();

  const configOf = (ref: string): ModelConfig => resolveModelConfig(ref, { models, ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }) });
  const roles = new Map<string, { config: ModelConfig; roles: Set<string> }>();
  const targets = (endpoint?: string) =>
    [...roles.values()].filter((r) => endpoint === undefined || endpointOf(r.config) === endpoint).map((r) => ({ config: r.config, roles: [...r.roles] }));
  /** The deferred preflight of a config's endpoint, shared by every client on it; undefined when none is due. */
  const beforeNetwork = (config: ModelConfig): Promise<void> | undefined => {
    if (!lazyPreflight) return undefined;
    const endpoint = endpointOf(config);
    let check = preflights.get(endpoint);
    if (!check) {
      check = preflightModels(targets(endpoint), options.env, 'found at the first request the response cache could not answer, so the run stops', fetch);
      preflights.set(endpoint, check);
    }
    return check;
  };
  const clientFor = (ref: string, role: string): LlmClient => {
    const config = configOf(ref);
    const key = canonicalJson(config);
    const used = roles.get(key) ?? { config, roles: new Set<string>() };
    used.roles.add(role);
    roles.set(key, used);
    let client = clients.get(key);
    if (!client) {
      cache ??= createResponseCache(options.noCache ? { disabled: true } : options.cacheDir === undefined ? {} : { dir: options.cacheDir });
      client = createLlmClient({
        fetch,
        config,
        cache,
        limiter,
        meter,
        budget,
        rng: createRng(`backoff/${key}`),
        beforeNetwork: () => beforeNetwork(config),
        ...(options.env ? { env: options.env } : {}),
        ...(options.sleep ? { sleep: options.sleep } : {}),
        ...(options.clock ? { clock: options.clock } : {}),
      });
      clients.set(key, client);
    }
    return client;
  };

  return {
    models,
    config: configOf,
    client: clientFor,
    sampling: (config) => ({
      baseURL: redactUrl(config.baseURL),
      model: config.model,
      temperature: config.temperature,
      ...(config.topP === undefined ? {} : { topP: config.topP }),
      ...(config.maxTokens === undefined ? {} : { maxTokens: config.maxTokens }),
      // The sampling seed is drawn per episode from the episode seed (see sampling-seed.ts); a config seed shifts that stream.
      seed: config.seed === undefined ? 'per-episode' : `per-episode, shifted by ${config.seed}`,
    }),
    ...(options.sleep ? { sleep: options.sleep } : {}),
    shouldSchedule: () => {
      if (!budget.exhausted()) return { ok: true };
      const { maxUsd, spentUsd } = budget.snapshot();
      return { ok: false, reason: `the cost budget (--max-cost ${maxUsd} USD) is spent: ${spentUsd} USD so far` };
    },
    provenance: () => ({ cache: options.noCache ? 'disabled' : 'enabled', budget: { maxUsd: budget.maxUsd } }),
    usage: () => meter.snapshot(),
    preflight: async () => {
      if (options.noCache) await preflightModels(targets(), options.env, undefined, fetch);
      else lazyPreflight = true;
    },
    concurrency: (requested, stated) =>
      planConcurrency(
        [...roles.values()].map((r) => ({ baseURL: r.config.baseURL, concurrency: r.config.concurrency, roles: [...r.roles] })),
        requested,
        stated,
      ),
    budget: () => budget.snapshot(),
    close: () => cache?.close(),
  };
}
