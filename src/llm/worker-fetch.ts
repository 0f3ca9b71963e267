/**
 * A `fetch` for the `openai` client (its documented `fetch` option) that runs
 * the HTTP work on a worker thread. At latency 0 the main thread is the run's
 * bottleneck: it runs the episodes and, with the default fetch, also undici's
 * request and response handling, the web streams and the socket writes. Here
 * the main thread only posts the request (URL, method, headers, body text) and
 * builds a `Response` from the status, headers and text the worker posts back;
 * on a machine with a second core the worker uses it.
 *
 * Seen from the client it behaves as the default fetch does:
 * - an aborted `init.signal` rejects at once with the signal's reason (an
 *   `AbortError` for the client's timeout) and cancels the worker's request;
 * - a request that fails before a response rejects with `TypeError('fetch failed')`
 *   whose cause chain carries the same `code`s and messages (preflight and retry read them);
 * - a body that broke off after the head resolves a `Response` whose body stream
 *   fails with the same `TypeError: terminated`, so the error surfaces where the
 *   client reads the body, as before.
 * A body other than a string (file uploads, streams) goes through the default
 * fetch: it cannot be posted as it is, and usersim sends none. Of `init`, only
 * the method, headers, body and signal are forwarded (what the `openai` client
 * sets unless given `fetchOptions`, which usersim does not give it).
 *
 * One worker per {@link createWorkerFetch}, started at the first request. It
 * holds the process open only while a request is in flight (as an open socket
 * does with the default fetch); `close()` ends it.
 */
import { Worker } from 'node:worker_threads';
import { FETCH_WORKER_SOURCE } from './fetch-worker-source.js';

/** What `fetch` takes and returns, as the `openai` client calls it. */
export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A worker-thread fetch and the handle that ends its worker. */
export interface WorkerFetch {
  readonly fetch: Fetch;
  /** Whether the worker thread is running (it starts at the first request). */
  running(): boolean;
  /** Ends the worker; requests still in flight reject like a dropped connection. A later request starts a new one. */
  close(): Promise<void>;
}

/** An error as the worker posts it: see `fetch-worker-source.ts`. */
interface PlainError {
  name: string;
  message: string;
  cause?: PlainError;
  [field: string]: unknown;
}

interface Reply {
  id: number;
  status?: number;
  statusText?: string;
  headers?: [string, string][];
  text?: string;
  bodyError?: PlainError;
  error?: PlainError;
}

interface Pending {
  url: string;
  resolve: (response: Response) => void;
  reject: (error: unknown) => void;
}

/** Statuses whose responses have no body: `new Response` refuses one for them. */
const NULL_BODY = new Set([101, 103, 204, 205, 304]);

/** The error again, with the class callers test (`TypeError` for fetch's own failures) and its fields. */
function revive(plain: PlainError): Error {
  const { name, message, cause, ...fields } = plain;
  const options = cause ? { cause: revive(cause) } : undefined;
  const error = name === 'TypeError' ? new TypeError(message, options) : new Error(message, options);
  if (error.name !== name) Object.defineProperty(error, 'name', { value: name, configurable: true, writable: true });
  Object.assign(error, fields);
  return error;
}

function responseOf(reply: Reply, url: string): Response {
  const status = reply.status as number;
  const init = { status, statusText: reply.statusText ?? '', headers: reply.headers ?? [] };
  let body: ConstructorParameters<typeof Response>[0] = NULL_BODY.has(status) ? null : (reply.text ?? '');
  if (reply.bodyError) {
    const failure = revive(reply.bodyError);
    body = new ReadableStream({ start: (controller) => controller.error(failure) });
  }
  const response = new Response(body, init);
  // Only the client's log lines read it; a constructed Response's own is empty.
  Object.defineProperty(response, 'url', { value: url });
  return response;
}

/**
 * Creates a worker-thread fetch.
 *
 * @example
 * const http = createWorkerFetch();
 * const openai = new OpenAI({ apiKey, baseURL, fetch: http.fetch });
 * // … at the end of the run:
 * await http.close();
 */
export function createWorkerFetch(): WorkerFetch {
  let worker: Worker | undefined;
  const pending = new Map<number, Pending>();
  let nextId = 0;

  /** Rejects every request in flight (the worker died or was closed) as a dropped connection would. */
  const failAll = (cause: unknown): void => {
    for (const p of pending.values()) p.reject(new TypeError('fetch failed', { cause }));
    pending.clear();
  };

  const settle = (id: number): Pending | undefined => {
    const p = pending.get(id);
    if (!p) return undefined;
    pending.delete(id);
    if (pending.size === 0) worker?.unref();
    return p;
  };

  const start = (): Worker => {
    const w = new Worker(FETCH_WORKER_SOURCE, { eval: true });
    w.unref();
    w.on('message', (reply: Reply) => {
      const p = settle(reply.id);
      if (!p) return;
      if (reply.error) p.reject(revive(reply.error));
      else p.resolve(responseOf(reply, p.url));
    });
    w.on('error', (error) => {
      if (worker === w) worker = undefined;
      failAll(error);
    });
    w.on('exit', (code) => {
      if (worker === w) worker = undefined;
      failAll(Object.assign(new Error(`the HTTP worker thread exited (code ${code})`), { code: 'ECONNRESET' }));
    });
    return w;
  };

  const fetchOnWorker: Fetch = (input, init = {}) => {
    const { body, signal } = init;
    if (body !== undefined && body !== null && typeof body !== 'string') return fetch(input, init);
    if (signal?.aborted) return Promise.reject(signal.reason);
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const method = init.method ?? (input instanceof Request ? input.method : 'GET');
    const headers = [...new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined))];
    const w = (worker ??= start());
    const id = nextId++;
    if (pending.size === 0) w.ref();
    return new Promise<Response>((resolve, reject) => {
      const onAbort = (): void => {
        if (!settle(id)) return;
        worker?.postMessage({ cancel: id });
        reject((signal as AbortSignal).reason);
      };
      const done = (): void => signal?.removeEventListener('abort', onAbort);
      pending.set(id, {
        url,
        resolve: (response) => {
          done();
          resolve(response);
        },
        reject: (error) => {
          done();
          reject(error);
        },
      });
      signal?.addEventListener('abort', onAbort, { once: true });
      w.postMessage({ id, url, method, headers, body: body ?? undefined });
    });
  };

  return {
    fetch: fetchOnWorker,
    running: () => worker !== undefined,
    close: async () => {
      const w = worker;
      worker = undefined;
      if (!w) return;
      failAll(Object.assign(new Error('the HTTP worker thread was closed'), { code: 'ECONNRESET' }));
      await w.terminate();
    },
  };
}
