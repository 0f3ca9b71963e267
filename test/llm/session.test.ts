import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { composePromptTemplate } from '../../src/agents/prompt-parts.js';
import { createSession, kindsOf } from './session-helpers.js';
import { createLlmSession, type LlmSession } from '../../src/llm/session.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { createRegistry } from '../../src/registry/registry.js';
import { llmProvenance } from '../../src/registry/llm-kinds.js';
import { estimateRunCost } from '../../src/runner/estimate-plan.js';
import { createUsageMeter } from '../../src/llm/usage.js';
import { createRng } from '../../src/util/rng.js';
import { createCounterIds } from '../../src/util/ids.js';
import { reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer } from '../fixtures/openai-server.js';
import { tempDir } from './helpers.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const demo = (name: string) => loadScenarioFile(path.join(repoRoot, 'scenarios/demo', `${name}.yaml`));

const sessions: LlmSession[] = [];
const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  sessions.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
const track = (s: LlmSession) => {
  sessions.push(s);
  return s;
};

function writeConfig(dir: string, body: string): string {
  const file = path.join(dir, 'usersim.config.yaml');
  writeFileSync(file, body);
  return file;
}

describe('createLlmSession: config and specs', () => {
  it('reads usersim.config.yaml from cwd and resolves named and raw models, --base-url overriding both', () => {
    const dir = tempDir();
    writeConfig(dir, 'models:\n  local:\n    baseURL: http://127.0.0.1:9/v1\n    model: qwen2.5:7b\n    temperature: 0.3\n');
    const session = track(createLlmSession({ cwd: dir, cacheDir: path.join(dir, 'cache'), env: { OPENAI_API_KEY: 'sk-openai-xyz' } }));
    expect(Object.keys(session.models)).toEqual(['local']);
    const named = kindsOf(session).agent('openai-tools:local[prompts=baseline+confidentiality]');
    expect(named?.name).toBe('openai-tools:local[prompts=baseline+confidentiality]');
    const raw = kindsOf(session).agent('react:llama3.1:8b');
    expect(raw?.name).toBe('react:llama3.1:8b');
    const llm = llmProvenance(kindsOf(session), session).llm as { agents: Record<string, { baseURL: string; model: string; temperature: number; prompt: { hash: string } }> };
    expect(llm.agents['openai-tools:local[prompts=baseline+confidentiality]']).toMatchObject({ baseURL: 'http://127.0.0.1:9/v1', model: 'qwen2.5:7b', temperature: 0.3 });
    // A raw model name without --base-url is served by the OpenAI API.
    expect(llm.agents['react:llama3.1:8b']).toMatchObject({ baseURL: 'https://api.openai.com/v1', model: 'llama3.1:8b' });
    expect(JSON.stringify(llmProvenance(kindsOf(session), session))).not.toContain('sk-openai-xyz');
    expect(llm.agents['openai-tools:local[prompts=baseline+confidentiality]']?.prompt.hash).toBe(composePromptTemplate(['baseline', 'confidentiality'], 'protocol/openai-tools').hash);
    const flagged = track(createLlmSession({ cwd: dir, baseURL: 'http://127.0.0.1:8000/v1', cacheDir: path.join(dir, 'cache'), env: {} }));
    kindsOf(flagged).agent('openai-tools:local');
    expect((llmProvenance(kindsOf(flagged), flagged).llm as { agents: Record<string, { baseURL: string }> }).agents['openai-tools:local']?.baseURL).toBe('http://127.0.0.1:8000/v1');
  });

  it('adds its kinds to the registry they are given to, beside the built-ins, and to no other', () => {
    const dir = tempDir();
    const session = track(createLlmSession({ cwd: dir, baseURL: 'http://127.0.0.1:9/v1', cacheDir: path.join(dir, 'c'), env: {} }));
    const registry = kindsOf(session);
    expect(registry.agent('openai-tools:m').name).toBe('openai-tools:m');
    expect(registry.agent('http:http://127.0.0.1:8787/act').name).toBe('http:http://127.0.0.1:8787/act');
    expect(registry.user('llm:m').name).toBe('llm:m');
    expect(registry.agent('reference').name).toBe('reference');
    expect(registry.user('agenda').name).toBe('agenda');
    expect(() => createRegistry().agent('openai-tools:m')).toThrow(expect.objectContaining({ code: 'E_USAGE' }));
    expect(() => createRegistry().user('llm:m')).toThrow(/unknown user "llm:m"; expected agenda/);
  });

  it('gives the deterministic judge without a model, and an LLM judge with one', () => {
    const dir = tempDir();
    const session = track(createLlmSession({ cwd: dir, baseURL: 'http://127.0.0.1:9/v1', cacheDir: path.join(dir, 'c'), env: {} }));
    expect(kindsOf(session).judge(undefined).name).toBe('deterministic');
    expect(kindsOf(session).judge('deterministic').name).toBe('deterministic');
    expect(kindsOf(session).judge('gpt-4o-mini').name).toBe('llm:gpt-4o-mini');
    expect((llmProvenance(kindsOf(session), session).llm as { judge: { prompts: Record<string, string> } }).judge.prompts).toEqual({ refusal: expect.stringMatching(/^[0-9a-f]{64}$/), extraction: expect.stringMatching(/^[0-9a-f]{64}$/) });
  });

  it('fails on a missing --config, a bad config file, and an OpenAI model without its key', () => {
    const dir = tempDir();
    expect(() => createLlmSession({ configFile: path.join(dir, 'nope.yaml') })).toThrow(expect.objectContaining({ code: 'E_IO' }));
    const bad = writeConfig(dir, 'models:\n  x:\n    model: m\n    apiKey: sk-live\n');
    expect(() => createLlmSession({ configFile: bad })).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
    const session = track(createLlmSession({ cwd: tempDir(), cacheDir: path.join(dir, 'c'), env: {} }));
    expect(() => kindsOf(session).agent('openai-tools:gpt-4o-mini')).toThrow(/OPENAI_API_KEY/);
  });

  it('opens no cache directory until a model is used, and none at all with noCache', async () => {
    const dir = tempDir();
    const cacheDir = path.join(dir, 'cache');
    const server = await startOpenAiServer({ replies: [reply.text('Hi?'), reply.text('Hi again?')] });
    servers.push(server);
    const lazy = track(createLlmSession({ cwd: dir, baseURL: server.baseURL, cacheDir, env: {} }));
    kindsOf(lazy).judge(undefined);
    expect(existsSync(cacheDir)).toBe(false);
    const variant = kindsOf(lazy).agent('openai-tools:m');
    expect(existsSync(cacheDir)).toBe(true);
    const off = track(createLlmSession({ cwd: dir, baseURL: server.baseURL, cacheDir: path.join(dir, 'off'), noCache: true, env: {} }));
    const offVariant = kindsOf(off).agent('openai-tools:m');
    const obs = { context: '', tools: [], messages: [{ role: 'user' as const, text: 'Hi' }] };
    const meter = createUsageMeter();
    const init = { scenario: demo('order-tracking').scenario, seed: 1, rng: createRng(1), meter };
    await offVariant.create(init).act(obs, { signal: new AbortController().signal, nextCallId: createCounterIds() });
    await offVariant.create(init).act(obs, { signal: new AbortController().signal, nextCallId: createCounterIds() });
    expect(server.requests).toHaveLength(2);
    expect(existsSync(path.join(dir, 'off'))).toBe(false);
    expect(off.usage().byRole.agent).toMatchObject({ requests: 2, cachedRequests: 0 });
    expect(meter.snapshot().byRole.agent.requests).toBe(2);
    expect(variant.name).toBe('openai-tools:m');
  });
});

