/**
 * The run-level LLM session: everything the LLM actors of one run share, and
 * the resolvers that turn CLI specs into actors. It loads the config file
 * (`--config`, else `usersim.config.yaml` in the working directory when
 * present), and builds ONE response cache, endpoint limiter, budget and run
 * meter, so that every agent, user and judge of the run is limited, cached,
 * counted and capped together. Clients are made once per model config and
 * given each episode's meter as episodes start.
 *
 * Specs: agents `openai-tools:<model>[…]`, `react:<model>[…]`, `http:<url>`
 * (see `llm-agent-name.ts`); users `llm:<model>`; judges `<model>` (or
 * `deterministic`). `<model>` is a model named in the config file, else a raw
 * model name served at `--base-url` (default: the OpenAI API).
 *
 * @example
 * const llm = createLlmSession({ baseURL: 'http://localhost:11434/v1', maxCostUsd: 5 });
 * llm.register(); // agentVariant('openai-tools:qwen2.5:7b') now resolves
 * await runner.run({ …, judge: llm.judge(flags.judge), shouldSchedule: llm.shouldSchedule, provenance: llm.provenance() });
 * llm.close();
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { createHttpAgent } from '../agents/http.js';
import { llmAgentName, parseLlmAgentSpec, type LlmAgentSpec } from '../agents/llm-agent-name.js';
import { createOpenAiToolsAgent, openAiToolsProtocol } from '../agents/openai-tools.js';
import { composePromptTemplate, promptProvenanceOf, type PromptProvenance, type PromptTemplate } from '../agents/prompt-parts.js';
import { createReactAgent, reactProtocol } from '../agents/react.js';
import { registerAgentKind } from '../agents/variants.js';
import { createDeterministicJudge } from '../judge/deterministic.js';
import type { Judge } from '../judge/judge.js';
import { createLlmJudge, llmJudgeProvenance, type LlmJudgeOptions } from '../judge/llm-judge.js';
import type { AgentVariant, UserVariant } from '../runner/runner.js';
import { UsersimError } from '../errors.js';
import type { AskRecogniserVariant } from '../simulated-user/ask-recogniser.js';
import { ASKS_PROMPT, asksPromptHash, createLlmAskRecogniser } from '../simulated-user/asks/llm.js';
import { createLlmUser } from '../simulated-user/llm.js';
import { USER_PROMPT, userPromptHash } from '../simulated-user/llm-user-prompt.js';
import { registerUserKind } from '../simulated-user/variants.js';
import type { Clock } from '../util/clock.js';
import { canonicalJson } from '../util/hash.js';
import { createRng } from '../util/rng.js';
import { createBudget } from './budget.js';
import { createResponseCache, type ResponseCache } from './cache.js';
import { createLlmClient, type LlmClient } from './client.js';
import { estimateCost, type CostEstimate } from './estimate.js';
import { createEndpointLimiter } from './limiter.js';
import { resolveModelConfig, type ModelConfig } from './model-config.js';
import { readPromptFile } from './prompt-file.js';
import type { Sleep } from './retry.js';
import { planForEstimate, type EstimatePlan } from './session-plan.js';
import { createUsageMeter, type UsageSnapshot } from './usage.js';
import { DEFAULT_CONFIG_FILE, loadUsersimConfig } from './usersim-config.js';
import { redactUrl } from './redact-url.js';
import { endpointOf, preflightModels } from './preflight.js';
import { planConcurrency, type ConcurrencyPlan } from './concurrency-plan.js';

export type { EstimatePlan } from './session-plan.js';

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
  /** Options for LLM judges made by `judge()`. */
  judge?: Pick<LlmJudgeOptions, 'refusal' | 'extraction' | 'rubric'>;
}

/** What a session offers the CLI and the library API; see {@link createLlmSession}. */
export interface LlmSession {
  /** The named models of the config file (none without one). */
  readonly models: Readonly<Record<string, ModelConfig>>;
  /** The variant for an LLM agent spec, or undefined for other specs. */
  agentVariant(spec: string): AgentVariant | undefined;
  /** The variant for `llm:<model>`, or undefined for other specs. */
  userVariant(spec: string): UserVariant | undefined;
  /** The ask recogniser for `--asks`: undefined for `deterministic` or none, an LLM recogniser for `llm:<model>`. */
  asks(spec?: string): AskRecogniserVariant | undefined;
  /** The judge for `--judge`: deterministic when absent or `deterministic`, else an LLM judge on that model. */
  judge(spec?: string): Judge;
  /** Registers the agent and user resolvers, so `agentVariant()`/`userVariant()` of the registries know these kinds. */
  register(): void;
  /** For `RunConfig.shouldSchedule`: false once the budget is spent. */
  shouldSchedule(): { ok: true } | { ok: false; reason: string };
  /** For the manifest: models, prompt hashes, sampling settings, budget. Never keys. */
  provenance(): Record<string, unknown>;
  /** `{ variantName: { parts, protocol, hash } }` for every LLM agent variant resolved so far. */
  promptProvenance(): Record<string, PromptProvenance>;
  /** The `--dry-run` estimate for a plan; makes no requests and needs no keys. */
  estimate(plan: EstimatePlan): CostEstimate;
  /** Run totals per role. */
  usage(): UsageSnapshot;
  /**
   * One cheap request per endpoint the resolved actors use (see `preflightModels`):
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
   * given, else derived from the endpoints' declared `concurrency`.
   */
  concurrency(requested?: number): ConcurrencyPlan;
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
  const models = configFile ? loadUsersimConfig(configFile).models : {};
  const budget = createBudget(options.maxCostUsd);
  const limiter = createEndpointLimiter();
  const meter = createUsageMeter();
  const clients = new Map<string, LlmClient>();
  const agents: Record<string, Record<string, unknown>> = {};
  const prompts: Record<string, PromptProvenance> = {};
  const users: Record<string, Record<string, unknown>> = {};
  let judgeProvenance: Record<string, unknown> | undefined;
  let asksProvenance: Record<string, unknown> | undefined;
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
      check = preflightModels(targets(endpoint), options.env, 'found at the first request the response cache could not answer, so the run stops');
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
  const sampling = (config: ModelConfig) => ({
    baseURL: redactUrl(config.baseURL),
    model: config.model,
    temperature: config.temperature,
    ...(config.topP === undefined ? {} : { topP: config.topP }),
    ...(config.maxTokens === undefined ? {} : { maxTokens: config.maxTokens }),
    // The sampling seed is drawn per episode from the episode seed (see sampling-seed.ts); a config seed shifts that stream.
    seed: config.seed === undefined ? 'per-episode' : `per-episode, shifted by ${config.seed}`,
  });
  const templateOf = (spec: LlmAgentSpec): PromptTemplate =>
    composePromptTemplate(spec.prompts, spec.kind === 'openai-tools' ? openAiToolsProtocol(spec.answer) : reactProtocol(spec.answer));

