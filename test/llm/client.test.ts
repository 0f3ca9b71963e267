import { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import type { ChatRequest } from '../../src/llm/chat-types.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import { createBudget } from '../../src/llm/budget.js';
import { fault, reply } from '../fixtures/openai-server.js';
import type { OpenAiTestServer } from '../fixtures/openai-server.js';
import { harness } from './helpers.js';

const servers: OpenAiTestServer[] = [];
async function setup(...args: Parameters<typeof harness>) {
  const h = await harness(...args);
  servers.push(h.server);
  return h;
}
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

const hello: ChatRequest = { role: 'agent', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] };

async function rejection(promise: Promise<unknown>): Promise<UsersimError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(UsersimError);
  return error as UsersimError;
}

describe('chat round trip through the openai client', () => {
  it('sends the wire body and returns the reply, usage and cost', async () => {
    const { server, client } = await setup([reply.text('Hello there', { prompt_tokens: 1000, completion_tokens: 500 })], {
      seed: 7,
      maxTokens: 64,
      prices: { inputPerMTok: 2, outputPerMTok: 8 },
    });
    const result = await client.chat(hello);
    expect(result.message).toEqual({ content: 'Hello there', toolCalls: [] });
    expect(result.finishReason).toBe('stop');
    expect(result.usage).toEqual({ inputTokens: 1000, outputTokens: 500 });
    expect(result.costUsd).toBeCloseTo((1000 * 2 + 500 * 8) / 1e6, 12);
    expect(result.cached).toBe(false);
    expect(result.attempts).toBe(1);
    expect(result.requestHash).toMatch(/^[0-9a-f]{64}$/);
    expect(server.requests).toHaveLength(1);
    const sent = server.requests[0]!;
    expect(sent.path).toBe('/v1/chat/completions');
    expect(sent.headers.authorization).toBe('Bearer unused');
    expect(sent.body).toMatchObject({
      model: 'test-model',
      temperature: 0,
      seed: 7,
      max_tokens: 64,
      messages: [
        { role: 'system', content: 'Be brief.' },
        { role: 'user', content: 'Hi' },
      ],
    });
    expect(sent.body.tools).toBeUndefined();
  });

  it('sends tools and tool_choice, parses tool calls and sends them back in later turns', async () => {
    const { server, client } = await setup([reply.toolCall('run_query', { soql: 'SELECT Id FROM Case' }, 'call_a'), reply.text('Done')]);
    const tools = [{ name: 'run_query', description: 'Run SOQL', parameters: { type: 'object', properties: { soql: { type: 'string' } } } }];
    const first = await client.chat({ ...hello, tools, toolChoice: 'required' });
    expect(first.finishReason).toBe('tool_calls');
    expect(first.message.content).toBe('');
    expect(first.message.toolCalls).toEqual([
      {
        id: 'call_a',
        name: 'run_query',
        arguments: '{"soql":"SELECT Id FROM Case"}',
        argumentsValid: true,
        parsedArguments: { soql: 'SELECT Id FROM Case' },
      },
    ]);
    expect(server.requests[0]!.body.tools).toEqual([{ type: 'function', function: tools[0] }]);
    expect(server.requests[0]!.body.tool_choice).toBe('required');

    const call = first.message.toolCalls[0]!;
    await client.chat({
      ...hello,
      tools,
      toolChoice: { name: 'run_query' },
      messages: [
        ...hello.messages,
        { role: 'assistant', content: '', toolCalls: [call] },
        { role: 'tool', toolCallId: call.id, content: '[["500A"]]' },
      ],
    });
    const body = server.requests[1]!.body;
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'run_query' } });
    expect(body.messages!.slice(2)).toEqual([
      {
        role: 'assistant',
        content: null,
        tool_calls: [{ id: 'call_a', type: 'function', function: { name: 'run_query', arguments: call.arguments } }],
      },
      { role: 'tool', tool_call_id: 'call_a', content: '[["500A"]]' },
    ]);
  });

  it('passes a json_schema response_format through and parses the JSON content', async () => {
    const { server, client } = await setup([reply.json({ message: 'It is 42', disclosed: ['order'], stop: null }), reply.text('not json')]);
    const schema = { type: 'object', properties: { message: { type: 'string' } }, required: ['message'] };
    const request: ChatRequest = { ...hello, role: 'user', responseFormat: { type: 'json_schema', name: 'user_reply', schema, strict: true } };
    const result = await client.chat(request);
    expect(server.requests[0]!.body.response_format).toEqual({ type: 'json_schema', json_schema: { name: 'user_reply', schema, strict: true } });
    expect(result.json).toEqual({ message: 'It is 42', disclosed: ['order'], stop: null });
    const bad = await client.chat({ ...request, messages: [{ role: 'user', content: 'again' }] });
    expect(bad.json).toBeUndefined();
    expect(bad.message.content).toBe('not json');
  });

  it('returns malformed tool-call arguments as they came, flagged, without retrying', async () => {
    const { server, client } = await setup([fault.malformedToolCall('run_query', '{"soql": "SELECT')]);
    const result = await client.chat(hello);
    expect(result.message.toolCalls).toHaveLength(1);
    expect(result.message.toolCalls[0]).toMatchObject({ name: 'run_query', arguments: '{"soql": "SELECT', argumentsValid: false });
    expect(result.message.toolCalls[0]!.parsedArguments).toBeUndefined();
    expect(server.requests).toHaveLength(1);
  });
});

