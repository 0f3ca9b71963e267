/**
 * The LLM-backed ask recogniser against the local Chat Completions server:
 * one cached call per message, ids only from the targets, a bad reply is a
 * user error; the agreement report; and the LLM user consulting it when the
 * model declares a fact the rules did not see asked for. A scripted model
 * exercises plumbing only: it says nothing about the prompt's quality.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { askAgreement, askTargets, createDeterministicAskRecogniser, createLlmAskRecogniser, ScenarioSchema } from '../../src/index.js';
import type { UserView } from '../../src/index.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { createLlmUser } from '../../src/simulated-user/llm.js';
import { createRng } from '../../src/util/rng.js';
import { reply, startOpenAiServer, type OpenAiTestServer, type RecordedRequest, type ReplyScript } from '../fixtures/openai-server.js';
import { contentOf } from '../llm/fake-models.js';

const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

async function clientOn(replies: ReplyScript, model = 'asks-model') {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  return { server, client: createLlmClient({ config: ModelConfigSchema.parse({ model, baseURL: server.baseURL, maxRetries: 0 }), env: {} }) };
}

const user = ScenarioSchema.shape.user.parse({
  goal: 'Return a lamp.',
  facts: [
    { id: 'order', text: 'my order number', value: 'L-77', disclose: 'on_request', needed: true },
    { id: 'email', text: 'my email address', value: 'lu@example.org', disclose: 'on_request' },
  ],
});
const targets = askTargets(user.facts);

/** A scripted recogniser model: "requests" the order whenever the message mentions a lamp. */
function lampModel(request: RecordedRequest) {
  const messages = (request.body as { messages: { role: string; content: unknown }[] }).messages;
  const text = contentOf(messages.at(-1) as never);
  return reply.json({ requested: /lamp/i.test(text) ? ['order', 'invented'] : [] });
}

describe('LLM ask recogniser', () => {
  it('returns the requested ids it was given, drops invented ones, and calls once per message', async () => {
    const { server, client } = await clientOn(lampModel);
    const asks = createLlmAskRecogniser({ client });
    expect(asks.name).toBe('llm:asks-model');
    const first = await asks.recognise('Which lamp was it?', targets);
    expect(first.requests).toMatchObject([{ id: 'order', target: 'fact', why: 'llm:asks-model read it as a request' }]);
    await asks.recognise('Which lamp was it?', targets);
    expect(server.requests).toHaveLength(1);
    const system = contentOf((server.requests[0]?.body as { messages: never[] }).messages[0]);
    expect(system).toContain('- order: my order number');
    expect((server.requests[0]?.body as { response_format?: { type: string } }).response_format?.type).toBe('json_schema');
  });

  it('fails as a user error when the reply is not the required JSON', async () => {
    const { client } = await clientOn([reply.text('order, I think')]);
    await expect(createLlmAskRecogniser({ client }).recognise('Which lamp?', targets)).rejects.toMatchObject({ code: 'E_USER' });
  });

  it('reports its agreement with the deterministic recogniser', async () => {
    const { client } = await clientOn(lampModel);
    const report = await askAgreement(createDeterministicAskRecogniser(), createLlmAskRecogniser({ client }), [
      { message: 'What is your order number?', targets },
      { message: 'Which lamp did you buy?', targets },
      { message: 'Your email, please.', targets },
    ]);
    expect(report).toMatchObject({ a: 'deterministic', b: 'llm:asks-model', messages: 3, sameMessages: 0, decisions: { both: 0, onlyA: 2, onlyB: 1, neither: 3 } });
    expect(report.agreement).toBeCloseTo(0.5);
    expect(report.kappa).toBeCloseTo(-2 / 7);
    expect(report.differences.map((d) => d.message)).toEqual(['What is your order number?', 'Which lamp did you buy?', 'Your email, please.']);
  });
});

describe('the LLM user with an LLM ask recogniser', () => {
  const view: UserView = {
    turn: 2,
    persona: '',
    goal: user.goal,
    facts: user.facts,
    unknowns: [],
    maxDisclosuresPerTurn: 1,
    conversation: [
      { role: 'user', text: 'Hi, my lamp broke.' },
      { role: 'agent', text: 'Sorry to hear it. Which lamp shipment is this?', kind: 'message' },
    ],
    ledger: [],
  };

  it('consults it when the model declares a fact the rules did not see asked for, and does not regenerate', async () => {
    const asksServer = await clientOn(lampModel);
    const userServer = await clientOn([reply.json({ message: 'It is order L-77.', disclosed: ['order'], stop: null })], 'user-model');
    const llmUser = createLlmUser({ client: userServer.client, rng: createRng('a/1'), asks: createLlmAskRecogniser({ client: asksServer.client }) });
    const out = await llmUser.reply(view, { signal: new AbortController().signal });
    expect(out.disclosed).toEqual([{ factId: 'order', asked: true, why: 'llm:asks-model read it as a request' }]);
    expect(out.validity).toBeUndefined();
    expect(asksServer.server.requests).toHaveLength(1);
    expect(userServer.server.requests).toHaveLength(1);
  });
});
