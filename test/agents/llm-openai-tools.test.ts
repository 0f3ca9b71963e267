import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, AgentMessage, Observation } from '../../src/agents/agent.js';
import { createOpenAiToolsAgent } from '../../src/agents/openai-tools.js';
import { composePromptTemplate } from '../../src/agents/prompt-parts.js';
import type { ToolSpec } from '../../src/environment/environment.js';
import { UsersimError } from '../../src/errors.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { readPromptFile } from '../../src/llm/prompt-file.js';
import { samplingSeed } from '../../src/llm/sampling-seed.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';
import { agentContract, contractTools } from '../contracts/agent.contract.js';
import { fault, reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ReplyScript } from '../fixtures/openai-server.js';
import { contentOf, contractToolsModel, observation } from '../llm/fake-models.js';
import { recordingSleep } from '../llm/helpers.js';

const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function clientFor(server: OpenAiTestServer, extra: Record<string, unknown> = {}) {
  return createLlmClient({
    config: ModelConfigSchema.parse({ model: 'test-model', baseURL: server.baseURL, maxRetries: 1, timeoutMs: 5_000, ...extra }),
    sleep: recordingSleep([]),
    env: {},
  });
}

async function setup(replies: ReplyScript, options: Partial<Parameters<typeof createOpenAiToolsAgent>[0]> = {}) {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  const agent = createOpenAiToolsAgent({ client: clientFor(server), rng: createRng('episode').fork('agent'), ...options });
  return { server, agent };
}

const act = (agent: Agent, obs: Observation, ids = createCounterIds('call')) => agent.act(obs, { signal: new AbortController().signal, nextCallId: ids });
const tools = contractTools;

