import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createAgendaUser, createLlmUser, createRng, loadScenarioFile, readResults } from '../../src/index.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import type { UserRule, UserStyle } from '../../src/scenario/schema.js';
import type { UserView } from '../../src/simulated-user/user.js';
import { reply, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { contentOf } from '../llm/fake-models.js';
import { cli } from '../helpers/cli.js';

const { scenario } = loadScenarioFile('test/fixtures/helpdesk/recent.yaml');
const signal = new AbortController().signal;

function view(turn: number, agentSaid: string[], extra: Partial<UserView> = {}): UserView {
  const conversation: UserView['conversation'][number][] = [{ role: 'user', text: 'Hi, which tickets have I opened in the last week?' }];
  for (const text of agentSaid) conversation.push({ role: 'agent', text, kind: 'message' }, { role: 'user', text: '…' });
  conversation.pop();
  return { turn, persona: '', goal: scenario.user.goal, facts: scenario.user.facts, unknowns: [], maxDisclosuresPerTurn: 1, conversation, ledger: [], ...extra };
}

describe('user.rules', () => {
  it('a misspelt name first, then the true one; run twice, byte-identical', async () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'usersim-rules-')), mkdtempSync(join(tmpdir(), 'usersim-rules-'))];
    expect((await cli('run', 'test/fixtures/helpdesk/recent-rules.yaml', '--out', a)).code).toBe(0);
    expect((await cli('run', 'test/fixtures/helpdesk/recent-rules.yaml', '--out', b)).code).toBe(0);
    expect(readFileSync(join(a, 'episodes.jsonl'))).toEqual(readFileSync(join(b, 'episodes.jsonl')));
    const [line] = readResults(a);
    const users = line!.transcript.filter((t) => t.role === 'user').map((t) => (t as { text: string }).text);
    expect(users[1]).not.toContain('Byrne');
    expect(users[2]).toContain('Ada Byrne');
    expect(line!.ledger).toEqual([{ turn: 3, factId: 'name', asked: true, reason: 'asked', why: expect.any(String) }]);
    expect(line!.scores?.success).toBe(true);
  });

  it('corrects an earlier value when the agent reports nothing found, and the ledger records the correction', async () => {
    const rules: UserRule[] = [
      { when: { asks: 'name' }, reply: "It's Ada Brine.", once: true },
      { when: { phrases: ["couldn't find", 'no tickets'] }, correct: 'name', once: true },
    ];
    const user = createAgendaUser({ seed: 3 });
    const first = await user.reply(view(2, ['What is your full name?'], { rules }), { signal });
    expect(first).toEqual({ message: "It's Ada Brine.", disclosed: [] });
    const second = await user.reply(view(3, ['What is your full name?', "I couldn't find any tickets for Ada Brine."], { rules }), { signal });
    expect(second.message).toContain('Ada Byrne');
    expect(second.disclosed).toEqual([{ factId: 'name', asked: false }]);
    expect(second.corrected).toEqual(['name']);
  });

  it('changes its mind the first time it is asked to confirm, then agrees', async () => {
    const rules: UserRule[] = [
      { when: { regex: '\\bconfirm\\b|shall i' }, reply: 'Actually, only the last 3 days, please.', once: true },
      { when: { phrases: ['confirm', 'shall I'] }, reply: 'Yes, go ahead.', once: false },
    ];
    const user = createAgendaUser({ seed: 1 });
    expect((await user.reply(view(2, ['Shall I look up the last 7 days?'], { rules }), { signal })).message).toBe('Actually, only the last 3 days, please.');
    expect((await user.reply(view(3, ['x', 'Can you confirm: the last 3 days?'], { rules }), { signal })).message).toBe('Yes, go ahead.');
    expect((await user.reply(view(4, ['x', 'y', 'Please confirm once more.'], { rules }), { signal })).message).toBe('Yes, go ahead.');
  });

  it('validate refuses rules naming undefined facts or doing nothing', async () => {
    const r = await cli('validate', 'test/fixtures/scenarios/bad-rules/bad-rules.yaml');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/bad-rules\.yaml:\d+:\d+ user\.rules\[0\]\.when\.asks: undefined fact "nam" \(did you mean "name"\?\)/);
    expect(r.err).toMatch(/bad-rules\.yaml:\d+:\d+ user\.rules\[1\]: a rule must reply, disclose or correct/);
  });
});

describe('persona.style', () => {
  const style = (s: Partial<UserStyle>): UserStyle => ({ verbosity: 'normal', typos: 0, ...s });
  const say = async (s: UserStyle, seed = 5) => (await createAgendaUser({ seed }).reply(view(2, ['What is your full name?'], { style: s }), { signal })).message;

  it('is deterministic, keeps fact values verbatim and changes the wording as asked', async () => {
    const plain = await say(style({}));
    expect(plain).toContain('Ada Byrne');
    expect(await say(style({ typos: 0.5 }))).toBe(await say(style({ typos: 0.5 })));
    const sloppy = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => say(style({ typos: 0.5 }), seed)));
    expect(sloppy.every((m) => m.includes('Ada Byrne'))).toBe(true);
    const clean = await Promise.all([1, 2, 3, 4, 5, 6].map((seed) => say(style({}), seed)));
    expect(sloppy.filter((m, i) => m !== clean[i]).length).toBeGreaterThan(2);
    const verbose = await say(style({ verbosity: 'verbose' }));
    expect(verbose.length).toBeGreaterThan(plain.length + 20);
    expect(verbose).toContain(plain);
    const opening = await createAgendaUser({ seed: 5 }).reply({ ...view(1, []), conversation: [], opening: 'Hi! Which tickets have I opened in the last week?', style: style({ verbosity: 'terse' }) }, { signal });
    expect(opening.message).toBe('Which tickets have I opened in the last week?');
  });
});

describe('rules and style for the LLM user', () => {
  const servers: OpenAiTestServer[] = [];
  afterAll(async () => Promise.all(servers.map((s) => s.close())));

  it('are given as instructions in its system prompt', async () => {
    const server = await startOpenAiServer({ replies: [reply.json({ message: "It's Ada Brine.", disclosed: [], stop: null })] });
    servers.push(server);
    const client = createLlmClient({ config: ModelConfigSchema.parse({ model: 'user-model', baseURL: server.baseURL, maxRetries: 0 }), env: {} });
    const user = createLlmUser({ client, rng: createRng('s/1').fork('user') });
    const rules: UserRule[] = [{ when: { asks: 'name' }, reply: "It's Ada Brine.", once: true }, { when: { phrases: ['not found'] }, correct: 'name', once: true }];
    await user.reply(view(2, ['What is your full name?'], { rules, style: style2() }), { signal });
    const system = contentOf(server.requests[0]!.body.messages?.[0]);
    expect(system).toContain('When the assistant asks for my full name: say: "It\'s Ada Brine." (only the first time).');
    expect(system).toContain('When the assistant says "not found": apologise and give the correct value of item "name"');
    expect(system).toContain('Write very short messages');
    expect(system).toContain('typing mistakes in about 20% of longer words');
  });
});

function style2(): UserStyle {
  return { verbosity: 'terse', typos: 0.2 };
}