describe('createLlmSession: budget and provenance', () => {
  it('stops scheduling once the budget is spent, naming the budget', async () => {
    const { session, server } = await createSession({ replies: [reply.text('Which order?', { prompt_tokens: 1_000_000, completion_tokens: 0 })], prices: { inputPerMTok: 1, outputPerMTok: 1 }, maxCostUsd: 0.5 });
    track(session);
    servers.push(server);
    expect(session.shouldSchedule()).toEqual({ ok: true });
    const agent = kindsOf(session).agent('openai-tools:priced').create({ scenario: demo('order-tracking').scenario, seed: 1, rng: createRng(1), meter: createUsageMeter() });
    await agent.act({ context: '', tools: [], messages: [{ role: 'user', text: 'Hi' }] }, { signal: new AbortController().signal, nextCallId: createCounterIds() });
    expect(session.budget()).toEqual({ maxUsd: 0.5, spentUsd: 1, exhausted: true });
    const gate = session.shouldSchedule();
    expect(gate.ok).toBe(false);
    if (!gate.ok) expect(gate.reason).toMatch(/--max-cost 0\.5 USD.*1 USD/);
  });

  it('records models, prompts and sampling but never the key', async () => {
    const { session, server } = await createSession({ replies: [], env: { USERSIM_TEST_KEY: 'sk-secret-123' } });
    track(session);
    servers.push(server);
    kindsOf(session).agent('openai-tools:priced[prompts=baseline+confidentiality,answer=last-message]');
    kindsOf(session).agent('http:http://127.0.0.1:1/act');
    kindsOf(session).user('llm:priced');
    kindsOf(session).judge('priced');
    const provenance = llmProvenance(kindsOf(session), session);
    const text = JSON.stringify(provenance);
    expect(text).not.toContain('sk-secret-123');
    expect(provenance).toMatchObject({
      llm: {
        agents: {
          'openai-tools:priced[prompts=baseline+confidentiality,answer=last-message]': { kind: 'openai-tools', answer: 'last-message', temperature: 0, seed: 'per-episode' },
          'http:http://127.0.0.1:1/act': { kind: 'http', url: 'http://127.0.0.1:1/act' },
        },
        users: { 'llm:priced': { model: 'priced-model', prompt: { file: 'user/system', hash: expect.stringMatching(/^[0-9a-f]{64}$/) } } },
        judge: { model: 'priced-model' },
        cache: 'enabled',
        budget: { maxUsd: null },
      },
    });
    expect((provenance.llm as { agents: Record<string, { prompt?: unknown }> }).agents['openai-tools:priced[prompts=baseline+confidentiality,answer=last-message]']?.prompt).toEqual({
        parts: ['baseline', 'confidentiality'],
        protocol: 'protocol/openai-tools-last-message',
        hash: composePromptTemplate(['baseline', 'confidentiality'], 'protocol/openai-tools-last-message').hash,
    });
  });
});

