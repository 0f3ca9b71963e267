// The node:http fetch against Node's global fetch: the same fault-injection
// cases through both must end the same way (result, error class and code,
// the classification that retry.ts and preflight.ts make of what the `openai`
// client throws), and the raw fetch contract callers see must hold (a
// TypeError with the system error as its cause, a body that fails with
// 'terminated', aborts). Then a session's choice of client, byte-identical
// results either way, and a CLI run that exits by itself.
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createServer as createTcpServer } from 'node:net';
import type { Socket } from 'node:net';
import { deflateRawSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../src/llm/chat-types.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import type { ModelConfigInput } from '../../src/llm/model-config.js';
import { preflightModels } from '../../src/llm/preflight.js';
import { createLlmSession } from '../../src/llm/session.js';
import { createHttpFetch } from '../../src/llm/http-fetch.js';
import type { Fetch } from '../../src/llm/http-fetch.js';
import { fault, reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ScriptedReply } from '../fixtures/openai-server.js';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { llmProvenance } from '../../src/registry/llm-kinds.js';
import { createRunner } from '../../src/runner/runner.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { createManualClock } from '../../src/util/clock.js';
import { cliProcess, repoRoot } from '../helpers/cli.js';
import { demoModels } from './fake-models.js';
import { recordingSleep, tempDir } from './helpers.js';
import { createSession, kindsOf } from './session-helpers.js';

const servers: OpenAiTestServer[] = [];
const pools: { close(): void }[] = [];
afterEach(async () => {
  await Promise.all([...servers.splice(0).map((s) => s.close()), ...pools.splice(0).map((p) => p.close())]);
});

const hello: ChatRequest = { role: 'agent', messages: [{ role: 'user', content: 'Hi' }] };

type Transport = 'global' | 'node';

function fetchFor(transport: Transport): Fetch {
  if (transport === 'global') return (input, init) => globalThis.fetch(input, init);
  const http = createHttpFetch();
  pools.push(http);
  return http.fetch;
}

/** What a call came to, with the server's address taken out so two servers compare equal. */
interface Outcome {
  result?: unknown;
  error?: { class: string; code: unknown; message: string };
  sleeps: number[];
  requests: number;
}

async function outcome(transport: Transport, replies: ScriptedReply[], config: Partial<ModelConfigInput> = {}, serverUp = true): Promise<Outcome> {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  if (!serverUp) await server.close();
  const sleeps: number[] = [];
  const fetch = fetchFor(transport);
  const client = createLlmClient({
    config: ModelConfigSchema.parse({ model: 'm', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000, ...config }),
    sleep: recordingSleep(sleeps),
    env: {},
    fetch,
  });
  const base = { sleeps, requests: 0 };
  try {
    const { requestHash: _hash, ...result } = await client.chat(hello);
    return { ...base, result, requests: server.requests.length };
  } catch (error) {
    const e = error as Error & { code?: unknown };
    const message = e.message.replaceAll(server.baseURL, '<base>').replaceAll(new URL(server.baseURL).host, '<host>');
    return { ...base, error: { class: e.constructor.name, code: e.code, message }, requests: server.requests.length };
  }
}

const CASES: { name: string; replies: ScriptedReply[]; config?: Partial<ModelConfigInput>; serverUp?: boolean; expected: RegExp | 'result' }[] = [
  { name: '429 with retry-after, then a reply', replies: [fault.rateLimit(3), reply.text('ok')], config: { maxRetries: 1 }, expected: 'result' },
  { name: '500 on every attempt', replies: [fault.serverError(), fault.serverError(), fault.serverError()], config: { maxRetries: 2 }, expected: /500 The server had an error \(after 3 attempts\)$/ },
  { name: '401', replies: [fault.status(401, 'Incorrect API key')], expected: /401 Incorrect API key \(check the API key/ },
  { name: 'a hang past the timeout', replies: [fault.hang()], config: { timeoutMs: 3_000 }, expected: /timed out after 3000 ms$/ },
  { name: 'a body cut off mid-stream', replies: [fault.truncated()], expected: /connection dropped mid-response: / },
  { name: 'a malformed 200', replies: [fault.malformed()], expected: /200 with a malformed body: / },
  { name: 'a reset connection', replies: [fault.reset()], expected: /connection error: / },
  { name: 'a malformed tool call', replies: [fault.malformedToolCall('run_query')], expected: 'result' },
  { name: 'a refused connection', replies: [], serverUp: false, expected: /connection error: .*ECONNREFUSED/ },
];

/** The outcome with the system error's own words taken out: undici says "other side closed" where node:http says "socket hang up". */
function classified(o: Outcome): Outcome {
  if (!o.error) return o;
  return { ...o, error: { ...o.error, message: o.error.message.replace(/(connection error|connection dropped mid-response): .*$/, '$1: <cause>') } };
}

describe('the node:http fetch against the global fetch', () => {
  for (const c of CASES) {
    it(`ends the same way for ${c.name}`, async () => {
      const [viaGlobal, viaNode] = [await outcome('global', c.replies, c.config, c.serverUp), await outcome('node', c.replies, c.config, c.serverUp)];
      expect(classified(viaNode)).toEqual(classified(viaGlobal));
      if (c.expected === 'result') expect(viaNode.result).toBeDefined();
      else expect(viaNode.error?.message).toMatch(c.expected);
      expect(viaNode.error?.class ?? 'UsersimError').toBe('UsersimError');
    });
  }

  it('fails a raw request the way fetch does: TypeError("fetch failed") or a body that fails with "terminated", the system error as the cause', async () => {
    const server = await startOpenAiServer({ replies: [fault.reset(), fault.reset(), fault.truncated(), fault.truncated()] });
    servers.push(server);
    const refused = await startOpenAiServer();
    await refused.close();
    const failure = async (transport: Transport, url: string, readBody: boolean): Promise<{ typeError: boolean; message: string; causeCode: unknown }> => {
      const sent = fetchFor(transport)(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      return (readBody ? sent.then((r) => r.text()) : sent).then(
        () => ({ typeError: false, message: 'no error', causeCode: undefined }),
        (error: Error) => ({ typeError: error instanceof TypeError, message: error.message, causeCode: typeof (error.cause as { code?: unknown } | undefined)?.code }),
      );
    };
    const chat = `${server.baseURL}/chat/completions`;
    for (const [url, readBody] of [[`${refused.baseURL}/chat/completions`, false], [chat, false], [chat, true]] as const) {
      const viaGlobal = await failure('global', url, readBody);
      expect(viaGlobal).toEqual({ typeError: true, message: readBody ? 'terminated' : 'fetch failed', causeCode: 'string' });
      expect(await failure('node', url, readBody)).toEqual(viaGlobal);
    }
    const refusedCause = await fetchFor('node')(`${refused.baseURL}/models`).catch((e: Error) => e.cause as { code?: string });
    expect(refusedCause).toMatchObject({ code: 'ECONNREFUSED' });
    await expect(fetchFor('node')('http://127.0.0.1:99999/v1/models')).rejects.toMatchObject({ message: 'fetch failed', cause: { code: 'ERR_INVALID_URL' } });
  });

  it('gives the preflight the same verdicts (a refused connection, a wrong key)', async () => {
    const refused = await startOpenAiServer();
    await refused.close();
    const wrongKey = await startOpenAiServer({ modelsStatus: 401 });
    servers.push(wrongKey);
    const verdict = async (transport: Transport, baseURL: string): Promise<string> => {
      const config = ModelConfigSchema.parse({ model: 'm', baseURL });
      return preflightModels([{ config, roles: ['agent'] }], {}, undefined, fetchFor(transport)).then(
        () => 'passed',
        (error: Error) => error.message,
      );
    };
    for (const baseURL of [refused.baseURL, wrongKey.baseURL]) {
      const viaNode = await verdict('node', baseURL);
      expect(viaNode).toBe(await verdict('global', baseURL));
      expect(viaNode).toMatch(/cannot connect \(ECONNREFUSED\)|401 Incorrect API key/);
    }
  });

  it('rejects an aborted request at once with the signal reason, closes its connection and leaves no listener', async () => {
    const server = await startOpenAiServer({ replies: [fault.hang(), ...Array.from({ length: 5 }, () => reply.text('ok'))] });
    servers.push(server);
    const fetch = fetchFor('node');
    const url = `${server.baseURL}/chat/completions`;
    const post = (signal: AbortSignal) => fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, signal });
    const hung = new AbortController();
    const pending = post(hung.signal);
    while (server.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    hung.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // The request was destroyed: the server sees the connection go.
    while (server.inFlight > 0) await new Promise((r) => setTimeout(r, 5));

    const shared = new AbortController();
    for (let i = 0; i < 5; i++) expect((await post(shared.signal)).status).toBe(200);
    expect(EventEmitter.getEventListeners(shared.signal, 'abort')).toHaveLength(0);
    const already = AbortSignal.abort(new Error('gone'));
    await expect(post(already)).rejects.toThrow('gone');
  });
});

/** A bare node:http server for what the OpenAI fixture does not do: redirects, compression, stale keep-alive sockets. */
async function rawServer(handle: (req: IncomingMessage, res: ServerResponse, body: string) => void): Promise<{ url: string; close(): Promise<void>; connections: () => number }> {
  let connections = 0;
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (c: Buffer) => (body += c.toString()));
    req.on('end', () => handle(req, res, body));
  });
  server.on('connection', () => connections++);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    connections: () => connections,
    close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

