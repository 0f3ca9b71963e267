/**
 * A `fetch` for the `openai` client (its documented `fetch` option) built on
 * `node:http`/`node:https` with keep-alive agents, reading each body whole
 * before it resolves.
 *
 * Why: Node's global `fetch` (undici) runs every request and response through
 * WHATWG streams, and at latency 0 that machinery was most of a model call's
 * CPU. The bench's 4,000 chat bodies sent 16 at a time with the `openai`
 * client took 1.3–1.6 s of wall time and 1.4–1.8 s of CPU through this fetch
 * against 2.4–3.8 s and 3.1–5.0 s through the global one (README, Benchmark).
 * Model responses are small and usersim reads them whole, so nothing is
 * lost by buffering.
 *
 * It keeps what callers rely on from the global fetch (retry.ts and
 * preflight.ts classify what the `openai` client throws):
 * - a failure before a response rejects with `TypeError('fetch failed')`
 *   whose `cause` is the system error (ECONNREFUSED, ECONNRESET, ENOTFOUND, …);
 * - a body cut off mid-stream resolves a `Response` whose body fails with
 *   `TypeError('terminated')` once the bytes that came are read, so the error
 *   surfaces where the client reads the body;
 * - an aborted signal rejects with the signal's reason and destroys the request;
 * - redirects are followed as fetch follows them (303, and 301/302 after a
 *   POST, become a GET without a body);
 * - gzip, deflate and br bodies are decoded.
 * Like the global fetch, it does not send a POST again by itself, not even
 * when a reused keep-alive socket turns out closed: the caller's retries (with
 * backoff, counted per role) decide, so a fault is never hidden from them.
 * Node's agent drops an idle socket before the server's `Keep-Alive: timeout`
 * hint runs out, which keeps that race rare.
 *
 * Requests this cannot send as they are (a `Request` object, a streamed or
 * form body) go to the global fetch.
 */
import http from 'node:http';
import https from 'node:https';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** A fetch over node:http, and a way to drop its idle connections. */
export interface HttpFetch {
  readonly fetch: Fetch;
  /** Destroys the pooled connections. Later requests open new ones. */
  close(): void;
}

const MAX_REDIRECTS = 20;
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
const DECODERS: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: promisify(zlib.gunzip),
  'x-gzip': promisify(zlib.gunzip),
  deflate: promisify(zlib.inflate),
  br: promisify(zlib.brotliDecompress),
};

/** What fetch's failure looks like: a TypeError whose cause says why. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause });
}

function headerRecord(headers: RequestInit['headers']): Record<string, string> {
  const out: Record<string, string> = {};
  // The `openai` client passes a Headers object; any other form is read the way fetch reads it.
  if (headers) (headers instanceof Headers ? headers : new Headers(headers)).forEach((value, name) => (out[name] = value));
  return out;
}

function responseHeaders(raw: readonly string[]): Headers {
  const headers = new Headers();
  for (let i = 0; i + 1 < raw.length; i += 2) {
    try {
      headers.append(raw[i] as string, raw[i + 1] as string);
    } catch {
      // A header value fetch itself would refuse (control characters): leave it out rather than fail the call.
    }
  }
  return headers;
}

/** The body's bytes, then an error: what a connection dropped mid-body looks like to whoever reads it. */
function cutOffBody(received: Buffer, cause: unknown): ReadableStream<Uint8Array> {
  return new ReadableStream<Uint8Array>({
    start(controller) {
      if (received.length > 0) controller.enqueue(new Uint8Array(received));
      controller.error(new TypeError('terminated', { cause }));
    },
  });
}

interface Sent {
  url: URL;
  method: string;
  headers: Record<string, string>;
  body: string | Uint8Array | undefined;
}

