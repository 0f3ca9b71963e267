import { personaText } from '../../src/scenario/persona.js';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { samplingSeed } from '../../src/llm/sampling-seed.js';
import { ScenarioSchema } from '../../src/scenario/schema.js';
import { createLlmUser } from '../../src/simulated-user/llm.js';
import type { UserView } from '../../src/simulated-user/user.js';
import { createRng } from '../../src/util/rng.js';
import { userContract, userContractScenario as scenario } from '../contracts/user.contract.js';
import { reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ReplyScript } from '../fixtures/openai-server.js';
import { agendaUserModel, contentOf } from '../llm/fake-models.js';

const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function clientFor(server: OpenAiTestServer, extra: Record<string, unknown> = {}) {
  return createLlmClient({ config: ModelConfigSchema.parse({ model: 'user-model', baseURL: server.baseURL, maxRetries: 0, ...extra }), env: {} });
}

async function setup(replies: ReplyScript, extra: Partial<Parameters<typeof createLlmUser>[0]> = {}) {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  return { server, user: createLlmUser({ client: clientFor(server), rng: createRng('s/1').fork('user'), ...extra }) };
}

const signal = () => new AbortController().signal;

function view(turn: number, agent: string | null, extra: Partial<UserView> = {}): UserView {
  return {
    turn,
    persona: personaText(scenario.persona),
    goal: scenario.user.goal,
    facts: scenario.user.facts,
    unknowns: scenario.user.unknowns,
    maxDisclosuresPerTurn: 1,
    conversation: turn === 1 ? [] : [{ role: 'user', text: 'Hi, where is my parcel? My postcode is ZX9 4QP.' }, ...(agent === null ? [] : [{ role: 'agent' as const, text: agent, kind: 'message' as const }])],
    ledger: turn === 1 ? [] : [{ turn: 1, factId: 'zip', asked: false, reason: 'volunteered' }],
    ...extra,
  };
}

