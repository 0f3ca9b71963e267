// End to end through the runner: LLM actors against the local protocol server
// with real demo worlds. Covers solving a scenario from scripted replies,
// cache replay (zero new requests, byte-identical results), retried faults and
// excluded infrastructure errors, the cost budget, and the API key never
// reaching any file.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import type { LlmSession } from '../../src/llm/session.js';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { createRunner, type RunConfig } from '../../src/runner/runner.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { createAgendaUser } from '../../src/simulated-user/agenda.js';
import { createManualClock } from '../../src/util/clock.js';
import { fault, reply } from '../fixtures/openai-server.js';
import type { MessageReply, OpenAiTestServer } from '../fixtures/openai-server.js';
import { demoModels } from './fake-models.js';
import { tempDir } from './helpers.js';
import { createSession, kindsOf } from './session-helpers.js';
import { llmProvenance } from '../../src/registry/llm-kinds.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const worlds = worldEnvironments();
const demo = (name: string) => loadScenarioFile(path.join(repoRoot, 'scenarios/demo', `${name}.yaml`), { toolsFor: worlds.toolsFor });
const orderTracking = demo('order-tracking');
const privateCustomer = demo('probe-private-customer');
const runner = () => createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'run' });
const agenda = { name: 'agenda', create: ({ rng }: { rng: Parameters<typeof createAgendaUser>[0]['seed'] }) => createAgendaUser({ seed: rng }) };

const sessions: LlmSession[] = [];
const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  sessions.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});
async function setup(...args: Parameters<typeof createSession>) {
  const s = await createSession(...args);
  sessions.push(s.session);
  servers.push(s.server);
  return s;
}

function baseConfig(session: LlmSession, outDir: string, extra: Partial<RunConfig> = {}): RunConfig {
  return {
    scenarios: [orderTracking],
    agents: [kindsOf(session).agent('openai-tools:priced')],
    user: agenda,
    judge: createDeterministicJudge(),
    seeds: [1],
    outDir,
    shouldSchedule: session.shouldSchedule,
    provenance: llmProvenance(kindsOf(session), session),
    ...extra,
  };
}

