/**
 * Concurrency per endpoint. Every model served from one base URL shares one
 * queue, because the server (a vLLM box, a rate-limited API key) is what has
 * the limit, not the model name. Built on p-limit; one limiter is shared by all
 * the LLM clients of a run.
 */
import pLimit from 'p-limit';
import type { LimitFunction } from 'p-limit';

export interface EndpointLimiter {
  /**
   * Declares that a client will use `baseURL` with at most `concurrency`
   * requests in flight (undefined: no limit of its own). Clients call it when
   * they are created, so the smallest limit holds before the first request
   * rather than from the first request of the strictest client on.
   */
  declare(baseURL: string, concurrency: number | undefined): void;
  /**
   * Runs `fn` when the endpoint at `baseURL` has a free slot. The endpoint's
   * limit is the smallest `concurrency` any caller has given for it.
   * A call whose `signal` aborts while it waits in the queue rejects at once
   * with the signal's reason and never runs.
   */
  run<T>(baseURL: string, concurrency: number | undefined, fn: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Requests running and waiting for an endpoint, for progress displays. */
  stats(baseURL: string): { active: number; pending: number };
}

/** Creates a limiter with one p-limit queue per base URL. */
export function createEndpointLimiter(): EndpointLimiter {
  const queues = new Map<string, LimitFunction>();
  const queueFor = (baseURL: string, declared: number | undefined): LimitFunction => {
    const key = normalize(baseURL);
    // Undeclared: unlimited here; the run's episode concurrency bounds the requests in flight.
    const concurrency = declared ?? Number.POSITIVE_INFINITY;
    let limit = queues.get(key);
    if (!limit) {
      limit = pLimit(concurrency);
      queues.set(key, limit);
    } else if (concurrency < limit.concurrency) {
      limit.concurrency = concurrency;
    }
    return limit;
  };
  return {
    declare: (baseURL, concurrency) => {
      queueFor(baseURL, concurrency);
    },
    run: (baseURL, concurrency, fn, signal) => {
      if (signal?.aborted) return Promise.reject(signal.reason);
      const queued = queueFor(baseURL, concurrency)(() => (signal?.aborted ? Promise.reject(signal.reason) : fn()));
      if (!signal) return queued;
      // Stop waiting on abort; if the task was still queued it will start, see the signal and return at once.
      return new Promise((resolvePromise, reject) => {
        const onAbort = (): void => reject(signal.reason);
        signal.addEventListener('abort', onAbort, { once: true });
        queued.then(
          (value) => {
            signal.removeEventListener('abort', onAbort);
            resolvePromise(value);
          },
          (error: unknown) => {
            signal.removeEventListener('abort', onAbort);
            reject(error);
          },
        );
      });
    },
    stats: (baseURL) => {
      const limit = queues.get(normalize(baseURL));
      return { active: limit?.activeCount ?? 0, pending: limit?.pendingCount ?? 0 };
    },
  };
}

function normalize(baseURL: string): string {
  return baseURL.replace(/\/+$/, '');
}
