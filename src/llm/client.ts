/**
 * The LLM client every actor uses: one chat call against any OpenAI-compatible
 * endpoint, through the real `openai` package, with the run's cache, endpoint
 * limiter, retries, usage meters and budget wrapped around it. Actors see only
 * `chat(request) → result`; which server answered, whether it came from the
 * cache and how many attempts it took are the client's business (and recorded
 * in the result and the meters).
 *
 * Failures: see `retry.ts` for the policy. After the last attempt the client
 * throws `UsersimError` with an ofetch-style message,
 * `[POST] "http://host/v1/chat/completions": 503 overloaded (after 5 attempts)`,
 * which never contains the API key. An aborted signal rejects with the signal's
 * reason (a DOMException named `AbortError` unless the caller gave another).
 */
import OpenAI from 'openai';
import type { ChatCompletion } from 'openai/resources/chat/completions';
import { UsersimError } from '../errors.js';
import { systemClock } from '../util/clock.js';
import type { Clock } from '../util/clock.js';
import type { Rng } from '../util/rng.js';
import type { Budget } from './budget.js';
import type { ResponseCache } from './cache.js';
import type { ChatRequest, ChatResult } from './chat-types.js';
import { createEndpointLimiter } from './limiter.js';
import type { EndpointLimiter } from './limiter.js';
import type { ModelConfig } from './model-config.js';
import { backoffDelay, classifyFailure, defaultSleep } from './retry.js';
import type { AttemptFailure, BackoffOptions, Sleep } from './retry.js';
import { redactSecrets, resolveApiKey } from './secrets.js';
import { redactUrl } from './redact-url.js';
import { costOf } from './usage.js';
import type { UsageMeter } from './usage.js';
import { NoChoiceError, parseCompletion, parseJsonContent, requestKey, toWireBody } from './wire.js';
import type { ParsedCompletion } from './wire.js';
import { sharedHttpFetch } from './http-fetch.js';
import type { Fetch } from './http-fetch.js';

export interface LlmClientOptions {
  config: ModelConfig;
  /** The run's response cache; without one nothing is cached. */
  cache?: ResponseCache;
  /** The run's endpoint limiter, shared by all clients; without one the client gets its own. */
  limiter?: EndpointLimiter;
  /** The run-level meter; `withMeter` adds per-episode ones. */
  meter?: UsageMeter;
  /** The run's budget; every dollar spent is added to it. */
  budget?: Budget;
  /** Used only to read `retry-after` given as an HTTP date. */
  clock?: Clock;
  /** Waits between attempts; tests inject one that records and returns at once. */
  sleep?: Sleep;
  /** Jitter for backoff; without it the delays are exact. */
  rng?: Rng;
  backoff?: Omit<BackoffOptions, 'rng'>;
  /** Where the API key is read from (`config.apiKeyEnv`). Default `process.env`. */
  env?: Readonly<Record<string, string | undefined>>;
  /**
   * Awaited before a request goes to the network (never for a cache hit): the
   * session's deferred preflight. A rejection fails the call with its error.
   */
  beforeNetwork?: () => Promise<void> | undefined;
  /**
   * The `fetch` the `openai` client sends with. Default: {@link sharedHttpFetch}, node:http with
   * keep-alive (see `http-fetch.ts`); a session passes the global `fetch` when `httpClient: fetch`.
   */
  fetch?: Fetch;
}

export interface LlmClient {
  /** The config this client serves. It holds the key's env var name, never the key, so it is safe to record. */
  readonly config: ModelConfig;
  /** Sends one chat request (or answers it from the cache). */
  chat(request: ChatRequest): Promise<ChatResult>;
  /** The same client, also counting every call into `meter` (one per episode). */
  withMeter(meter: UsageMeter): LlmClient;
}

/**
 * Creates a client for one model config. Throws `E_CONFIG` at once if the
 * config needs a key and its env var is unset.
 *
 * @example
 * const llm = createLlmClient({ config: modelConfigFromFlags({ model: 'gpt-4o-mini' }), cache, limiter });
 * const { message } = await llm.chat({ role: 'judge', messages: [{ role: 'user', content: 'Hi' }] });
 */