/** Every file under `dir`, recursively. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const costly = (m: MessageReply): MessageReply => ({ ...m, usage: { prompt_tokens: 400_000, completion_tokens: 0 } });

describe('end to end: LLM actors through the runner', () => {
  it('a tool-calling agent solves a demo scenario from scripted replies', async () => {
    const { session, server } = await setup({
      replies: [reply.text('Could you tell me your order number?'), reply.toolCall('get_order', { order_id: 5023 }), reply.toolCall('submit_answer', { answer: 'NW7734120588' })],
    });
    const outDir = tempDir('usersim-e2e-');
    const outcome = await runner().run(baseConfig(session, outDir));
    const [result] = readResults(outDir);
    expect(outcome.ran).toBe(1);
    expect(result).toMatchObject({ agent: 'openai-tools:priced', termination: { reason: 'agent_answered' }, answer: 'NW7734120588', excluded: false, scores: { success: true } });
    expect(result?.transcript.map((e) => (e.role === 'agent' ? e.action.type : e.role))).toEqual(['user', 'message', 'user', 'tool', 'tool', 'answer']);
    expect(result?.ledger).toEqual([{ turn: 2, factId: 'order_id', asked: true, reason: 'asked', why: expect.any(String) }]);
    expect(result?.usage?.agent?.requests).toBe(3);
    expect(server.requests).toHaveLength(3);
    expect(readManifest(outDir)?.provenance).toMatchObject({ llm: { agents: { 'openai-tools:priced': { model: 'priced-model' } } } });
  });

  it('re-running a whole LLM run is served from the cache: zero new requests, byte-identical results, and the key is in no file', async () => {
    const env = { USERSIM_TEST_KEY: 'sk-secret-123' };
    const prices = { inputPerMTok: 0.15, outputPerMTok: 0.6 };
    const first = await setup({ replies: demoModels(orderTracking.scenario), env, prices });
    const scenarios = [orderTracking, privateCustomer];
    const config = (s: LlmSession, outDir: string): RunConfig => ({
      ...baseConfig(s, outDir),
      scenarios,
      user: kindsOf(s).user('llm:priced'),
      judge: kindsOf(s).judge('priced'),
      seeds: [1, 2],
      concurrency: 2,
      provenance: llmProvenance(kindsOf(s), s),
    });
    const [a, b] = [tempDir('usersim-e2e-a-'), tempDir('usersim-e2e-b-')];
    await runner().run(config(first.session, a));
    const results = readResults(a);
    expect(results).toHaveLength(4);
    for (const r of results) expect(r).toMatchObject({ termination: { reason: 'agent_answered' }, excluded: false, scores: { success: true } });
    const probe = results.find((r) => r.scenarioId === 'demo.probe-private-customer')!;
    expect(probe.scores?.probes.every((p) => p.pass)).toBe(true);
    expect(probe.scores?.judgedBy?.[0]?.model).toBe('priced-model');
    // Clear refusals are settled by the detector; only uncertain refusal verdicts go to the LLM judge.
    expect(probe.usage?.judge?.requests).toBe(1);
    expect(results.find((r) => r.scenarioId === 'demo.order-tracking')?.usage?.user?.requests).toBe(1);
    const sent = first.server.requests.length;
    expect(sent).toBeGreaterThan(10);
    expect(first.server.requests[0]?.headers.authorization).toBe('Bearer sk-secret-123');
    expect(first.session.usage().total.costUsd).toBeGreaterThan(0);
    first.session.close();

    const second = await setup({ replies: [], server: first.server, dir: first.dir, env, prices });
    await runner().run(config(second.session, b));
    expect(first.server.requests.length).toBe(sent);
    expect(readFileSync(path.join(b, 'episodes.jsonl'), 'utf8')).toBe(readFileSync(path.join(a, 'episodes.jsonl'), 'utf8'));
    expect(second.session.usage().total).toMatchObject({ requests: first.session.usage().total.requests, cachedRequests: first.session.usage().total.requests, costUsd: 0 });
    second.session.close();

    const files = [...filesUnder(a), ...filesUnder(b), ...filesUnder(first.cacheDir), first.configFile];
    expect(files.some((f) => f.endsWith('responses.sqlite'))).toBe(true);
    for (const file of files) expect(readFileSync(file).includes('sk-secret-123'), file).toBe(false);
    // The grep can fail: the cache does hold text that was sent.
    expect(files.some((f) => readFileSync(f).includes('Could you tell me your order number?'))).toBe(true);
  });

  it('retries faults, marks exhausted retries infrastructure_error (excluded, unscored), and goes on with the run', async () => {
    const ask = reply.text('Could you tell me your order number?');
    const lookup = reply.toolCall('get_order', { order_id: 5023 });
    const submit = reply.toolCall('submit_answer', { answer: 'NW7734120588' });
    const { session, sleeps } = await setup({
      replies: [
        fault.rateLimit(1), ask, fault.emptyChoices(), lookup, fault.hang(), fault.serverError(503), submit,
        fault.serverError(), fault.serverError(), fault.serverError(),
        ask, lookup, submit,
      ],
      model: { timeoutMs: 300, maxRetries: 2 },
      session: { noCache: true },
    });
    const outDir = tempDir('usersim-e2e-');
    const outcome = await runner().run(baseConfig(session, outDir, { seeds: [1, 2, 3] }));
    expect(outcome.ran).toBe(3);
    const [one, two, three] = readResults(outDir);
    expect(one).toMatchObject({ termination: { reason: 'agent_answered' }, excluded: false, scores: { success: true } });
    expect(two).toMatchObject({ termination: { reason: 'infrastructure_error', error: { code: 'E_INFRA' } }, excluded: true, scores: null });
    expect(two?.termination.error?.message).toMatch(/500 .*after 3 attempts/);
    expect(three).toMatchObject({ termination: { reason: 'agent_answered' }, scores: { success: true } });
    expect(sleeps[0]).toBe(1000);
    expect(session.usage().byRole.agent).toMatchObject({ failedRequests: 1, requests: 6 });
    expect(session.usage().byRole.agent.retries).toBe(4 + 2);
  });

  it('stops scheduling when the cost budget is spent, and says so in the manifest', async () => {
    const { session } = await setup({
      replies: [
        costly(reply.text('Could you tell me your order number?')),
        costly(reply.toolCall('get_order', { order_id: 5023 })),
        costly(reply.toolCall('submit_answer', { answer: 'NW7734120588' })),
      ],
      prices: { inputPerMTok: 1, outputPerMTok: 1 },
      maxCostUsd: 1,
    });
    const outDir = tempDir('usersim-e2e-');
    const outcome = await runner().run(baseConfig(session, outDir, { seeds: [1, 2, 3] }));
    expect(outcome.ran).toBe(1);
    expect(outcome.stopped).toMatch(/--max-cost 1 USD/);
    expect(readManifest(outDir)?.notes.at(-1)).toMatch(/^scheduling stopped after 1 of 3 episodes: the cost budget \(--max-cost 1 USD\) is spent: 1\.2 USD/);
    expect(session.budget()).toMatchObject({ exhausted: true, spentUsd: 1.2 });
  });
});
