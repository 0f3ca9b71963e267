import { afterEach, describe, expect, it } from 'vitest';
import { createLlmClient } from '../../src/llm/client.js';
import { createEndpointLimiter } from '../../src/llm/limiter.js';
import { modelConfigFromFlags } from '../../src/llm/model-config.js';
import { reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer } from '../fixtures/openai-server.js';

const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const ask = (i: number) => ({ role: 'agent' as const, messages: [{ role: 'user' as const, content: `question ${i}` }] });

describe('endpoint limiter', () => {
  it('keeps at most `concurrency` requests in flight at the server', async () => {
    // A reply waits until two requests are in flight (or all seven have come), so the
    // cap is reached for certain; the extra pause gives an unlimited client time to
    // show more than two at once.
    const state: { server?: OpenAiTestServer } = {};
    const held = (): boolean => (state.server?.inFlight ?? 0) < 2 && (state.server?.requests.length ?? 0) < 7;
    const server = await startOpenAiServer({
      replies: async (_req, n) => {
        await new Promise((r) => setTimeout(r, 30));
        while (held()) await new Promise((r) => setTimeout(r, 2));
        return reply.text(`answer ${n}`);
      },
    });
    state.server = server;
    servers.push(server);
    const client = createLlmClient({ config: modelConfigFromFlags({ model: 'm', baseURL: server.baseURL, concurrency: 2 }), env: {} });
    const results = await Promise.all(Array.from({ length: 7 }, (_, i) => client.chat(ask(i))));
    expect(results).toHaveLength(7);
    expect(server.requests).toHaveLength(7);
    expect(server.maxInFlight).toBe(2);
  });

  it('shares one queue among clients of the same base URL, at the smallest limit', async () => {
    const server = await startOpenAiServer({ replies: (_req, n) => reply.text(`answer ${n}`), delayMs: 40 });
    servers.push(server);
    const limiter = createEndpointLimiter();
    const a = createLlmClient({ config: modelConfigFromFlags({ model: 'a', baseURL: server.baseURL, concurrency: 3 }), limiter, env: {} });
    const b = createLlmClient({ config: modelConfigFromFlags({ model: 'b', baseURL: `${server.baseURL}/`, concurrency: 1 }), limiter, env: {} });
    await Promise.all([...[0, 1, 2].map((i) => a.chat(ask(i))), ...[3, 4].map((i) => b.chat(ask(i)))]);
    expect(server.requests).toHaveLength(5);
    expect(server.maxInFlight).toBe(1);
  });

  it('drops a queued call whose signal aborts before it starts', async () => {
    const limiter = createEndpointLimiter();
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const started: string[] = [];
    const first = limiter.run('http://x/v1', 1, async () => {
      started.push('first');
      await gate;
      return 1;
    });
    const controller = new AbortController();
    const second = limiter.run('http://x/v1', 1, async () => {
      started.push('second');
      return 2;
    }, controller.signal);
    expect(limiter.stats('http://x/v1')).toEqual({ active: 1, pending: 1 });
    controller.abort();
    await expect(second).rejects.toMatchObject({ name: 'AbortError' });
    release();
    expect(await first).toBe(1);
    await new Promise((r) => setTimeout(r, 0));
    expect(started).toEqual(['first']);
  });

  it('hands a freed slot to the longest waiter within the same turn of the event loop', async () => {
    // With more episodes than slots a request is always waiting; it must go out as soon as a slot
    // frees, on microtasks alone (before any timer or I/O callback), and waiters go in the order they came.
    const limiter = createEndpointLimiter();
    const order: string[] = [];
    const gates = new Map<string, () => void>();
    const task = (name: string) => () =>
      new Promise<string>((resolve) => {
        order.push(name);
        gates.set(name, () => resolve(name));
      });
    const runs = ['a', 'b', 'c', 'd', 'e'].map((name) => limiter.run('http://x/v1', 2, task(name)));
    const turn = () => new Promise((r) => setImmediate(r));
    await turn();
    expect(order).toEqual(['a', 'b']);
    expect(limiter.stats('http://x/v1')).toEqual({ active: 2, pending: 3 });
    gates.get('b')?.();
    await turn();
    expect(order).toEqual(['a', 'b', 'c']);
    gates.get('a')?.();
    await turn();
    expect(order).toEqual(['a', 'b', 'c', 'd']);
    expect(limiter.stats('http://x/v1')).toEqual({ active: 2, pending: 1 });
    gates.get('d')?.();
    await turn();
    expect(order).toEqual(['a', 'b', 'c', 'd', 'e']);
    gates.get('c')?.();
    gates.get('e')?.();
    expect(await Promise.all(runs)).toEqual(['a', 'b', 'c', 'd', 'e']);
  });
});