describe('LLM user: requests', () => {
  it('asks for structured output with the fact ids as an enum, the persona, goal and rules in the system prompt, a pinned seed', async () => {
    const { server, user } = await setup([reply.json({ message: 'Hi! Where is my parcel? My postcode is ZX9 4QP.', disclosed: ['zip'], stop: null })]);
    const out = await user.reply(view(1, null), { signal: signal() });
    expect(out).toEqual({ message: 'Hi! Where is my parcel? My postcode is ZX9 4QP.', disclosed: [{ factId: 'zip', asked: false }] });
    const body = server.requests[0]!.body;
    expect(body.response_format).toMatchObject({
      type: 'json_schema',
      json_schema: {
        name: 'simulated_user_reply',
        strict: true,
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['message', 'disclosed', 'stop'],
          properties: { disclosed: { type: 'array', items: { type: 'string', enum: ['order', 'email', 'zip', 'phone'] } } },
        },
      },
    });
    expect((body.response_format as { json_schema: { schema: Record<string, unknown> } }).json_schema.schema.$schema).toBeUndefined();
    const system = contentOf(body.messages?.[0]);
    expect(system).toContain(scenario.persona);
    expect(system).toContain(scenario.user.goal);
    expect(system).toContain('id "ssn": my social security number = "078-05-1120" (rule: never');
    expect(system).toContain('the purchase date (asked about as: purchase date, when did you buy)');
    expect(body.temperature).toBe(0);
    expect(body.seed).toBe(samplingSeed(createRng('s/1').fork('user'), undefined));
    const note = contentOf(body.messages?.at(-1));
    expect(note).toMatch(/^\[The support chat has opened\. You write first\.\]\n\n\[Simulator note/);
    expect(note).toContain('Volunteer now, unprompted: zip.');
    expect(note).toContain('Do not reveal: order (not asked for), email (not asked for), phone (not asked for), ssn (never).');
  });

  it('writes the chat from the user\'s side, with the ledger spelled out in the note', async () => {
    const { server, user } = await setup([reply.json({ message: 'Sure, it is A-1001.', disclosed: ['order'], stop: null })]);
    const out = await user.reply(view(2, 'Could you give me your order number?'), { signal: signal() });
    expect(out.disclosed).toEqual([{ factId: 'order', asked: true, why: expect.any(String) }]);
    const messages = server.requests[0]!.body.messages!;
    expect(messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(contentOf(messages[2])).toBe('Hi, where is my parcel? My postcode is ZX9 4QP.');
    expect(contentOf(messages[3])).toMatch(/^Could you give me your order number\?\n\n\[Simulator note/);
    expect(contentOf(messages[3])).toContain('The assistant has just asked for: order. Tell at most 1');
    expect(contentOf(messages[3])).toContain('Already told (you may repeat them): zip.');
  });

  it('maps stop reasons and tells the model when the agent has answered', async () => {
    const { server, user } = await setup([reply.json({ message: 'Great, thanks!', disclosed: [], stop: 'goal_met' })]);
    const v = view(2, null, { conversation: [{ role: 'user', text: 'Hi' }, { role: 'agent', text: 'It is in transit.', kind: 'answer' }] });
    expect(await user.reply(v, { signal: signal() })).toEqual({ message: 'Great, thanks!', disclosed: [], stop: 'goal_met' });
    expect(contentOf(server.requests[0]!.body.messages?.at(-1))).toContain('has given its final answer');
  });

  it('uses a scripted opening verbatim without a call, unless a volunteer fact is due that it lacks', async () => {
    const { server, user } = await setup([
      reply.json({ message: 'Hello, my order A-1001 is late. My postcode is ZX9 4QP.', disclosed: ['zip'], stop: null }),
      reply.json({ message: 'Hello, my order A-1001 is late. My postcode is ZX9 4QP.', disclosed: ['order', 'zip'], stop: null }),
    ]);
    const plain = ScenarioSchema.parse({ ...scenario, user: { ...scenario.user, facts: scenario.user.facts.filter((f) => f.id !== 'zip') } });
    const opening = 'Hello, my order A-1001 is late.';
    const scripted = await user.reply(view(1, null, { facts: plain.user.facts, opening }), { signal: signal() });
    expect(scripted).toEqual({ message: opening, disclosed: [{ factId: 'order', asked: false }] });
    expect(server.requests).toHaveLength(0);
    const modelled = await user.reply(view(1, null, { opening }), { signal: signal() });
    const note = contentOf(server.requests[0]!.body.messages?.at(-1));
    expect(note).toContain(`Start your message with exactly this text: ${JSON.stringify(opening)}`);
    expect(note).toContain('That text already tells: order; declare them');
    // Telling the order number is the opening's doing, but it must be declared: the first reply is sent back once.
    expect(server.requests).toHaveLength(2);
    expect(contentOf(server.requests[1]!.body.messages?.at(-1))).toContain('reveals order without declaring it');
    expect(modelled).toEqual({
      message: 'Hello, my order A-1001 is late. My postcode is ZX9 4QP.',
      disclosed: [{ factId: 'order', asked: false }, { factId: 'zip', asked: false }],
      validity: { violations: [], regenerations: 1 },
    });
  });
});

describe('LLM user: the ledger check and regeneration', () => {
  it('catches an over-disclosure, sends a corrective request, and keeps the regenerated reply', async () => {
    const { server, user } = await setup([
      reply.json({ message: 'It is A-1001, and my email is kim@example.org.', disclosed: ['order', 'email'], stop: null }),
      reply.json({ message: 'It is A-1001.', disclosed: ['order'], stop: null }),
    ]);
    const out = await user.reply(view(2, 'What is your order number?'), { signal: signal() });
    expect(out).toEqual({ message: 'It is A-1001.', disclosed: [{ factId: 'order', asked: true, why: expect.any(String) }], validity: { violations: [], regenerations: 1 } });
    expect(server.requests).toHaveLength(2);
    const retry = server.requests[1]!.body.messages!;
    expect(contentOf(retry.at(-2))).toBe(JSON.stringify({ message: 'It is A-1001, and my email is kim@example.org.', disclosed: ['order', 'email'], stop: null }));
    expect(retry.at(-1)?.role).toBe('user');
    expect(contentOf(retry.at(-1))).toMatch(/^\[Simulator note: your last reply broke these rules:\n- email was not asked for/);
  });

  it('after the last regeneration, uses the reply, reads its disclosures from the text and records the violations', async () => {
    const bad = reply.json({ message: 'Order A-1001; SSN 078-05-1120.', disclosed: ['order'], stop: null });
    const { server, user } = await setup([bad, bad, bad], { maxRegenerations: 2 });
    const out = await user.reply(view(2, 'What is your order number?'), { signal: signal() });
    expect(server.requests).toHaveLength(3);
    expect(out.message).toBe('Order A-1001; SSN 078-05-1120.');
    expect(out.disclosed).toEqual([{ factId: 'order', asked: true, why: expect.any(String) }, { factId: 'ssn', asked: false }]);
    expect(out.validity).toEqual({ violations: [expect.stringMatching(/reveals ssn, which must never be revealed/)], regenerations: 2 });
  });

  it('regenerates replies that are not JSON of the schema, and fails with E_USER when none ever is', async () => {
    const { server, user } = await setup([reply.text('Sure, it is A-1001.'), reply.json({ message: 'Hi', disclosed: ['bogus'], stop: null }), reply.json({ message: 'It is A-1001.', disclosed: ['order'], stop: null })]);
    expect((await user.reply(view(2, 'Order number?'), { signal: signal() })).validity).toEqual({ violations: [], regenerations: 2 });
    expect(contentOf(server.requests[1]!.body.messages!.at(-1))).toMatch(/not a JSON object/);
    const never = await setup([reply.text('no'), reply.text('no'), reply.text('no')]);
    await expect(never.user.reply(view(2, 'Order number?'), { signal: signal() })).rejects.toMatchObject({ code: 'E_USER' });
  });

  it('rejects bad options and propagates infrastructure failures', async () => {
    const { server } = await setup([]);
    expect(() => createLlmUser({ client: clientFor(server), maxRegenerations: -1 })).toThrow(/maxRegenerations/);
    const down = await setup([{ kind: 'status', status: 500, body: { error: { message: 'down' } } }]);
    await expect(down.user.reply(view(2, 'Order?'), { signal: signal() })).rejects.toMatchObject({ code: 'E_INFRA' });
  });
});

describe('LLM user: contract', () => {
  let server: OpenAiTestServer;
  beforeAll(async () => {
    server = await startOpenAiServer({ replies: agendaUserModel(scenario) });
  });
  afterAll(async () => {
    await server.close();
  });
  userContract('llm (agenda-backed model)', (seed) => createLlmUser({ client: clientFor(server), rng: createRng(seed) }));
});
