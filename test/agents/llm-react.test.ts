import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Agent, AgentMessage, Observation } from '../../src/agents/agent.js';
import { composePromptTemplate } from '../../src/agents/prompt-parts.js';
import { createReactAgent } from '../../src/agents/react.js';
import type { ToolSpec } from '../../src/environment/environment.js';
import { soqlToolSpec, soslToolSpec } from '../../src/packs/crm/soql/query-tool-specs.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { createCounterIds } from '../../src/util/ids.js';
import { createRng } from '../../src/util/rng.js';
import { agentContract, contractTools } from '../contracts/agent.contract.js';
import { reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ReplyScript } from '../fixtures/openai-server.js';
import { contentOf, contractReactModel, contractSqlCall, contractSqlTool, observation } from '../llm/fake-models.js';
import { recordingSleep } from '../llm/helpers.js';

const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function clientFor(server: OpenAiTestServer) {
  return createLlmClient({
    config: ModelConfigSchema.parse({ model: 'react-model', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000 }),
    sleep: recordingSleep([]),
    env: {},
  });
}

async function setup(replies: ReplyScript, options: Partial<Parameters<typeof createReactAgent>[0]> = {}) {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  return { server, agent: createReactAgent({ client: clientFor(server), rng: createRng(3), ...options }) };
}

const act = (agent: Agent, obs: Observation, ids = createCounterIds('q')) => agent.act(obs, { signal: new AbortController().signal, nextCallId: ids });
const sqlTools: ToolSpec[] = [contractSqlTool];

describe('react agent', () => {
  it('routes <execute> to the sql tool, with the query tool described in the system prompt and no function tools', async () => {
    const { server, agent } = await setup([reply.text('<thought>Look.</thought><execute>SELECT status FROM orders</execute>')]);
    const action = await act(agent, observation([{ role: 'user', text: 'Status?' }], sqlTools));
    expect(action).toEqual({ type: 'tool', call: { id: 'q1', name: 'sql', args: { query: 'SELECT status FROM orders' } } });
    const body = server.requests[0]!.body;
    expect(body.tools).toBeUndefined();
    const system = contentOf(body.messages?.[0]);
    expect(system).toContain('with the `sql` tool');
    expect(system).toContain(contractSqlTool.description);
    expect(system).not.toMatch(/\{\{/);
  });

  it('prefers soql, and sends a SOSL query to the sosl tool', async () => {
    const { agent } = await setup([reply.text('<execute>SELECT Id FROM Case</execute>'), reply.text('<execute>FIND {reset} RETURNING Knowledge__kav(Id)</execute>')]);
    const crm = [soqlToolSpec(), soslToolSpec(), contractSqlTool];
    expect(await act(agent, observation([{ role: 'user', text: 'Cases?' }], crm))).toMatchObject({ type: 'tool', call: { name: 'soql' } });
    expect(await act(agent, observation([{ role: 'user', text: 'Articles?' }], crm))).toMatchObject({ type: 'tool', call: { name: 'sosl' } });
  });

  it('shows tool results as Observation messages and its own replies as it wrote them', async () => {
    const { server, agent } = await setup([
      reply.text('<thought>Look.</thought><execute>SELECT 1</execute>'),
      reply.text('<thought>Found.</thought><answer>shipped</answer>'),
    ]);
    const messages: AgentMessage[] = [{ role: 'user', text: 'Status?' }];
    const first = await act(agent, observation(messages, sqlTools));
    messages.push({ role: 'agent', action: first }, { role: 'tool', callId: 'q1', name: 'sql', outcome: { ok: false, error: { code: 'E_SQL', message: 'no such table' } } });
    expect(await act(agent, observation(messages, sqlTools))).toEqual({ type: 'answer', text: 'shipped' });
    expect(server.requests[1]!.body.messages?.slice(1)).toEqual([
      { role: 'user', content: 'Status?' },
      { role: 'assistant', content: '<thought>Look.</thought><execute>SELECT 1</execute>' },
      { role: 'user', content: 'Observation: {"error":{"code":"E_SQL","message":"no such table"}}' },
    ]);
  });

  it('corrects a malformed reply, keeps the exchange in later requests, and counts it against the budget', async () => {
    const { server, agent } = await setup([
      reply.text('I think the answer is shipped.'),
      reply.text('<thought>ok</thought><respond>Which order?</respond>'),
      reply.text('<respond>a</respond><respond>b</respond>'),
      reply.text('<execute>SELECT'),
      reply.text('<answer>x</answer'),
    ], { maxProtocolErrors: 3 });
    const messages: AgentMessage[] = [{ role: 'user', text: 'Status?' }];
    const first = await act(agent, observation(messages, sqlTools));
    expect(first).toEqual({ type: 'message', text: 'Which order?' });
    const correction = server.requests[1]!.body.messages!.slice(-2);
    expect(correction).toEqual([
      { role: 'assistant', content: 'I think the answer is shipped.' },
      { role: 'user', content: expect.stringMatching(/^Your reply could not be used: the reply has no action/) },
    ]);
    messages.push({ role: 'agent', action: first }, { role: 'user', text: 'A-1' });
    const error = await act(agent, observation(messages, sqlTools)).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'E_AGENT', message: expect.stringMatching(/protocol error 4/) });
    const later = server.requests[2]!.body.messages!.map((m) => contentOf(m));
    expect(later).toContain('I think the answer is shipped.');
  });

  it('in answer=last-message mode, a respond without a question mark is the answer', async () => {
    const template = composePromptTemplate(['baseline'], 'protocol/react-last-message');
    const { agent } = await setup([reply.text('<respond>Which order?</respond>'), reply.text('<respond>It has shipped.</respond>'), reply.text('<answer>A</answer>')], {
      answerMode: 'last-message',
      template,
    });
    const obs = observation([{ role: 'user', text: 'Status?' }], sqlTools);
    expect(await act(agent, obs)).toEqual({ type: 'message', text: 'Which order?' });
    expect(await act(agent, obs)).toEqual({ type: 'answer', text: 'It has shipped.' });
    expect(await act(agent, obs)).toEqual({ type: 'answer', text: 'A' });
  });

  it('needs a soql or sql tool', async () => {
    const { agent, server } = await setup([reply.text('<respond>hi</respond>')]);
    await expect(act(agent, observation([{ role: 'user', text: 'Hi' }], contractTools))).rejects.toMatchObject({ code: 'E_CONFIG' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('react agent: contract', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => {
    server = await startOpenAiServer({ replies: (request) => contractReactModel(request) });
  });
  afterAll(async () => {
    await server.close();
  });
  agentContract('react (scripted model)', () => createReactAgent({ client: clientFor(server), rng: createRng(1) }), undefined, {
    tools: [contractSqlTool],
    call: contractSqlCall,
  });
});
