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
 * As undici does, an idle socket is dropped after 4 s, or 1 s before the
 * server's `Keep-Alive: timeout` hint runs out, which keeps that race rare.
 *
 * A reply it cannot represent as a `Response` (a status outside 200–599, a
 * `Location` that is no URL, a 101 to a plain request) rejects like a failed
 * connection rather than throwing inside an event handler.
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
/** How long an idle keep-alive socket is kept (undici's default). */
const IDLE_SOCKET_MS = 4_000;
const NULL_BODY_STATUS = new Set([101, 103, 204, 205, 304]);
/** Headers a redirect to another origin must not carry on (as fetch drops them). */
const CROSS_ORIGIN_DROPPED = ['authorization', 'cookie', 'proxy-authorization', 'host'];
const REASON_PHRASE = /^[\t\x20-\x7E\x80-\xFF]*$/;

const gunzip = promisify(zlib.gunzip);
const inflate = promisify(zlib.inflate);
const inflateRaw = promisify(zlib.inflateRaw);
const brotli = promisify(zlib.brotliDecompress);
// Decoded leniently, as undici decodes: a body without its final block still gives what it holds.
const SYNC = { finishFlush: zlib.constants.Z_SYNC_FLUSH };
const DECODERS: Record<string, (b: Buffer) => Promise<Buffer>> = {
  gzip: (b) => gunzip(b, SYNC),
  'x-gzip': (b) => gunzip(b, SYNC),
  // "deflate" is meant to be zlib-wrapped, but some servers send it raw; the first byte tells them apart.
  deflate: (b) => ((b[0] ?? 0) & 0x0f) === 0x08 ? inflate(b, SYNC) : inflateRaw(b, SYNC),
  br: (b) => brotli(b, { finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH }),
};

/** The codings of a `content-encoding`, in the order to undo them; undefined when one is unknown (then the body stays as sent, as with fetch). */
function decodersFor(header: string | undefined): ((b: Buffer) => Promise<Buffer>)[] | undefined {
  const codings = (header ?? '').toLowerCase().split(',').map((c) => c.trim()).filter((c) => c !== '' && c !== 'identity');
  const decoders = codings.map((c) => DECODERS[c]);
  return decoders.every((d) => d !== undefined) ? decoders.reverse() : undefined;
}

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

/** Creates a fetch with its own keep-alive pools (one for http, one for https). `idleSocketMs` is for tests. */
export function createHttpFetch(options: { idleSocketMs?: number } = {}): HttpFetch {
  const pool = { keepAlive: true, timeout: options.idleSocketMs ?? IDLE_SOCKET_MS };
  const agents = { http: new http.Agent(pool), https: new https.Agent(pool) };

  /** One request on the wire; resolves with the whole response, or a response whose body fails if it was cut off. */
  const send = (sent: Sent, signal: AbortSignal | undefined, follow: boolean): Promise<Response | { redirect: string; status: number }> =>
    new Promise((resolve, reject) => {
      // An abort between two redirects finds no request to cancel.
      if (signal?.aborted) {
        reject(signal.reason);
        return;
      }
      const secure = sent.url.protocol === 'https:';
      let settled = false;
      let request: http.ClientRequest;
      let response: http.IncomingMessage | undefined;
      const chunks: Buffer[] = [];
      const onAbort = (): void => {
        request.destroy();
        fail(signal?.reason);
      };
      const settle = (): boolean => {
        if (settled) return false;
        settled = true;
        signal?.removeEventListener('abort', onAbort);
        return true;
      };
      const fail = (error: unknown): void => {
        if (settle()) reject(error);
      };
      // Whatever building the value throws (a status or Location fetch refuses) fails the request instead of escaping an event handler.
      const succeed = (make: () => Response | { redirect: string; status: number }): void => {
        if (settled) return;
        let value: Response | { redirect: string; status: number };
        try {
          value = make();
        } catch (error) {
          request.destroy();
          fail(fetchFailed(error));
          return;
        }
        if (settle()) resolve(value);
      };
      const respond = (body: Buffer | ReadableStream<Uint8Array>): void =>
        succeed(() => {
          const res = response as http.IncomingMessage;
          const status = res.statusCode ?? 0;
          if (status < 200 || status > 599) throw new Error(`the server answered with status ${status}, which fetch cannot represent`);
          const text = res.statusMessage ?? '';
          const init = { status, statusText: REASON_PHRASE.test(text) ? text : '', headers: responseHeaders(res.rawHeaders) };
          return new Response(NULL_BODY_STATUS.has(status) || sent.method === 'HEAD' ? null : body, init);
        });
      const cutOff = (cause: unknown): void => respond(cutOffBody(Buffer.concat(chunks), cause));
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
      // After the headers, a failed connection is a body cut off (read as 'terminated'), as with fetch.
      request.on('error', (error) => (response ? cutOff(error) : fail(fetchFailed(error))));
      // Without this listener Node would drop the socket of a 101 and report nothing.
      request.on('upgrade', (_res, socket) => {
        socket.destroy();
        fail(fetchFailed(new Error('the server switched protocols (101) on a plain request')));
      });
      request.on('close', () => {
        if (!response) fail(fetchFailed(Object.assign(new Error('the connection closed before a response'), { code: 'ECONNRESET' })));
      });
      request.on('response', (res) => {
        response = res;
        const status = res.statusCode ?? 0;
        const location = res.headers.location;
        if (follow && location !== undefined && [301, 302, 303, 307, 308].includes(status)) {
          res.resume();
          succeed(() => ({ redirect: new URL(location, sent.url).href, status }));
          return;
        }
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const whole = chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks);
          const decoders = whole.length === 0 || sent.method === 'HEAD' || NULL_BODY_STATUS.has(status) ? [] : decodersFor(res.headers['content-encoding']);
          if (!decoders || decoders.length === 0) return respond(whole);
          decoders
            .reduce((decoded, decode) => decoded.then(decode), Promise.resolve(whole))
            .then(respond, (error: unknown) => respond(cutOffBody(Buffer.alloc(0), error)));
        });
        // Node reports a body cut short as an 'aborted' response that then errors or closes without 'end'.
        res.on('error', (error) => cutOff(error));
        res.on('close', () => {
          if (!res.complete) cutOff(Object.assign(new Error('other side closed'), { code: 'ECONNRESET' }));
        });
      });
      request.end(sent.body);
    });

  const fetch: Fetch = async (input, init = {}) => {
    const body = init.body;
    const plainBody = body === undefined || body === null || typeof body === 'string' || body instanceof Uint8Array;
    if (input instanceof Request || !plainBody) return globalThis.fetch(input, init);
    const signal = init.signal ?? undefined;
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
      if (url.origin !== sent.url.origin) for (const name of CROSS_ORIGIN_DROPPED) delete headers[name];
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