describe('the node:http fetch where fetch does more than send', () => {
  const raws: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(raws.splice(0).map((r) => r.close()));
  });

  it('follows redirects as fetch does: 307 keeps the POST and its body, 303 turns it into a GET', async () => {
    const seen: string[] = [];
    const raw = await rawServer((req, res, body) => {
      seen.push(`${req.method} ${req.url} ${body}`);
      if (req.url === '/a') res.writeHead(307, { location: '/b' }).end();
      else if (req.url === '/b') res.writeHead(303, { location: '/c' }).end();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    raws.push(raw);
    for (const transport of ['global', 'node'] as const) {
      seen.length = 0;
      const response = await fetchFor(transport)(`${raw.url}/a`, { method: 'POST', body: '{"x":1}', headers: { 'content-type': 'application/json' } });
      expect(await response.json()).toEqual({ ok: true });
      expect(seen).toEqual(['POST /a {"x":1}', 'POST /b {"x":1}', 'GET /c ']);
    }
  });

  it('decodes a gzip body and keeps the headers', async () => {
    const raw = await rawServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'x-request-id': 'r1' }).end(gzipSync('{"ok":true}')));
    raws.push(raw);
    for (const transport of ['global', 'node'] as const) {
      const response = await fetchFor(transport)(`${raw.url}/v1/models`);
      expect(response.headers.get('x-request-id')).toBe('r1');
      expect(await response.json()).toEqual({ ok: true });
    }
  });

  it('keeps one connection alive across requests, and fails as fetch does (not sending again) when a reused one was closed under it', async () => {
    let requests = 0;
    const raw = await rawServer((req, res) => {
      requests++;
      // The second request finds its connection closed, as when a server's keep-alive ran out as it left.
      if (requests === 2) req.socket.destroy();
      else res.writeHead(200, { 'content-type': 'application/json' }).end('{"n":' + String(requests) + '}');
    });
    raws.push(raw);
    const fetch = fetchFor('node');
    const post = () => fetch(`${raw.url}/x`, { method: 'POST', body: '{}' });
    expect(await (await post()).json()).toEqual({ n: 1 });
    await expect(post()).rejects.toMatchObject({ message: 'fetch failed', cause: { code: 'ECONNRESET' } });
    expect(requests).toBe(2);
    expect(raw.connections()).toBe(1);
    expect(await (await post()).json()).toEqual({ n: 3 });
    expect(await (await post()).json()).toEqual({ n: 4 });
    expect(raw.connections()).toBe(2);
  });
});