describe('createLlmSession: dry-run estimate', () => {
  it('estimates tokens and cost per role from the plan, without keys or requests', () => {
    const dir = tempDir();
    writeConfig(dir, 'models:\n  gpt:\n    model: gpt-4o-mini\n    prices: { inputPerMTok: 0.15, outputPerMTok: 0.6 }\n');
    mkdirSync(path.join(dir, 'c'));
    const session = track(createLlmSession({ cwd: dir, env: {}, cacheDir: path.join(dir, 'c') }));
    const scenarios = [demo('order-tracking'), demo('probe-private-customer')];
    const llm = estimateRunCost(session, { scenarios, agents: ['openai-tools:gpt', 'reference'], user: 'llm:gpt', judge: 'gpt', seeds: 3 });
    expect(llm.episodes).toBe(12);
    expect(llm.byRole.agent.requests).toBe(3 * (3 * 2) + 3 * (2 * 2 + 3));
    expect(llm.byRole.user.requests).toBe(6 * 3 + 6 * 2);
    expect(llm.byRole.judge.requests).toBe(6 * 1 + 6 * 4);
    expect(llm.byRole.agent.inputTokens).toBeGreaterThan(llm.byRole.agent.requests * 300);
    expect(llm.totalCostUsd).toBeGreaterThan(0);
    expect(llm.totalCostUsd).toBeCloseTo(llm.byRole.agent.costUsd + llm.byRole.user.costUsd + llm.byRole.judge.costUsd, 6);
    expect(llm.unpriced).toEqual([]);
    expect(llm.assumptions.length).toBeGreaterThan(3);
    // The LLM ask recogniser reads each agent message to the user (T an episode), counted as the user's, as the meter does.
    const asks = estimateRunCost(session, { scenarios, agents: ['reference'], user: 'agenda', asks: 'llm:gpt', seeds: 3 });
    expect(asks.byRole.user.requests).toBe(3 * 3 + 3 * 2);
    expect(asks.byRole.user.outputTokens).toBe(asks.byRole.user.requests * 20);
    expect(asks.byRole.user.costUsd).toBeGreaterThan(0);
    expect(estimateRunCost(session, { scenarios, agents: ['reference'], user: 'llm:gpt', asks: 'llm:gpt', seeds: 3 }).byRole.user.requests).toBe(2 * (3 * 3 + 3 * 2));
    expect(estimateRunCost(session, { scenarios, agents: ['reference'], user: 'agenda', asks: 'deterministic', seeds: 3 }).byRole.user.requests).toBe(0);
    const offline = estimateRunCost(session, { scenarios, agents: ['reference'], user: 'agenda', seeds: [1, 2] });
    expect(offline.totalCostUsd).toBe(0);
    expect(offline.byRole.agent.requests).toBe(0);
    const unpriced = estimateRunCost(session, { scenarios, agents: ['react:llama3'], user: 'agenda', seeds: 1, conditions: ['sharded', 'full'] });
    expect(unpriced.episodes).toBe(4);
    expect(unpriced.unpriced).toEqual(['llama3']);
    expect(existsSync(path.join(dir, 'c', 'responses.sqlite'))).toBe(false);
  });

  it('uses the tool specs when it is given them', () => {
    const dir = tempDir();
    const session = track(createLlmSession({ cwd: dir, env: {}, baseURL: 'http://127.0.0.1:9/v1' }));
    const scenarios = [demo('order-tracking')];
    const guess = estimateRunCost(session, { scenarios, agents: ['openai-tools:m'], user: 'agenda', seeds: 1 });
    const big = estimateRunCost(session, { scenarios, agents: ['openai-tools:m'], user: 'agenda', seeds: 1, tools: () => [{ name: 'sql', description: 'x'.repeat(40_000), parameters: {}, writes: false }] });
    expect(big.byRole.agent.inputTokens).toBeGreaterThan(guess.byRole.agent.inputTokens);
  });
});