describe('openai-tools agent: requests', () => {
  it('sends the composed system prompt with the context, the tools as functions plus submit_answer, and a per-episode seed', async () => {
    const { server, agent } = await setup([reply.text('What is your order number?')]);
    const action = await act(agent, observation([{ role: 'user', text: 'Where is my parcel?' }], tools));
    expect(action).toEqual({ type: 'message', text: 'What is your order number?' });
    const body = server.requests[0]!.body;
    const system = contentOf(body.messages?.[0]);
    expect(system.startsWith(readPromptFile('baseline'))).toBe(true);
    expect(system).toContain(readPromptFile('protocol/openai-tools'));
    expect(system).toMatch(/# Task context\n\nYou help customers of a shop\. Today is 2024-05-01\.$/);
    expect(body.messages?.slice(1)).toEqual([{ role: 'user', content: 'Where is my parcel?' }]);
    expect(body.tools).toEqual([
      { type: 'function', function: { name: 'order_status', description: tools[0]!.description, parameters: tools[0]!.parameters } },
      expect.objectContaining({ type: 'function', function: expect.objectContaining({ name: 'submit_answer' }) }),
    ]);
    expect(body.tool_choice).toBe('auto');
    expect(body.seed).toBe(samplingSeed(createRng('episode').fork('agent'), undefined));
  });

  it('maps a tool call to a tool action with the id from nextCallId, and submit_answer to the answer', async () => {
    const { server, agent } = await setup([reply.toolCall('order_status', { order_number: 'A-1001' }), reply.toolCall('submit_answer', { answer: 'shipped' })]);
    const messages: AgentMessage[] = [{ role: 'user', text: 'Order A-1001, please.' }];
    const first = await act(agent, observation(messages, tools), createCounterIds('x'));
    expect(first).toEqual({ type: 'tool', call: { id: 'x1', name: 'order_status', args: { order_number: 'A-1001' } } });
    messages.push({ role: 'agent', action: first }, { role: 'tool', callId: 'x1', name: 'order_status', outcome: { ok: true, value: { rows: [{ status: 'shipped' }] } } });
    expect(await act(agent, observation(messages, tools))).toEqual({ type: 'answer', text: 'shipped' });
    expect(server.requests[1]!.body.messages?.slice(2)).toEqual([
      { role: 'assistant', content: null, tool_calls: [{ id: 'x1', type: 'function', function: { name: 'order_status', arguments: '{"order_number":"A-1001"}' } }] },
      { role: 'tool', tool_call_id: 'x1', content: '{"rows":[{"status":"shipped"}]}' },
    ]);
  });

  it('plays several tool calls of one reply one per act, then sends them back as one assistant message', async () => {
    const { server, agent } = await setup([
      { kind: 'message', content: 'Checking both.', toolCalls: [{ name: 'order_status', arguments: { order_number: 'A-1' } }, { name: 'order_status', arguments: { order_number: 'A-2' } }] },
      reply.text('Both are shipped.'),
    ]);
    const ids = createCounterIds('c');
    const messages: AgentMessage[] = [{ role: 'user', text: 'Orders A-1 and A-2?' }];
    const first = await act(agent, observation(messages, tools), ids);
    messages.push({ role: 'agent', action: first }, { role: 'tool', callId: 'c1', name: 'order_status', outcome: { ok: true, value: { rows: [] } } });
    const second = await act(agent, observation(messages, tools), ids);
    expect(second).toEqual({ type: 'tool', call: { id: 'c2', name: 'order_status', args: { order_number: 'A-2' } } });
    expect(server.requests).toHaveLength(1);
    messages.push({ role: 'agent', action: second }, { role: 'tool', callId: 'c2', name: 'order_status', outcome: { ok: true, value: { rows: [] } } });
    expect(await act(agent, observation(messages, tools), ids)).toEqual({ type: 'message', text: 'Both are shipped.' });
    const sent = server.requests[1]!.body.messages?.slice(2);
    expect(sent?.map((m) => m.role)).toEqual(['assistant', 'tool', 'tool']);
    expect(sent?.[0]).toMatchObject({ content: 'Checking both.', tool_calls: [{ id: 'c1' }, { id: 'c2' }] });
  });

  it('drops queued calls when the conversation moved on (a user message came in between)', async () => {
    const { server, agent } = await setup([
      { kind: 'message', content: null, toolCalls: [{ name: 'order_status', arguments: { order_number: 'A-1' } }, { name: 'order_status', arguments: { order_number: 'A-2' } }] },
      reply.text('Sorry, what was that?'),
    ]);
    const messages: AgentMessage[] = [{ role: 'user', text: 'Hi' }];
    const first = await act(agent, observation(messages, tools));
    messages.push({ role: 'agent', action: first }, { role: 'tool', callId: 'call1', name: 'order_status', outcome: { ok: true, value: { rows: [] } } }, { role: 'user', text: 'Hello?' });
    expect(await act(agent, observation(messages, tools))).toEqual({ type: 'message', text: 'Sorry, what was that?' });
    expect(server.requests).toHaveLength(2);
  });
});

describe('openai-tools agent: protocol errors', () => {
  it('answers malformed tool-call JSON with a correction and asks again', async () => {
    const { server, agent } = await setup([fault.malformedToolCall('order_status', '{"order_number": "A-1'), reply.toolCall('order_status', { order_number: 'A-1' })]);
    const action = await act(agent, observation([{ role: 'user', text: 'A-1' }], tools));
    expect(action).toMatchObject({ type: 'tool', call: { name: 'order_status', args: { order_number: 'A-1' } } });
    const retry = server.requests[1]!.body.messages!;
    expect(contentOf(retry.at(-2))).toContain('order_status({"order_number": "A-1)');
    expect(retry.at(-1)).toMatchObject({ role: 'user' });
    expect(contentOf(retry.at(-1))).toMatch(/not a JSON object.*None of its tool calls were run/);
  });

  it('keeps the correction in later requests, so the conversation stays what the model saw', async () => {
    const { server, agent } = await setup([reply.text(''), reply.text('Which order?'), reply.text('Thanks.')]);
    const messages: AgentMessage[] = [{ role: 'user', text: 'Hi' }];
    const first = await act(agent, observation(messages, tools));
    messages.push({ role: 'agent', action: first }, { role: 'user', text: 'A-1' });
    await act(agent, observation(messages, tools));
    expect(server.requests[2]!.body.messages!.map((m) => m.role)).toEqual(['system', 'user', 'user', 'assistant', 'user']);
    expect(contentOf(server.requests[2]!.body.messages![2])).toMatch(/empty/);
  });

  it('treats an invalid submit_answer as a protocol error', async () => {
    const { server, agent } = await setup([reply.toolCall('submit_answer', { text: 'shipped' }), reply.toolCall('submit_answer', { answer: 'shipped' })]);
    expect(await act(agent, observation([{ role: 'user', text: 'Hi' }], tools))).toEqual({ type: 'answer', text: 'shipped' });
    expect(contentOf(server.requests[1]!.body.messages!.at(-1))).toMatch(/submit_answer.*needs \{"answer"/);
  });

  it('fails the episode with E_AGENT after more protocol errors than the budget forgives', async () => {
    const bad = () => fault.malformedToolCall('order_status');
    const { server, agent } = await setup([bad(), bad(), bad(), bad(), reply.text('never reached')], { maxProtocolErrors: 3 });
    const error = await act(agent, observation([{ role: 'user', text: 'Hi' }], tools)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsersimError);
    expect(error).toMatchObject({ code: 'E_AGENT', message: expect.stringMatching(/protocol error 4 .*at most 3/) });
    expect(server.requests).toHaveLength(4);
  });

  it('refuses a world tool that shadows submit_answer', async () => {
    const { agent } = await setup([reply.text('Hi')]);
    const clash: ToolSpec[] = [{ name: 'submit_answer', description: 'x', parameters: { type: 'object' }, writes: false }];
    await expect(act(agent, observation([{ role: 'user', text: 'Hi' }], clash))).rejects.toMatchObject({ code: 'E_CONFIG' });
  });

  it('turns exhausted retries into E_INFRA and honours an aborted signal', async () => {
    const { agent } = await setup([fault.serverError(), fault.serverError()]);
    await expect(act(agent, observation([{ role: 'user', text: 'Hi' }], tools))).rejects.toMatchObject({ code: 'E_INFRA' });
    const controller = new AbortController();
    controller.abort(new Error('stop'));
    await expect(agent.act(observation([{ role: 'user', text: 'Hi' }], tools), { signal: controller.signal, nextCallId: createCounterIds() })).rejects.toThrow('stop');
  });
});

describe('openai-tools agent: answer=last-message compatibility mode', () => {
  it('offers no submit_answer tool; a text with a question mark is a message, one without is the answer', async () => {
    const template = composePromptTemplate(['baseline'], 'protocol/openai-tools-last-message');
    const { server, agent } = await setup([reply.text('Which order do you mean?'), reply.text('It shipped on 3 May.')], { answerMode: 'last-message', template });
    const messages: AgentMessage[] = [{ role: 'user', text: 'Has it shipped?' }];
    const first = await act(agent, observation(messages, tools));
    expect(first).toEqual({ type: 'message', text: 'Which order do you mean?' });
    messages.push({ role: 'agent', action: first }, { role: 'user', text: 'A-1' });
    expect(await act(agent, observation(messages, tools))).toEqual({ type: 'answer', text: 'It shipped on 3 May.' });
    const names = (server.requests[0]!.body.tools as { function: { name: string } }[]).map((t) => t.function.name);
    expect(names).toEqual(['order_status']);
    expect(contentOf(server.requests[0]!.body.messages?.[0])).toContain('A reply without a question mark is taken as your final answer');
  });
});

describe('openai-tools agent: contract', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => {
    server = await startOpenAiServer({ replies: (request) => contractToolsModel(request) });
  });
  afterAll(async () => {
    await server.close();
  });
  agentContract('openai-tools (scripted model)', () => createOpenAiToolsAgent({ client: clientFor(server), rng: createRng(1) }));
});