/** A TCP server that answers each request with `reply(socket)`: for replies no HTTP server library would send. */
async function rawTcp(reply: (socket: Socket) => void): Promise<{ url: string; close(): Promise<void> }> {
  const sockets = new Set<Socket>();
  const server = createTcpServer((socket) => {
    sockets.add(socket);
    socket.on('error', () => undefined);
    let head = '';
    socket.on('data', (data: Buffer) => {
      const before = head;
      head += data.toString('latin1');
      if (!before.includes('\r\n\r\n') && head.includes('\r\n\r\n')) reply(socket);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise((r) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => r());
      }),
  };
}

/** How a fetch ended, in the terms callers act on. */
async function ending(fetch: Fetch, url: string, init: RequestInit = {}): Promise<string> {
  try {
    const response = await fetch(url, init);
    return `${response.status} ${JSON.stringify(await response.text())}`;
  } catch (error) {
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
}

describe('the node:http fetch with replies fetch cannot represent, or reads leniently', () => {
  const raws: { close(): Promise<void> }[] = [];
  afterEach(async () => {
    await Promise.all(raws.splice(0).map((r) => r.close()));
  });

  it('rejects like a failed connection (never throwing from an event handler, never hanging) on a status outside 200-599, a Location that is no URL, or a 101', async () => {
    for (const head of ['HTTP/1.1 600 Odd\r\ncontent-length: 2\r\n\r\nhi', 'HTTP/1.1 302 Found\r\nlocation: http://[::1\r\ncontent-length: 0\r\n\r\n', 'HTTP/1.1 101 Switching Protocols\r\nupgrade: websocket\r\nconnection: upgrade\r\n\r\n']) {
      const raw = await rawTcp((socket) => socket.write(head));
      raws.push(raw);
      await expect(fetchFor('node')(`${raw.url}/v1/chat/completions`, { method: 'POST', body: '{}' })).rejects.toMatchObject({ name: 'TypeError', message: 'fetch failed' });
    }
  });

  it('keeps a reason phrase fetch would refuse out of statusText instead of failing the response', async () => {
    const raw = await rawTcp((socket) => socket.end('HTTP/1.1 200 O\x7fK\r\ncontent-length: 2\r\n\r\nhi'));
    raws.push(raw);
    expect(await ending(fetchFor('node'), raw.url)).toBe('200 "hi"');
  });

  it('gives a body that fails with "terminated", as fetch does, when the connection is reset after the headers', async () => {
    const raw = await rawTcp((socket) => {
      socket.write('HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 100\r\n\r\n{"a":');
      setTimeout(() => socket.resetAndDestroy(), 20);
    });
    raws.push(raw);
    for (const transport of ['global', 'node'] as const) expect(await ending(fetchFor(transport), raw.url)).toBe('TypeError: terminated');
  });

  it('reads what fetch reads: an empty gzip body, raw deflate, stacked codings, a HEAD', async () => {
    const json = '{"a":1}';
    const replies: [string, Buffer][] = [
      ['gzip', Buffer.alloc(0)],
      ['deflate', deflateRawSync(json)],
      ['gzip, gzip', gzipSync(gzipSync(json))],
    ];
    for (const [encoding, body] of replies) {
      const raw = await rawServer((_req, res) => res.writeHead(200, { 'content-encoding': encoding, 'content-length': body.length }).end(body));
      raws.push(raw);
      const viaGlobal = await ending(fetchFor('global'), raw.url);
      expect(await ending(fetchFor('node'), raw.url), encoding).toBe(viaGlobal);
      expect(viaGlobal).toBe(body.length ? `200 ${JSON.stringify(json)}` : '200 ""');
    }
    const head = await rawServer((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-length': 20 }).end());
    raws.push(head);
    const response = await fetchFor('node')(head.url, { method: 'HEAD' });
    expect(response.body).toBeNull();
  });

  it('drops a keep-alive socket after it has been idle for the pool\'s time, so it is not reused as the server closes it', async () => {
    const raw = await rawServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
    raws.push(raw);
    const http = createHttpFetch({ idleSocketMs: 100 });
    pools.push(http);
    await http.fetch(`${raw.url}/a`);
    await http.fetch(`${raw.url}/b`);
    expect(raw.connections()).toBe(1);
    await new Promise((r) => setTimeout(r, 400));
    await http.fetch(`${raw.url}/c`);
    expect(raw.connections()).toBe(2);
  });
});

describe('the HTTP client of a session', () => {
  it('is the node:http fetch by default and the global fetch with httpClient: fetch (option or config file)', async () => {
    const server = await startOpenAiServer({ replies: [reply.text('ok'), reply.text('ok'), reply.text('ok'), reply.text('ok')] });
    servers.push(server);
    const dir = tempDir();
    writeFileSync(join(dir, 'usersim.config.yaml'), `httpClient: fetch\nmodels:\n  m: { baseURL: "${server.baseURL}", model: m }\n`);
    const real = globalThis.fetch;
    let viaGlobal = 0;
    globalThis.fetch = (input, init) => {
      viaGlobal++;
      return real(input, init);
    };
    try {
      const sessions = [
        createLlmSession({ baseURL: server.baseURL, noCache: true, env: {} }),
        createLlmSession({ cwd: dir, noCache: true, env: {} }),
        createLlmSession({ baseURL: server.baseURL, noCache: true, env: {}, httpClient: 'fetch' }),
        createLlmSession({ baseURL: server.baseURL, noCache: true, env: {}, httpClient: 'node' }),
      ];
      const counts: number[] = [];
      for (const session of sessions) {
        const before = viaGlobal;
        await session.client('m', 'agent').chat(hello);
        counts.push(viaGlobal - before);
        session.close();
      }
      expect(server.requests).toHaveLength(4);
      expect(counts).toEqual([0, 1, 1, 0]);
    } finally {
      globalThis.fetch = real;
    }
  });

  it('refuses an unknown httpClient in the config file', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'usersim.config.yaml'), 'httpClient: curl\n');
    expect(() => createLlmSession({ cwd: dir, noCache: true, env: {} })).toThrow(/httpClient/);
  });

  it('writes byte-identical results with either client', async () => {
    const worlds = worldEnvironments();
    const scenario = loadScenarioFile(join(repoRoot, 'scenarios/demo/order-tracking.yaml'), { toolsFor: worlds.toolsFor });
    const episodes = async (httpClient: 'node' | 'fetch'): Promise<string> => {
      const { session, server } = await createSession({ replies: demoModels(scenario.scenario), session: { noCache: true, httpClient } });
      servers.push(server);
      const kinds = kindsOf(session);
      const outDir = tempDir('usersim-httpc-');
      try {
        await createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'run' }).run({
          scenarios: [scenario],
          agents: [kinds.agent('openai-tools:priced')],
          user: kinds.user('llm:priced'),
          judge: createDeterministicJudge(),
          seeds: [1, 2, 3, 4],
          concurrency: 4,
          outDir,
          provenance: llmProvenance(kinds, session),
        });
      } finally {
        session.close();
      }
      return readFileSync(join(outDir, 'episodes.jsonl'), 'utf8');
    };
    const viaNode = await episodes('node');
    expect(viaNode.split('\n').filter(Boolean)).toHaveLength(4);
    expect(viaNode).toBe(await episodes('fetch'));
  });

  it('lets a CLI run with LLM actors exit by itself', async () => {
    const server = await startOpenAiServer({ replies: () => reply.toolCall('submit_answer', { answer: 'NW7734120588' }) });
    servers.push(server);
    const dir = tempDir();
    const child = cliProcess([
      'run', 'scenarios/demo/order-tracking.yaml', '--agent', `openai-tools:m`, '--base-url', server.baseURL,
      '--seeds', '2', '--no-cache', '--out', join(dir, 'run'), '--progress=none',
    ]);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
  }, 60_000);
});

