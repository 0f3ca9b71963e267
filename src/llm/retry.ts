/**
 * Which failures of a chat request are worth another attempt, and how long to
 * wait before it. The `openai` client can retry by itself, but usersim turns
 * that off: doing it here lets the wait honour `retry-after`, be cancelled by
 * the episode's signal, come from a seeded generator (so runs stay
 * reproducible) and go through an injectable `sleep` (so tests never wait).
 *
 * Policy, in the spirit of ofetch's commented status-code set:
 * - 408, 409, 429 and every 5xx, timeouts, connection failures (refused,
 *   reset, dropped mid-body), a 200 whose body is not JSON (malformed or
 *   truncated) and a 200 with no usable choice are transient: retried, then
 *   `E_INFRA`.
 * - 401, 403 and 404 mean the key, the base URL or the model name is wrong:
 *   `E_CONFIG` at once, since no retry can fix them.
 * - Any other 4xx (400 bad request, 422, context too long) is `E_INFRA` at once:
 *   the endpoint refused the request as sent, and repeating it would only
 *   repeat the refusal.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import type { ErrorCode } from '../errors.js';
import { causeChain, codeOf } from './cause-chain.js';
import type { Clock } from '../util/clock.js';
import type { Rng } from '../util/rng.js';

/** Waits `ms`, rejecting with the signal's reason if it aborts first. */
export type Sleep = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface BackoffOptions {
  /** The first retry's delay; each later one doubles it. Default 500 ms. */
  baseMs?: number;
  /** The longest computed delay. Default 30 s. */
  maxMs?: number;
  /** The longest wait a `retry-after` header may ask for. Default 120 s. */
  maxRetryAfterMs?: number;
  /** Source of jitter; without it delays are exact powers of two. */
  rng?: Rng;
}

/** How one failed attempt is classified. */
export interface AttemptFailure {
  retryable: boolean;
  /** The code to throw if this failure is final. */
  code: ErrorCode;
  /** `503 upstream overloaded`, `timed out after 30000 ms`, … (not yet redacted). */
  detail: string;
  /** The wait the server asked for, in ms, when it sent `retry-after-ms` or `retry-after`. */
  retryAfterMs?: number;
}

const RETRYABLE_STATUS = new Set([408, 409, 429]);
const CONFIG_STATUS = new Set([401, 403, 404]);

/** Classifies an error thrown by the `openai` client for one attempt. */
export function classifyFailure(error: unknown, clock: Clock, timeoutMs: number): AttemptFailure {
  if (error instanceof APIConnectionError) {
    const timedOut = error instanceof APIConnectionTimeoutError;
    return {
      retryable: true,
      code: 'E_INFRA',
      detail: timedOut ? `timed out after ${timeoutMs} ms` : `connection error: ${describeCause(error)}`,
    };
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const status = error.status;
    const retryAfterMs = parseRetryAfter(error.headers, clock);
    const retryable = RETRYABLE_STATUS.has(status) || status >= 500;
    const code: ErrorCode = CONFIG_STATUS.has(status) ? 'E_CONFIG' : 'E_INFRA';
    return { retryable, code, detail: error.message, ...(retryAfterMs === undefined ? {} : { retryAfterMs }) };
  }
  if (error instanceof SyntaxError) {
    // The status was 200 but the body did not parse: a proxy or server cut it short.
    return { retryable: true, code: 'E_INFRA', detail: `200 with a malformed body: ${error.message}` };
  }
  if (isDroppedConnection(error)) {
    return { retryable: true, code: 'E_INFRA', detail: `connection dropped mid-response: ${describeCause(error as Error)}` };
  }
  return { retryable: false, code: 'E_INFRA', detail: error instanceof Error ? error.message : String(error) };
}

const SOCKET_CODES = new Set(['UND_ERR_SOCKET', 'ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_ABORTED', 'ETIMEDOUT', 'UND_ERR_BODY_TIMEOUT']);

/** undici's `TypeError: terminated` and its kin: the socket went away while the body was read. */
function isDroppedConnection(error: unknown): boolean {
  return causeChain(error, 4).some((e) => SOCKET_CODES.has(codeOf(e) ?? '') || (e instanceof TypeError && /^(terminated|fetch failed)$/.test(e.message)));
}

function describeCause(error: Error): string {
  const cause = (error as { cause?: unknown }).cause;
  const inner = cause instanceof Error ? ((cause as { cause?: unknown }).cause ?? cause) : undefined;
  const text = inner instanceof Error ? inner.message : cause instanceof Error ? cause.message : error.message;
  return text || 'connection failed';
}

/** The wait asked for by `retry-after-ms`, or `retry-after` in seconds or as an HTTP date. */
export function parseRetryAfter(headers: Headers | undefined, clock: Clock): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms)) && Number(ms) >= 0) return Number(ms);
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - clock.now());
}

/**
 * The wait before retry number `retry` (1 for the first retry): the server's
 * `retry-after` when it sent one (capped), else exponential backoff with
 * optional "equal jitter" (half fixed, half random) so parallel episodes that
 * failed together do not retry together.
 */
export function backoffDelay(retry: number, failure: AttemptFailure, options: BackoffOptions = {}): number {
  const { baseMs = 500, maxMs = 30_000, maxRetryAfterMs = 120_000, rng } = options;
  if (failure.retryAfterMs !== undefined) return Math.min(failure.retryAfterMs, maxRetryAfterMs);
  const exp = Math.min(maxMs, baseMs * 2 ** (retry - 1));
  if (!rng) return exp;
  return Math.round(exp / 2 + rng.next() * (exp / 2));
}

/** The real sleep: a timer that an aborting signal cancels. */
export const defaultSleep: Sleep = (ms, signal) =>
  new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
