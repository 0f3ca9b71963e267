import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Observation } from '../../src/agents/agent.js';
import { createHttpAgent, HTTP_AGENT_PROTOCOL } from '../../src/agents/http.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';
import { agentContract, contractTools } from '../contracts/agent.contract.js';
import { recordingSleep } from '../llm/helpers.js';

const EXAMPLE = path.resolve(import.meta.dirname, '../../examples/http-agent/server.mjs');

type Handler = (body: Record<string, unknown>, n: number) => { status?: number; json?: unknown; raw?: string; hang?: boolean; headers?: Record<string, string> };

interface AgentServer {
  url: string;
  bodies: Record<string, unknown>[];
  close(): Promise<void>;
}

async function agentServer(handler: Handler): Promise<AgentServer> {
  const bodies: Record<string, unknown>[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>;
      bodies.push(body);
      const out = handler(body, bodies.length);
      if (out.hang) return;
      res.writeHead(out.status ?? 200, { 'content-type': 'application/json', ...out.headers });
      res.end(out.raw ?? JSON.stringify(out.json));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/act`,
    bodies,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

const servers: AgentServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function serve(handler: Handler): Promise<AgentServer> {
  const s = await agentServer(handler);
  servers.push(s);
  return s;
}

const obs: Observation = { context: 'Shop support. Today is 2024-05-01.', tools: contractTools, messages: [{ role: 'user', text: 'Where is my order?' }] };
const act = (agent: ReturnType<typeof createHttpAgent>, o: Observation = obs, signal = new AbortController().signal) => agent.act(o, { signal, nextCallId: createCounterIds('h') });

describe('http agent', () => {
  it('posts the observation with the protocol name and an opaque, stable episode id', async () => {
    const server = await serve(() => ({ json: { type: 'message', text: 'Which order?' } }));
    const agent = createHttpAgent({ url: server.url, rng: createRng('s/1').fork('agent') });
    expect(await act(agent)).toEqual({ type: 'message', text: 'Which order?' });
    await act(agent);
    const [first, second] = server.bodies;
    expect(first).toEqual({ protocol: HTTP_AGENT_PROTOCOL, episode: expect.stringMatching(/^[0-9a-z]{16}$/), context: obs.context, tools: obs.tools, messages: obs.messages });
    expect(second?.episode).toBe(first?.episode);
    const again = createHttpAgent({ url: server.url, rng: createRng('s/1').fork('agent') });
    await act(again);
    expect(server.bodies[2]?.episode).toBe(first?.episode);
    expect(agent.name).toBe(`http:${server.url}`);
  });

  it('maps answer and tool actions; tool ids come from nextCallId and args default to {}', async () => {
    const replies = [{ type: 'tool', name: 'order_status', args: { order_number: 'A-1' } }, { type: 'tool', name: 'list' }, { type: 'answer', text: 'shipped' }];
    const server = await serve((_, n) => ({ json: replies[n - 1] }));
    const agent = createHttpAgent({ url: server.url });
    expect(await act(agent)).toEqual({ type: 'tool', call: { id: 'h1', name: 'order_status', args: { order_number: 'A-1' } } });
    expect(await act(agent)).toEqual({ type: 'tool', call: { id: 'h1', name: 'list', args: {} } });
    expect(await act(agent)).toEqual({ type: 'answer', text: 'shipped' });
  });

  it.each([
    [{ json: { type: 'shout', text: 'x' } }, /not a usersim\.agent\.v1 action/],
    [{ json: { type: 'message' } }, /text/],
    [{ json: { type: 'tool', name: 'x', args: [] } }, /args/],
    [{ raw: 'not json' }, /not JSON/],
    [{ status: 400, json: { error: 'bad' } }, /400/],
  ])('rejects %j as the agent\'s error (E_AGENT)', async (response, message) => {
    const server = await serve(() => response);
    await expect(act(createHttpAgent({ url: server.url }))).rejects.toMatchObject({ code: 'E_AGENT', message: expect.stringMatching(message) });
  });

  it('retries 5xx and 429 (honouring retry-after) and then succeeds', async () => {
    const sleeps: number[] = [];
    const server = await serve((_, n) => (n === 1 ? { status: 503, json: {} } : n === 2 ? { status: 429, json: {}, headers: { 'retry-after': '2' } } : { json: { type: 'answer', text: 'ok' } }));
    const agent = createHttpAgent({ url: server.url, maxRetries: 2, sleep: recordingSleep(sleeps) });
    expect(await act(agent)).toEqual({ type: 'answer', text: 'ok' });
    expect(sleeps).toEqual([500, 2000]);
  });

  it('turns exhausted retries, a refused connection and a timeout into E_INFRA', async () => {
    const server = await serve(() => ({ status: 500, json: { error: 'down' } }));
    await expect(act(createHttpAgent({ url: server.url, maxRetries: 1, sleep: recordingSleep([]) }))).rejects.toMatchObject({ code: 'E_INFRA', message: expect.stringMatching(/500.*after 2 attempts/) });
    const closed = await serve(() => ({ json: {} }));
    const url = closed.url;
    await closed.close();
    await expect(act(createHttpAgent({ url, maxRetries: 0 }))).rejects.toMatchObject({ code: 'E_INFRA', message: expect.stringMatching(/connection error/) });
    const hung = await serve(() => ({ hang: true }));
    await expect(act(createHttpAgent({ url: hung.url, timeoutMs: 100, maxRetries: 0 }))).rejects.toMatchObject({ code: 'E_INFRA', message: expect.stringMatching(/timed out after 100 ms/) });
  });

  it('cancels a request in flight when the episode signal aborts', async () => {
    const server = await serve(() => ({ hang: true }));
    const controller = new AbortController();
    const pending = act(createHttpAgent({ url: server.url }), obs, controller.signal);
    setTimeout(() => controller.abort(new Error('episode cancelled')), 50);
    await expect(pending).rejects.toThrow('episode cancelled');
  });
});

describe('examples/http-agent/server.mjs', () => {
  it('runs standalone with node and answers the protocol', async () => {
    const child = spawn(process.execPath, [EXAMPLE], { env: { ...process.env, PORT: '0' }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        child.stdout.on('data', (chunk: Buffer) => {
          const match = /listening on (\S+)/.exec(chunk.toString());
          if (match) resolve(match[1] as string);
        });
        child.on('exit', (code) => reject(new Error(`example exited with ${code}`)));
      });
      const agent = createHttpAgent({ url });
      expect(await act(agent)).toMatchObject({ type: 'message' });
    } finally {
      child.kill();
    }
  });
});

describe('http agent: contract (the example server)', () => {
  let example: { url: string; close(): Promise<void> };
  beforeAll(async () => {
    const mod = (await import(pathToFileURL(EXAMPLE).href)) as { start(port?: number): Promise<{ url: string; close(): Promise<void> }> };
    example = await mod.start(0);
  });
  afterAll(async () => {
    await example.close();
  });
  agentContract('http (examples/http-agent)', () => createHttpAgent({ url: example.url, rng: createRng(1) }));
});