/** Creates a fetch with its own keep-alive pools (one for http, one for https). */
export function createHttpFetch(): HttpFetch {
  const agents = { http: new http.Agent({ keepAlive: true }), https: new https.Agent({ keepAlive: true }) };

  /** One request on the wire; resolves with the whole response, or a response whose body fails if it was cut off. */
  const send = (sent: Sent, signal: AbortSignal | undefined, follow: boolean): Promise<Response | { redirect: string; status: number }> =>
    new Promise((resolve, reject) => {
      const secure = sent.url.protocol === 'https:';
      let settled = false;
      let request: http.ClientRequest;
      const onAbort = (): void => {
        request.destroy();
        finish(() => reject(signal?.reason));
      };
      const finish = (settle: () => void): void => {
        if (settled) return;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        settle();
      };
      try {
        const headers = { ...sent.headers };
        if (sent.body !== undefined) headers['content-length'] = String(Buffer.byteLength(sent.body));
        request = (secure ? https : http).request(sent.url, { method: sent.method, headers, agent: secure ? agents.https : agents.http });
      } catch (error) {
        // An invalid URL, port or header is thrown by node:http synchronously; fetch rejects.
        reject(fetchFailed(error));
        return;
      }
      signal?.addEventListener('abort', onAbort, { once: true });
      request.on('error', (error) => finish(() => reject(fetchFailed(error))));
      request.on('response', (response) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (follow && location !== undefined && [301, 302, 303, 307, 308].includes(status)) {
          response.resume();
          finish(() => resolve({ redirect: new URL(location, sent.url).href, status }));
          return;
        }
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        const respond = (body: Buffer | ReadableStream<Uint8Array> | null): void => {
          const init = { status, statusText: response.statusMessage ?? '', headers: responseHeaders(response.rawHeaders) };
          finish(() => resolve(new Response(NULL_BODY_STATUS.has(status) ? null : body, init)));
        };
        response.on('end', () => {
          const whole = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
          const decode = DECODERS[String(response.headers['content-encoding'] ?? '').trim().toLowerCase()];
          if (!decode) return respond(whole);
          decode(whole).then(respond, (error: unknown) => respond(cutOffBody(Buffer.alloc(0), error)));
        });
        // Node reports a body cut short as an 'aborted' response that then errors or closes without 'end'.
        response.on('error', (error) => respond(cutOffBody(Buffer.concat(chunks), error)));
        response.on('close', () => {
          if (!response.complete) respond(cutOffBody(Buffer.concat(chunks), Object.assign(new Error('other side closed'), { code: 'ECONNRESET' })));
        });
      });
      request.end(sent.body);
    });

  const fetch: Fetch = async (input, init = {}) => {
    const body = init.body;
    const plainBody = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    if (input instanceof Request || !plainBody) return globalThis.fetch(input, init);
    const signal = init.signal ?? undefined;
    if (signal?.aborted) throw signal.reason;
    let sent: Sent;
    try {
      sent = { url: new URL(input), method: (init.method ?? 'GET').toUpperCase(), headers: headerRecord(init.headers), body: body ?? undefined };
    } catch (error) {
      throw fetchFailed(error);
    }
    if (sent.url.protocol !== 'http:' && sent.url.protocol !== 'https:') return globalThis.fetch(input, init);
    for (let redirects = 0; ; redirects++) {
      const answer = await send(sent, signal, init.redirect !== 'manual');
      if (answer instanceof Response) return answer;
      if (init.redirect === 'error' || redirects >= MAX_REDIRECTS) throw fetchFailed(new Error(redirects >= MAX_REDIRECTS ? 'redirect count exceeded' : 'unexpected redirect'));
      const toGet = answer.status === 303 || ((answer.status === 301 || answer.status === 302) && sent.method === 'POST');
      const headers = { ...sent.headers };
      if (toGet) {
        delete headers['content-type'];
        delete headers['content-length'];
      }
      const url = new URL(answer.redirect);
      // fetch drops credentials when a redirect leaves the origin.
      if (url.origin !== sent.url.origin) delete headers.authorization;
      sent = { url, method: toGet ? 'GET' : sent.method, headers, body: toGet ? undefined : sent.body };
    }
  };

  return {
    fetch,
    close: () => {
      agents.http.destroy();
      agents.https.destroy();
    },
  };
}

let shared: HttpFetch | undefined;

/** One pool for the process, like the global fetch's: idle keep-alive sockets are unref'd, so it never holds a process open. */
export function sharedHttpFetch(): Fetch {
  shared ??= createHttpFetch();
  return shared.fetch;
}