  const session: LlmSession = {
    models,
    agentVariant: (spec) => {
      const parsed = parseLlmAgentSpec(spec);
      if (!parsed) return undefined;
      const name = llmAgentName(parsed);
      if (parsed.kind === 'http') {
        agents[name] = { kind: 'http', url: redactUrl(parsed.url) };
        const { url } = parsed;
        return { name, create: ({ rng }) => createHttpAgent({ url, rng, name, ...(options.sleep ? { sleep: options.sleep } : {}) }) };
      }
      const client = clientFor(parsed.model, `agent ${name}`);
      const template = templateOf(parsed);
      prompts[name] = promptProvenanceOf(template);
      agents[name] = { kind: parsed.kind, answer: parsed.answer, ...sampling(client.config), prompt: prompts[name] };
      const answerMode = parsed.answer;
      return {
        name,
        create: ({ rng, meter: episodeMeter }) => {
          const common = { client: client.withMeter(episodeMeter), template, answerMode, rng, name };
          return parsed.kind === 'openai-tools' ? createOpenAiToolsAgent(common) : createReactAgent(common);
        },
      };
    },
    userVariant: (spec) => {
      const match = /^llm:(\S+)$/.exec(spec.trim());
      if (!match) return undefined;
      const name = `llm:${match[1]}`;
      const client = clientFor(match[1] as string, `user ${name}`);
      users[name] = { ...sampling(client.config), prompt: { file: USER_PROMPT, hash: userPromptHash() } };
      return {
        name,
        create: ({ rng, meter: episodeMeter, asks }) => createLlmUser({ client: client.withMeter(episodeMeter), rng, name, ...(asks ? { asks } : {}) }),
      };
    },
    asks: (spec) => {
      const trimmed = spec?.trim() ?? '';
      if (trimmed === '' || trimmed === 'deterministic') return undefined;
      const match = /^llm:(\S+)$/.exec(trimmed);
      if (!match) throw new UsersimError('E_USAGE', `unknown ask recogniser "${trimmed}"; expected deterministic or llm:<model>`);
      const name = `llm:${match[1]}`;
      const client = clientFor(match[1] as string, 'asks');
      asksProvenance = { name, ...sampling(client.config), prompt: { file: ASKS_PROMPT, hash: asksPromptHash() } };
      return { name, create: ({ meter: episodeMeter }) => createLlmAskRecogniser({ client: client.withMeter(episodeMeter), name }) };
    },
    judge: (spec) => {
      if (spec === undefined || spec.trim() === '' || spec.trim() === 'deterministic') return createDeterministicJudge();
      const client = clientFor(spec.trim(), `judge ${spec.trim()}`);
      const judgeOptions = { client, ...options.judge, name: `llm:${spec.trim()}` };
      const { prompts: hashes } = llmJudgeProvenance(judgeOptions);
      judgeProvenance = { ...sampling(client.config), prompts: hashes };
      return createLlmJudge(judgeOptions);
    },
    register: () => {
      registerAgentKind((spec) => session.agentVariant(spec));
      registerUserKind((spec) => session.userVariant(spec));
    },
    shouldSchedule: () => {
      if (!budget.exhausted()) return { ok: true };
      const { maxUsd, spentUsd } = budget.snapshot();
      return { ok: false, reason: `the cost budget (--max-cost ${maxUsd} USD) is spent: ${spentUsd} USD so far` };
    },
    provenance: () => ({
      llm: {
        agents: structuredClone(agents),
        users: structuredClone(users),
        ...(judgeProvenance ? { judge: structuredClone(judgeProvenance) } : {}),
        ...(asksProvenance ? { asks: structuredClone(asksProvenance) } : {}),
        cache: options.noCache ? 'disabled' : 'enabled',
        budget: { maxUsd: budget.maxUsd },
      },
    }),
    promptProvenance: () => structuredClone(prompts),
    estimate: (plan) => estimateCost(planForEstimate(plan, { configOf, templateOf, userPrompt: () => readPromptFile(USER_PROMPT) })),
    usage: () => meter.snapshot(),
    preflight: async () => {
      if (options.noCache) await preflightModels(targets(), options.env);
      else lazyPreflight = true;
    },
    concurrency: (requested) =>
      planConcurrency(
        [...roles.values()].map((r) => ({ baseURL: r.config.baseURL, concurrency: r.config.concurrency, roles: [...r.roles] })),
        requested,
      ),
    budget: () => budget.snapshot(),
    close: () => cache?.close(),
  };
  return session;
}
