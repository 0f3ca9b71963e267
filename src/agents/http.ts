/**
 * The HTTP agent: the agent under test is an external service, in any
 * language, called once per step. Protocol `usersim.agent.v1`:
 *
 * - usersim sends `POST <url>` with `content-type: application/json` and the
 *   body `{ protocol: "usersim.agent.v1", episode, context, tools, messages }`,
 *   where `episode` is an opaque id (from the episode's seeded generator, the
 *   same for every step of one episode and on every re-run) and the rest is
 *   exactly the agent's observation: the task context, the tool specs
 *   (`{name, description, parameters, writes}`) and the conversation so far
 *   (`{role:'user', text}`, `{role:'agent', action}`, `{role:'tool', callId, name, outcome}`).
 * - The service answers 200 with ONE action as JSON:
 *   `{ "type": "message", "text": … }` (to the user), `{ "type": "answer", "text": … }`
 *   (the final answer) or `{ "type": "tool", "name": …, "args": {…} }`.
 *
 * Failures: 401, 403, 404 and 405 mean the URL is wrong (`E_CONFIG`: the run
 * stops). A body that is not one of those actions, or another 4xx, is the agent's
 * fault (`E_AGENT`); a connection failure, a timeout, 408, 429 or a 5xx is
 * retried with backoff and, once the retries are spent, is an infrastructure
 * failure (`E_INFRA`, excluded from scores). The episode's signal cancels a
 * request in flight.
 */
import { z } from 'zod';
import { UsersimError } from '../errors.js';
import { backoffDelay, defaultSleep, type Sleep } from '../llm/retry.js';
import type { AgentAction } from '../core/transcript.js';
import { createIdGenerator } from '../util/ids.js';
import type { Rng } from '../util/rng.js';
import type { Agent, Observation } from './agent.js';
import { redactUrl } from '../llm/redact-url.js';

/** The protocol name sent in every request. */
export const HTTP_AGENT_PROTOCOL = 'usersim.agent.v1';

/** The request body: the observation, the protocol name and the episode id. */
export interface HttpAgentRequest extends Observation {
  protocol: typeof HTTP_AGENT_PROTOCOL;
  episode: string;
}

/** One action, as the service must send it back. */
export const HttpAgentActionSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('message'), text: z.string().min(1) }),
  z.strictObject({ type: z.literal('answer'), text: z.string() }),
  z.strictObject({ type: z.literal('tool'), name: z.string().min(1), args: z.record(z.string(), z.unknown()).default({}) }),
]);

/** Options of {@link createHttpAgent}. */
export interface HttpAgentOptions {
  url: string;
  /** The episode's generator for this agent: it gives the opaque episode id. */
  rng?: Rng;
  /** Per attempt; default 60 s. */
  timeoutMs?: number;
  /** Retries after the first attempt on transient failures; default 2. */
  maxRetries?: number;
  /** Waits between attempts; tests inject one that returns at once. */
  sleep?: Sleep;
  /** The name recorded in results; `http:<url>` by default. */
  name?: string;
}

const RETRYABLE = (status: number): boolean => status === 408 || status === 409 || status === 429 || status >= 500;
/** The URL or its credentials are wrong: no episode can succeed, so the run stops (`E_CONFIG`). */
const CONFIG_STATUS = new Set([401, 403, 404, 405]);

/**
 * Creates one episode's HTTP agent.
 *
 * @example
 * const agent = createHttpAgent({ url: 'http://127.0.0.1:8787/act', rng });
 */
export function createHttpAgent(options: HttpAgentOptions): Agent {
  const { url } = options;
  const timeoutMs = options.timeoutMs ?? 60_000;
  const maxRetries = options.maxRetries ?? 2;
  const sleep = options.sleep ?? defaultSleep;
  const shownUrl = redactUrl(url);
  const name = options.name ?? `http:${shownUrl}`;
  const episode = options.rng ? createIdGenerator(options.rng.fork('http-episode'), 16)() : 'episode';

  /** One attempt: the parsed JSON body, or a failure saying whether it is worth retrying. */
  const attempt = async (body: string, signal: AbortSignal): Promise<{ json: unknown } | { retry: boolean; detail: string; retryAfterMs?: number }> => {
    const timeout = AbortSignal.timeout(timeoutMs);
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body,
        signal: AbortSignal.any([signal, timeout]),
      });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timeout.aborted) return { retry: true, detail: `timed out after ${timeoutMs} ms` };
      return { retry: true, detail: `connection error: ${describe(error)}` };
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      return { retry: true, detail: timeout.aborted ? `timed out after ${timeoutMs} ms` : `reading the response failed: ${describe(error)}` };
    }
    if (!response.ok) {
      const detail = `${response.status} ${clip(text)}`;
      if (CONFIG_STATUS.has(response.status)) throw new UsersimError('E_CONFIG', `${name}: [POST] "${shownUrl}": ${detail} (check the agent's URL and credentials)`);
      if (!RETRYABLE(response.status)) throw new UsersimError('E_AGENT', `${name}: [POST] "${shownUrl}": ${detail}`);
      const seconds = Number(response.headers.get('retry-after') ?? '');
      return { retry: true, detail, ...(Number.isFinite(seconds) && seconds >= 0 && response.headers.has('retry-after') ? { retryAfterMs: seconds * 1000 } : {}) };
    }
    try {
      return { json: JSON.parse(text) as unknown };
    } catch {
      throw new UsersimError('E_AGENT', `${name}: the response is not JSON: ${clip(text)}`);
    }
  };

  return {
    name,
    act: async (observation, { signal, nextCallId }) => {
      signal.throwIfAborted();
      const request: HttpAgentRequest = { protocol: HTTP_AGENT_PROTOCOL, episode, context: observation.context, tools: observation.tools, messages: observation.messages };
      const body = JSON.stringify(request);
      for (let n = 1; ; n++) {
        const outcome = await attempt(body, signal);
        if ('json' in outcome) return toAction(outcome.json, name, nextCallId);
        if (n > maxRetries) throw new UsersimError('E_INFRA', `${name}: [POST] "${shownUrl}": ${outcome.detail}${n > 1 ? ` (after ${n} attempts)` : ''}`);
        const failure = { retryable: true, code: 'E_INFRA' as const, detail: outcome.detail, ...(outcome.retryAfterMs === undefined ? {} : { retryAfterMs: outcome.retryAfterMs }) };
        await sleep(backoffDelay(n, failure), signal);
        signal.throwIfAborted();
      }
    },
  };
}

function toAction(json: unknown, name: string, nextCallId: () => string): AgentAction {
  const parsed = HttpAgentActionSchema.safeParse(json);
  if (!parsed.success) {
    const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new UsersimError('E_AGENT', `${name}: the response is not a usersim.agent.v1 action (${detail}): ${clip(JSON.stringify(json))}`);
  }
  const action = parsed.data;
  if (action.type === 'tool') return { type: 'tool', call: { id: nextCallId(), name: action.name, args: action.args } };
  return action;
}

function describe(error: unknown): string {
  const cause = (error as { cause?: unknown }).cause;
  if (cause instanceof Error && cause.message) return cause.message;
  return error instanceof Error ? error.message : String(error);
}

function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