describe('retries', () => {
  it('honours retry-after on 429, then succeeds', async () => {
    const { server, client, sleeps } = await setup([fault.rateLimit(7), reply.text('ok')]);
    const result = await client.chat(hello);
    expect(result.message.content).toBe('ok');
    expect(result.attempts).toBe(2);
    expect(sleeps).toEqual([7000]);
    expect(server.requests).toHaveLength(2);
  });

  it('honours retry-after-ms over retry-after', async () => {
    const { client, sleeps } = await setup([fault.status(429, 'slow down', { 'retry-after-ms': '1234', 'retry-after': '9' }), reply.text('ok')]);
    await client.chat(hello);
    expect(sleeps).toEqual([1234]);
  });

  it('retries 500 with exponential backoff, then succeeds', async () => {
    const { client, sleeps } = await setup([fault.serverError(500), fault.serverError(502), reply.text('ok')], {}, { backoff: { baseMs: 100 } });
    const result = await client.chat(hello);
    expect(result.attempts).toBe(3);
    expect(sleeps).toEqual([100, 200]);
  });

  it('retries an empty choices array and a choice without a message', async () => {
    const { server, client } = await setup([fault.emptyChoices(), fault.noMessage(), reply.text('ok')]);
    const result = await client.chat(hello);
    expect(result.message.content).toBe('ok');
    expect(server.requests).toHaveLength(3);
  });

  it('times out a hung request and retries it', async () => {
    const { server, client } = await setup([fault.hang(), reply.text('after the hang')], { timeoutMs: 1000 });
    const result = await client.chat(hello);
    expect(result.message.content).toBe('after the hang');
    expect(result.attempts).toBe(2);
    expect(server.requests).toHaveLength(2);
  });

  it('throws E_INFRA with the URL and status after the last retry, and counts the failure', async () => {
    const meter = createUsageMeter();
    const { server, client } = await setup(
      [fault.serverError(503, 'upstream overloaded'), fault.serverError(503, 'upstream overloaded'), fault.serverError(503, 'upstream overloaded')],
      {},
      { meter },
    );
    const error = await rejection(client.chat(hello));
    expect(error.code).toBe('E_INFRA');
    expect(error.message).toBe(`[POST] "${server.baseURL}/chat/completions": 503 upstream overloaded (after 3 attempts)`);
    expect(server.requests).toHaveLength(3);
    expect(meter.snapshot().byRole.agent).toMatchObject({ requests: 0, failedRequests: 1, retries: 2 });
  });

  it('reports a timeout as E_INFRA once retries run out', async () => {
    const { client } = await setup([fault.hang(), fault.hang()], { timeoutMs: 100, maxRetries: 1 });
    const error = await rejection(client.chat(hello));
    expect(error.code).toBe('E_INFRA');
    expect(error.message).toMatch(/: timed out after 100 ms \(after 2 attempts\)$/);
  });

  it('treats 401 as a config error, not retried, naming the env var and hiding the key', async () => {
    const key = 'sk-test-0123456789abcdef';
    const { server, client } = await setup([fault.status(401, `Incorrect API key provided: ${key}`)], { apiKeyEnv: 'MY_LLM_KEY' }, { env: { MY_LLM_KEY: key } });
    const error = await rejection(client.chat(hello));
    expect(error.code).toBe('E_CONFIG');
    expect(error.message).toContain('$MY_LLM_KEY');
    expect(error.message).toContain('Incorrect API key provided: ***');
    expect(error.message).not.toContain(key);
    expect(server.requests[0]!.headers.authorization).toBe(`Bearer ${key}`);
    expect(server.requests).toHaveLength(1);
  });

  it('treats 400 as E_INFRA without retrying, and 404 as a config error', async () => {
    const { server, client, sleeps } = await setup([fault.status(400, 'context length exceeded'), fault.status(404, 'model not found')]);
    const bad = await rejection(client.chat(hello));
    expect(bad.code).toBe('E_INFRA');
    expect(bad.message).toMatch(/": 400 context length exceeded$/);
    const missing = await rejection(client.chat(hello));
    expect(missing.code).toBe('E_CONFIG');
    expect(missing.message).toContain('model name "test-model"');
    expect(server.requests).toHaveLength(2);
    expect(sleeps).toEqual([]);
  });

  it('reports a refused connection as E_INFRA', async () => {
    const { server, client } = await setup([], { maxRetries: 1 });
    await server.close();
    const error = await rejection(client.chat(hello));
    expect(error.code).toBe('E_INFRA');
    expect(error.message).toMatch(/": connection error: .+\(after 2 attempts\)$/);
  });
});

describe('cancellation', () => {
  it('an aborted signal cancels a hung request in flight', async () => {
    const { server, client } = await setup([fault.hang()], { timeoutMs: 600_000, maxRetries: 0 });
    const controller = new AbortController();
    const pending = client.chat({ ...hello, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    controller.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  it('an abort during the backoff wait stops retrying', async () => {
    const { server, client } = await setup([fault.rateLimit(3600), reply.text('never')], {}, { sleep: undefined });
    const controller = new AbortController();
    const reason = new Error('episode deadline');
    const pending = client.chat({ ...hello, signal: controller.signal });
    while (server.requests.length === 0) await new Promise((r) => setTimeout(r, 5));
    await new Promise((r) => setTimeout(r, 20));
    controller.abort(reason);
    await expect(pending).rejects.toBe(reason);
    expect(server.requests).toHaveLength(1);
  }, 10_000);

  it('an already aborted signal sends nothing', async () => {
    const { server, client } = await setup([reply.text('x')]);
    const controller = new AbortController();
    controller.abort();
    await expect(client.chat({ ...hello, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('accounting', () => {
  it('counts per role in the run meter and in an episode meter, and charges the budget', async () => {
    const runMeter = createUsageMeter();
    const budget = createBudget(1);
    const usage = { prompt_tokens: 100_000, completion_tokens: 10_000 };
    const { client } = await setup([reply.text('a', usage), reply.text('b', usage)], { prices: { inputPerMTok: 1, outputPerMTok: 4 } }, { meter: runMeter, budget });
    const episode = createUsageMeter();
    const scoped = client.withMeter(episode);
    await scoped.chat({ ...hello, role: 'user' });
    await client.chat({ ...hello, role: 'judge' });
    const cost = (100_000 * 1 + 10_000 * 4) / 1e6;
    expect(episode.snapshot().total).toMatchObject({ requests: 1, inputTokens: 100_000, outputTokens: 10_000, costUsd: cost });
    expect(episode.snapshot().byRole.user.requests).toBe(1);
    expect(episode.snapshot().byRole.judge.requests).toBe(0);
    expect(runMeter.snapshot().total).toMatchObject({ requests: 2, costUsd: 2 * cost });
    expect(budget.spent).toBeCloseTo(2 * cost, 12);
  });
});

describe('one signal shared by many calls', () => {
  it('leaves no abort listener behind on it, however many requests went through', async () => {
    const { client } = await setup(Array.from({ length: 12 }, () => reply.text('ok')));
    const episode = new AbortController();
    for (let i = 0; i < 12; i++) await client.chat({ ...hello, signal: episode.signal });
    expect(EventEmitter.getEventListeners(episode.signal, 'abort')).toHaveLength(0);
  });
});