// A self-signed certificate for 127.0.0.1 and localhost (valid until 2126), made for these tests only.
const TLS_DIR = fileURLToPath(new URL('../fixtures/tls/', import.meta.url));
const tls = { key: readFileSync(join(TLS_DIR, 'key.pem'), 'utf8'), cert: readFileSync(join(TLS_DIR, 'cert.pem'), 'utf8') };

describe('HTTPS', () => {
  it('a CLI run reaches an HTTPS endpoint whose CA is trusted through NODE_EXTRA_CA_CERTS', async () => {
    const server = await startOpenAiServer({ tls, replies: () => reply.toolCall('submit_answer', { answer: 'NW7734120588' }) });
    servers.push(server);
    expect(server.baseURL).toMatch(/^https:/);
    const dir = tempDir();
    const child = cliProcess(
      ['run', 'scenarios/demo/order-tracking.yaml', '--agent', 'openai-tools:m', '--base-url', server.baseURL, '--seeds', '1', '--no-cache', '--out', join(dir, 'run'), '--progress=none'],
      repoRoot,
      { ...process.env, NODE_EXTRA_CA_CERTS: join(TLS_DIR, 'cert.pem') },
    );
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server.modelListRequests).toHaveLength(1);
    expect(server.requests.length).toBeGreaterThan(0);
    const result = JSON.parse(readFileSync(join(dir, 'run', 'episodes.jsonl'), 'utf8').split('\n')[0] as string) as { termination: { reason: string } };
    expect(result.termination.reason).not.toBe('infrastructure_error');
  }, 60_000);

  it('the preflight names an untrusted certificate and a base URL whose scheme the server does not speak, with either client', async () => {
    const secure = await startOpenAiServer({ tls });
    const plain = await startOpenAiServer();
    servers.push(secure, plain);
    const verdict = async (transport: Transport, baseURL: string): Promise<string> => {
      const config = ModelConfigSchema.parse({ model: 'm', baseURL });
      return preflightModels([{ config, roles: ['agent'] }], {}, undefined, fetchFor(transport)).then(
        () => 'passed',
        (error: Error & { code?: string }) => `${error.code ?? ''} ${error.message}`,
      );
    };
    const untrusted = await verdict('node', secure.baseURL);
    expect(untrusted).toMatch(/^E_CONFIG .*TLS certificate is not trusted \(DEPTH_ZERO_SELF_SIGNED_CERT\); .*NODE_EXTRA_CA_CERTS/s);
    expect(await verdict('global', secure.baseURL)).toBe(untrusted);
    const wrongScheme = await verdict('node', plain.baseURL.replace('http:', 'https:'));
    expect(wrongScheme).toMatch(/^E_CONFIG .*does not speak TLS there \(SSL: wrong version number\); check http:\/\/ against https:\/\//s);
    expect(await verdict('global', plain.baseURL.replace('http:', 'https:'))).toBe(wrongScheme);
  });
});
