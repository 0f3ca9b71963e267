import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createResponseCache } from '../../src/llm/cache.js';
import type { ResponseCache } from '../../src/llm/cache.js';
import type { ChatRequest } from '../../src/llm/chat-types.js';
import { createLlmClient } from '../../src/llm/client.js';
import { modelConfigFromFlags } from '../../src/llm/model-config.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import { fault, reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer } from '../fixtures/openai-server.js';
import { harness, recordingSleep, tempDir } from './helpers.js';

const servers: OpenAiTestServer[] = [];
const caches: ResponseCache[] = [];
afterEach(async () => {
  caches.splice(0).forEach((c) => c.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
  vi.unstubAllEnvs();
});

function openCache(dir = tempDir()): ResponseCache {
  const cache = createResponseCache({ dir });
  caches.push(cache);
  return cache;
}

const ask: ChatRequest = { role: 'user', messages: [{ role: 'user', content: 'What is my order number?' }] };

describe('response cache', () => {
  it('serves an identical request from the cache with zero new server requests', async () => {
    const cache = openCache();
    const meter = createUsageMeter();
    const usage = { prompt_tokens: 2000, completion_tokens: 100 };
    const h = await harness([reply.text('It is 1042', usage)], { prices: { inputPerMTok: 1, outputPerMTok: 2 } }, { cache, meter });
    servers.push(h.server);
    const first = await h.client.chat(ask);
    const second = await h.client.chat(ask);
    expect(h.server.requests).toHaveLength(1);
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(second.message).toEqual(first.message);
    expect(second.usage).toEqual(first.usage);
    expect(second.requestHash).toBe(first.requestHash);
    expect(second.costUsd).toBe(0);
    expect(second.listCostUsd).toBe(first.costUsd);
    expect(second.attempts).toBe(0);
    expect(meter.snapshot().total).toMatchObject({ requests: 2, cachedRequests: 1, inputTokens: 4000, costUsd: first.costUsd, listCostUsd: 2 * first.costUsd });
  });

  it('persists across clients and reopenings of the same directory', async () => {
    const dir = tempDir();
    const server = await startOpenAiServer({ replies: [reply.toolCall('lookup', { id: 7 })] });
    servers.push(server);
    const config = modelConfigFromFlags({ model: 'm', baseURL: server.baseURL });
    const a = createResponseCache({ dir });
    const first = await createLlmClient({ config, cache: a, env: {} }).chat(ask);
    a.close();
    const b = openCache(dir);
    expect(b.size()).toBe(1);
    const again = await createLlmClient({ config, cache: b, env: {} }).chat(ask);
    expect(again.cached).toBe(true);
    expect(again.message.toolCalls).toEqual(first.message.toolCalls);
    expect(server.requests).toHaveLength(1);
  });

  it('misses when any sampling parameter, the model, a tool or the base URL differs', async () => {
    const cache = openCache();
    const h = await harness(() => reply.text('fresh'), {}, { cache });
    servers.push(h.server);
    await h.client.chat(ask);
    await h.client.chat({ ...ask, sampling: { temperature: 0.7 } });
    await h.client.chat({ ...ask, sampling: { seed: 1 } });
    await h.client.chat({ ...ask, sampling: { maxTokens: 5 } });
    await h.client.chat({ ...ask, sampling: { topP: 0.5 } });
    await h.client.chat({ ...ask, sampling: { stop: ['</execute>'] } });
    await h.client.chat({ ...ask, tools: [{ name: 't', parameters: { type: 'object' } }] });
    await h.client.chat({ ...ask, responseFormat: { type: 'json_object' } });
    expect(h.server.requests).toHaveLength(8);
    const other = createLlmClient({ config: { ...h.client.config, model: 'other-model' }, cache, env: {} });
    await other.chat(ask);
    expect(h.server.requests).toHaveLength(9);
    // The role is bookkeeping, not part of the request: it does not change the key.
    const asJudge = await h.client.chat({ ...ask, role: 'judge' });
    expect(asJudge.cached).toBe(true);
    expect(cache.size()).toBe(9);
  });

  it('never caches an error', async () => {
    const cache = openCache();
    const h = await harness([fault.status(400, 'bad'), reply.text('ok')], {}, { cache });
    servers.push(h.server);
    await expect(h.client.chat(ask)).rejects.toMatchObject({ code: 'E_INFRA' });
    expect(cache.size()).toBe(0);
    const result = await h.client.chat(ask);
    expect(result.cached).toBe(false);
    expect(h.server.requests).toHaveLength(2);
  });

  it('writes the responses of one turn of the event loop together, serving them from memory until then, and on close', async () => {
    const dir = tempDir();
    const cache = openCache(dir);
    const file = join(dir, 'responses.sqlite');
    const stored = () => {
      const db = new Database(file, { readonly: true });
      const n = (db.prepare('SELECT COUNT(*) AS n FROM responses').get() as { n: number }).n;
      db.close();
      return n;
    };
    const entry = (i: number) => ({ model: 'm', response: `{"n":${i}}`, request: `{"q":${i}}` });
    cache.set('a', entry(1));
    cache.set('b', entry(2));
    expect(stored()).toBe(0);
    expect(cache.get('b')).toEqual({ model: 'm', response: '{"n":2}' });
    await new Promise((r) => setImmediate(r));
    expect(stored()).toBe(2);
    cache.set('c', entry(3));
    cache.close();
    expect(stored()).toBe(3);
    // Reopened, the small cache is read whole at the first lookup; a row served from there once is still served after.
    const reopened = openCache(dir);
    expect(reopened.get('c')).toEqual({ model: 'm', response: '{"n":3}' });
    expect(reopened.get('c')).toEqual({ model: 'm', response: '{"n":3}' });
    expect(reopened.get('zzz')).toBeUndefined();
  });

  it('refetches and overwrites a stored row it cannot read', async () => {
    const dir = tempDir();
    const cache = openCache(dir);
    const h = await harness([reply.text('first'), reply.text('second')], {}, { cache });
    servers.push(h.server);
    const first = await h.client.chat(ask);
    // Responses are written at the end of the event loop's turn.
    await new Promise((r) => setImmediate(r));
    const db = new Database(join(dir, 'responses.sqlite'));
    db.prepare('UPDATE responses SET response = ? WHERE key = ?').run('{"choices": []}', first.requestHash);
    db.close();
    const again = await h.client.chat(ask);
    expect(again).toMatchObject({ cached: false, message: { content: 'second' } });
    expect((await h.client.chat(ask)).cached).toBe(true);
    expect(h.server.requests).toHaveLength(2);
  });

  it('keeps serving a cache written in the older one-table layout, moving its rows into the split tables', async () => {
    const dir = tempDir();
    const h = await harness([reply.text('from the old cache'), reply.text('fresh')], {}, { cache: openCache(dir) });
    servers.push(h.server);
    const first = await h.client.chat(ask);
    caches.splice(0).forEach((c) => c.close());
    // Rewrite the file as an older usersim left it: one table, the request before the response.
    const db = new Database(join(dir, 'responses.sqlite'));
    const row = db.prepare('SELECT r.key, r.model, r.response, q.request FROM responses r JOIN requests q USING (key)').get() as Record<string, string>;
    db.exec('DROP TABLE responses; DROP TABLE requests');
    db.exec('CREATE TABLE responses (key TEXT PRIMARY KEY, model TEXT NOT NULL, request TEXT NOT NULL, response TEXT NOT NULL)');
    db.prepare('INSERT INTO responses (key, model, request, response) VALUES (?, ?, ?, ?)').run(row.key, row.model, row.request, row.response);
    db.close();
    const reopened = openCache(dir);
    expect(reopened.size()).toBe(1);
    const client = createLlmClient({ config: h.client.config, cache: reopened, env: {} });
    const again = await client.chat(ask);
    expect(again).toMatchObject({ cached: true, message: first.message, requestHash: first.requestHash });
    expect(h.server.requests).toHaveLength(1);
    const check = new Database(join(dir, 'responses.sqlite'), { readonly: true });
    expect(check.prepare("SELECT name FROM pragma_table_info('responses')").all().map((c) => (c as { name: string }).name)).toEqual(['key', 'model', 'response']);
    expect((check.prepare('SELECT request FROM requests WHERE key = ?').get(first.requestHash) as { request: string }).request).toContain('What is my order number?');
    check.close();
  });

  it('stores nothing when disabled', async () => {
    const cache = createResponseCache({ disabled: true });
    expect(cache.path).toBeNull();
    const h = await harness([reply.text('a'), reply.text('b')], {}, { cache });
    servers.push(h.server);
    expect((await h.client.chat(ask)).message.content).toBe('a');
    expect((await h.client.chat(ask)).message.content).toBe('b');
    expect(h.server.requests).toHaveLength(2);
  });

  it('never writes the API key into the cache file or an error message', async () => {
    const key = 'sk-proj-SECRETKEY-4f9a1c77e0b2';
    vi.stubEnv('USERSIM_TEST_API_KEY', key);
    const dir = tempDir();
    const cache = createResponseCache({ dir });
    const server = await startOpenAiServer({
      replies: [reply.text('hello'), reply.toolCall('q', { a: 1 }), fault.serverError(503, `overloaded for key ${key}`), fault.serverError(503, `overloaded for key ${key}`)],
    });
    servers.push(server);
    const sleeps: number[] = [];
    const client = createLlmClient({
      config: modelConfigFromFlags({ model: 'm', baseURL: server.baseURL, apiKeyEnv: 'USERSIM_TEST_API_KEY', maxRetries: 1 }),
      cache,
      sleep: recordingSleep(sleeps),
    });
    await client.chat(ask);
    await client.chat({ ...ask, messages: [{ role: 'user', content: 'second' }] });
    const error = (await client.chat({ ...ask, messages: [{ role: 'user', content: 'third' }] }).catch((e: unknown) => e)) as Error;
    cache.close();
    // The key did travel, in the header only.
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    expect(error.message).toContain('overloaded for key ***');
    expect(error.message).not.toContain(key);
    expect(JSON.stringify(client.config)).not.toContain(key);
    const files = readdirSync(dir);
    expect(files).toContain('responses.sqlite');
    for (const file of files) expect(readFileSync(join(dir, file)).includes(Buffer.from(key))).toBe(false);
    // The grep is not vacuous: the cache file does hold the conversation.
    expect(readFileSync(join(dir, 'responses.sqlite')).includes(Buffer.from('What is my order number?'))).toBe(true);
  });
});