export function createLlmClient(options: LlmClientOptions): LlmClient {
  const { config, cache, budget, rng } = options;
  const apiKey = resolveApiKey(config, options.env);
  const limiter = options.limiter ?? createEndpointLimiter();
  limiter.declare(config.baseURL, config.concurrency);
  const clock = options.clock ?? systemClock;
  const sleep = options.sleep ?? defaultSleep;
  const url = redactUrl(`${config.baseURL.replace(/\/+$/, '')}/chat/completions`);
  const openai = new OpenAI({ apiKey, baseURL: config.baseURL, maxRetries: 0, timeout: config.timeoutMs, logLevel: 'off', fetch: options.fetch ?? sharedHttpFetch() });

  const fail = (failure: AttemptFailure, attempts: number): UsersimError => {
    const hint =
      failure.code !== 'E_CONFIG'
        ? ''
        : /^40[13]\b/.test(failure.detail)
          ? ` (check the API key in $${config.apiKeyEnv})`
          : ` (check the base URL and the model name "${config.model}")`;
    const tries = attempts > 1 ? ` (after ${attempts} attempts)` : '';
    return new UsersimError(failure.code, redactSecrets(`[POST] "${url}": ${failure.detail}${hint}${tries}`, [apiKey]));
  };

  /**
   * The network path: attempts with backoff until a usable completion or a final failure. `text` is the
   * body serialised (`JSON.stringify`, as the `openai` client would), sent as it is: with the cache on it
   * is the text the key was hashed from, so a body is serialised once per call, not once for the key and
   * again for the wire.
   */
  const fetchCompletion = async (
    text: string,
    signal: AbortSignal | undefined,
    onFailure: (attempts: number) => void,
  ): Promise<{ completion: ChatCompletion; parsed: ParsedCompletion; attempts: number }> => {
    const maxAttempts = config.maxRetries + 1;
    const due = options.beforeNetwork?.();
    if (due) await due;
    for (let attempt = 1; ; attempt++) {
      let failure: AttemptFailure;
      try {
        const completion = await limiter.run(
          config.baseURL,
          config.concurrency,
          () =>
            createWithOwnSignal(signal, (own) =>
              // What `chat.completions.create` sends, with the body already serialised (a string body goes out verbatim given its content type).
              openai.post<ChatCompletion>('/chat/completions', { body: text, headers: JSON_BODY, maxRetries: 0, timeout: config.timeoutMs, ...(own ? { signal: own } : {}) }),
            ),
          signal,
        );
        return { completion, parsed: parseCompletion(completion), attempts: attempt };
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        failure =
          error instanceof NoChoiceError
            ? { retryable: true, code: 'E_INFRA', detail: `200 ${error.message}` }
            : classifyFailure(error, clock, config.timeoutMs);
      }
      if (!failure.retryable || attempt >= maxAttempts) {
        onFailure(attempt);
        throw fail(failure, attempt);
      }
      await sleep(backoffDelay(attempt, failure, { ...options.backoff, ...(rng ? { rng } : {}) }), signal);
      if (signal?.aborted) throw signal.reason;
    }
  };

  // A disabled cache is no cache: then no call hashes or serialises its request unless a caller reads `requestHash`.
  const store = cache && cache.path !== null ? cache : undefined;

  const make = (meters: readonly UsageMeter[]): LlmClient => ({
    config,
    withMeter: (meter) => make([...meters, meter]),
    chat: async (request) => {
      const { signal } = request;
      if (signal?.aborted) throw signal.reason;
      const body = toWireBody(config, request);
      let keyed: { key: string; request: string } | undefined;
      const keyOf = () => (keyed ??= requestKey(config.baseURL, body));
      let parsed: ParsedCompletion | undefined;
      const hit = store?.get(keyOf().key);
      if (hit) parsed = readCached(hit.response);
      let attempts = 0;
      if (!parsed) {
        const onFailure = (n: number): void => meters.forEach((m) => m.recordFailure(request.role, n));
        const fetched = await fetchCompletion(keyed?.request ?? JSON.stringify(body), signal, onFailure);
        parsed = fetched.parsed;
        attempts = fetched.attempts;
        store?.set(keyOf().key, { model: config.model, request: keyOf().request, response: JSON.stringify(fetched.completion) });
      }
      const listCostUsd = costOf(parsed.usage, config.prices);
      const cached = attempts === 0;
      const costUsd = cached ? 0 : listCostUsd;
      budget?.add(costUsd);
      for (const m of meters) m.record(request.role, { usage: parsed.usage, cached, costUsd, listCostUsd, attempts });
      const result: ChatResult = {
        message: { content: parsed.content, toolCalls: parsed.toolCalls },
        finishReason: parsed.finishReason,
        usage: parsed.usage,
        cached,
        costUsd,
        listCostUsd,
        attempts,
        model: config.model,
        get requestHash() {
          return keyOf().key;
        },
      };
      if (request.responseFormat) result.json = parseJsonContent(parsed.content);
      return result;
    },
  });

  return make(options.meter ? [options.meter] : []);
}

/** The content type `openai` sets for a JSON body it serialises itself. */
const JSON_BODY = { 'content-type': 'application/json' } as const;

/** A stored response, or undefined if the row cannot be read (then it is fetched again and overwritten). */
function readCached(response: string): ParsedCompletion | undefined {
  try {
    return parseCompletion(JSON.parse(response) as ChatCompletion);
  } catch {
    return undefined;
  }
}

/**
 * Runs one request under a signal of its own that follows `signal`. The `openai` client adds an
 * abort listener to the signal it is given and never removes it; callers share one signal for a
 * whole episode, so passing it through would pile up a listener per call (MaxListeners warnings).
 * The forwarding listener here is removed when the request settles.
 */
async function createWithOwnSignal<T>(signal: AbortSignal | undefined, request: (own: AbortSignal | undefined) => Promise<T>): Promise<T> {
  if (!signal) return request(undefined);
  const own = new AbortController();
  const forward = () => own.abort(signal.reason);
  if (signal.aborted) forward();
  else signal.addEventListener('abort', forward, { once: true });
  try {
    return await request(own.signal);
  } finally {
    signal.removeEventListener('abort', forward);
  }
}

