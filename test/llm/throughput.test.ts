/**
 * What keeps the LLM path fast without changing what it does: the episode
 * concurrency derived from the model configs and the plan line that says what
 * limits throughput; an endpoint without a declared limit not capping the
 * run; the preflight deferred to the first cache miss, so a fully cached
 * re-run sends no request at all (not even `GET /models`) and still returns
 * byte-identical results; and a bad configuration still stopping the run.
 * Through the public API and the CLI; no timing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as usersim from '../../src/index.js';
import type { LlmSession } from '../../src/llm/session.js';
import { readResults } from '../../src/runner/results-store.js';
import { createRegistry } from '../../src/registry/registry.js';
import { llmKinds } from '../../src/registry/llm-kinds.js';
import { createRunner, type RunConfig } from '../../src/runner/runner.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { createManualClock } from '../../src/util/clock.js';
import { reply, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli } from '../helpers/cli.js';
import { demoModels } from './fake-models.js';
import { tempDir } from './helpers.js';

const repoRoot = path.resolve(import.meta.dirname, '../..');
const worlds = worldEnvironments();
const scenarioFile = path.join(repoRoot, 'scenarios/demo/order-tracking.yaml');
const orderTracking = loadScenarioFile(scenarioFile, { toolsFor: worlds.toolsFor });

const sessions: LlmSession[] = [];
const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  sessions.splice(0).forEach((s) => s.close());
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function configFile(models: Record<string, Record<string, unknown>>): string {
  const file = path.join(tempDir('usersim-throughput-'), 'usersim.config.yaml');
  writeFileSync(file, `models:\n${Object.entries(models).map(([name, m]) => `  ${name}: ${JSON.stringify(m)}`).join('\n')}\n`);
  return file;
}

function session(options: Parameters<typeof usersim.createLlmSession>[0]): LlmSession {
  const s = usersim.createLlmSession({ env: {}, ...options });
  sessions.push(s);
  return s;
}

describe('episode concurrency derived from the model configs', () => {
  it('takes twice the largest declared endpoint limit, 16 when none is declared, 4 without models, and --concurrency over all', () => {
    const declared = usersim.planConcurrency([
      { baseURL: 'http://127.0.0.1:8000/v1', concurrency: 32, roles: ['agent a'] },
      { baseURL: 'http://127.0.0.1:8001/v1/', concurrency: 8, roles: ['user u'] },
    ]);
    expect(declared).toMatchObject({ episodes: 64, source: 'endpoint', bottleneck: { baseURL: 'http://127.0.0.1:8001/v1', limit: 8 } });
    // Twice the limit stops at the --concurrency bound.
    expect(usersim.planConcurrency([{ baseURL: 'http://127.0.0.1:8000/v1', concurrency: 200, roles: ['agent a'] }])).toMatchObject({ episodes: 256, source: 'endpoint' });
    expect(usersim.planConcurrency([{ baseURL: 'http://127.0.0.1:8000/v1', roles: ['agent a'] }])).toMatchObject({ episodes: usersim.DEFAULT_LLM_CONCURRENCY, source: 'default' });
    expect(usersim.DEFAULT_LLM_CONCURRENCY).toBeGreaterThan(4);
    expect(usersim.planConcurrency([])).toMatchObject({ episodes: usersim.DEFAULT_OFFLINE_CONCURRENCY, source: 'default', endpoints: [] });
    // Two configs on one base URL: the smallest declared limit is the endpoint's.
    const shared = usersim.planConcurrency(
      [
        { baseURL: 'http://127.0.0.1:8000/v1', concurrency: 12, roles: ['agent a'] },
        { baseURL: 'http://127.0.0.1:8000/v1/', concurrency: 6, roles: ['judge j'] },
      ],
      24,
    );
    expect(shared).toMatchObject({ episodes: 24, source: 'flag', endpoints: [{ limit: 6, roles: ['agent a', 'judge j'] }], bottleneck: { limit: 6 } });
  });

  it('starts the last episodes together only when derived from limits that every endpoint declares', () => {
    const limited = { baseURL: 'http://127.0.0.1:8000/v1', concurrency: 16, roles: ['agent a'] };
    expect(usersim.planConcurrency([limited]).finalStretch).toBe(true);
    expect(usersim.planConcurrency([limited, { baseURL: 'http://127.0.0.1:8001/v1', concurrency: 4, roles: ['user u'] }]).finalStretch).toBe(true);
    // An endpoint without a limit would see more requests if more episodes ran.
    expect(usersim.planConcurrency([limited, { baseURL: 'http://127.0.0.1:8001/v1', roles: ['user u'] }]).finalStretch).toBe(false);
    // A number the user gave is kept exactly.
    expect(usersim.planConcurrency([limited], 32).finalStretch).toBe(false);
    expect(usersim.planConcurrency([limited], undefined, 32).finalStretch).toBe(false);
    // No endpoint limit below the episodes: the episodes bound throughput.
    expect(usersim.planConcurrency([{ ...limited, concurrency: 300 }])).toMatchObject({ episodes: 256, finalStretch: false });
    expect(usersim.planConcurrency([{ baseURL: limited.baseURL, roles: ['agent a'] }]).finalStretch).toBe(false);
    expect(usersim.planConcurrency([]).finalStretch).toBe(false);
  });

  it('is derived by the session from the configs of the actors it resolved', () => {
    const file = configFile({
      fast: { baseURL: 'http://127.0.0.1:9/v1', model: 'fast-model', concurrency: 24 },
      open: { baseURL: 'http://127.0.0.1:10/v1', model: 'open-model' },
    });
    const s = session({ configFile: file, noCache: true });
    expect(s.concurrency()).toMatchObject({ episodes: usersim.DEFAULT_OFFLINE_CONCURRENCY, endpoints: [] });
    const registry = createRegistry(llmKinds(s));
    registry.agent('openai-tools:open');
    expect(s.concurrency()).toMatchObject({ episodes: usersim.DEFAULT_LLM_CONCURRENCY, endpoints: [{ baseURL: 'http://127.0.0.1:10/v1', limit: null }] });
    registry.user('llm:fast');
    expect(s.concurrency()).toMatchObject({ episodes: 48, source: 'endpoint', bottleneck: { baseURL: 'http://127.0.0.1:9/v1', limit: 24 } });
    expect(s.concurrency(24).bottleneck).toBeUndefined();
    expect(s.concurrency(64)).toMatchObject({ episodes: 64, bottleneck: { baseURL: 'http://127.0.0.1:9/v1', limit: 24 } });
  });

  it('the plan line says how many episodes run at once, why, and what limits throughput', () => {
    const line = (uses: usersim.EndpointUse[], requested?: number) => usersim.describeConcurrency(usersim.planConcurrency(uses, requested));
    expect(line([{ baseURL: 'http://127.0.0.1:8000/v1', concurrency: 16, roles: ['agent openai-tools:q', 'user llm:q'] }])).toBe(
      'concurrency: 32 episodes at once (2 × the largest endpoint limit, so a request is waiting whenever a slot frees); http://127.0.0.1:8000/v1 takes 16 requests at once (agent openai-tools:q, user llm:q); throughput is limited by the endpoint limit of http://127.0.0.1:8000/v1 (16 at once, below the 32 episodes at once); the last 32 episodes start together, so the run does not end with fewer conversations than request slots (the endpoint limits still cap the requests)',
    );
    expect(line([{ baseURL: 'http://127.0.0.1:8000/v1', concurrency: 200, roles: ['agent a'] }])).toBe(
      'concurrency: 256 episodes at once (2 × the largest endpoint limit, capped at 256); http://127.0.0.1:8000/v1 takes 200 requests at once (agent a); throughput is limited by the endpoint limit of http://127.0.0.1:8000/v1 (200 at once, below the 256 episodes at once); the last 256 episodes start together, so the run does not end with fewer conversations than request slots (the endpoint limits still cap the requests)',
    );
    expect(line([{ baseURL: 'http://127.0.0.1:8000/v1', concurrency: 4, roles: ['agent a'] }], 16)).toBe(
      'concurrency: 16 episodes at once (--concurrency); http://127.0.0.1:8000/v1 takes 4 requests at once (agent a); throughput is limited by the endpoint limit of http://127.0.0.1:8000/v1 (4 at once, below the 16 episodes at once)',
    );
    expect(line([{ baseURL: 'https://bob:sk-1@example.com/v1', roles: ['judge j'] }])).toBe(
      'concurrency: 16 episodes at once (the default for model endpoints that declare no limit); https://bob:***@example.com/v1 takes as many requests as the episodes send (no concurrency declared) (judge j); throughput is limited by the episode concurrency',
    );
    expect(line([])).toBe('concurrency: 4 episodes at once (the default); throughput is limited by the episode concurrency');
    // A study spec's stated concurrency comes after --concurrency and before the endpoints.
    expect(usersim.describeConcurrency(usersim.planConcurrency([{ baseURL: 'http://127.0.0.1:8000/v1', concurrency: 16, roles: ['agent a'] }], undefined, 4))).toBe(
      "concurrency: 4 episodes at once (the study spec's concurrency); http://127.0.0.1:8000/v1 takes 16 requests at once (agent a); throughput is limited by the episode concurrency",
    );
    expect(usersim.planConcurrency([], 8, 4)).toMatchObject({ episodes: 8, source: 'flag' });
  });

  it('an endpoint that declares no limit takes every request the caller sends at once', async () => {
    // A reply is held until all twelve requests are in flight (or five seconds pass): a cap below twelve shows as a lower peak.
    const state: { server?: OpenAiTestServer } = {};
    const server = await startOpenAiServer({
      replies: async (_req, n) => {
        for (let waited = 0; (state.server?.maxInFlight ?? 0) < 12 && waited < 5000; waited += 5) await new Promise((r) => setTimeout(r, 5));
        return reply.text(`answer ${n}`);
      },
    });
    state.server = server;
    servers.push(server);
    const client = usersim.createLlmClient({ config: usersim.modelConfigFromFlags({ model: 'm', baseURL: server.baseURL }), env: {} });
    const results = await Promise.all(Array.from({ length: 12 }, (_, i) => client.chat({ role: 'agent', messages: [{ role: 'user', content: `q ${i}` }] })));
    expect(results).toHaveLength(12);
    expect(server.maxInFlight).toBe(12);
  });

  it('usersim run prints the plan line and runs at the derived concurrency', async () => {
    const server = await startOpenAiServer({ replies: demoModels(orderTracking.scenario) });
    servers.push(server);
    const file = configFile({ agent: { baseURL: server.baseURL, model: 'agent-model', concurrency: 3 } });
    const out = tempDir('usersim-throughput-run-');
    const r = await cli('run', scenarioFile, '--agent', 'openai-tools:agent', '--config', file, '--no-cache', '--seeds', '8', '--progress', 'none', '--out', out);
    expect(r.code).toBe(0);
    // Six episodes at once, yet the endpoint never sees more than its three.
    expect(server.maxInFlight).toBeLessThanOrEqual(3);
    expect(r.out).toContain(
      `concurrency: 6 episodes at once (2 × the largest endpoint limit, so a request is waiting whenever a slot frees); ${server.baseURL} takes 3 requests at once (agent openai-tools:agent); throughput is limited by the endpoint limit of ${server.baseURL} (3 at once, below the 6 episodes at once); the last 6 episodes start together, so the run does not end with fewer conversations than request slots (the endpoint limits still cap the requests)`,
    );
    expect(JSON.parse(readFileSync(path.join(out, 'manifest.json'), 'utf8'))).toMatchObject({ config: { concurrency: 6 } });
    const capped = await cli('run', scenarioFile, '--agent', 'openai-tools:agent', '--config', file, '--no-cache', '--seeds', '2', '-c', '8', '--progress', 'none', '--out', tempDir('usersim-throughput-run-'));
    expect(capped.out).toContain(`throughput is limited by the endpoint limit of ${server.baseURL} (3 at once, below the 8 episodes at once)`);
    expect(capped.out).not.toContain('start together');
  });
});

describe('the final stretch', () => {
  // Ten episodes against an endpoint that takes two requests at once: the derived plan runs four episodes at once.
  const stretchRun = async (finalStretch: boolean) => {
    const server = await startOpenAiServer({ replies: demoModels(orderTracking.scenario) });
    servers.push(server);
    const s = session({ configFile: configFile({ m: { baseURL: server.baseURL, model: 'm', concurrency: 2 } }), noCache: true });
    const registry = createRegistry(llmKinds(s));
    const [agent, user] = [registry.agent('openai-tools:m'), registry.user('llm:m')];
    const plan = s.concurrency();
    expect(plan).toMatchObject({ episodes: 4, source: 'endpoint', finalStretch: true });
    // Each episode has one environment of its own, from its start to its end: open environments are the episodes alive.
    const alive = { now: 0, max: 0 };
    const environmentFor: typeof worlds.environmentFor = (scenario) => {
      const environment = worlds.environmentFor(scenario);
      alive.max = Math.max(alive.max, ++alive.now);
      const close = environment.close.bind(environment);
      environment.close = () => {
        alive.now--;
        close();
      };
      return environment;
    };
    const outDir = tempDir('usersim-throughput-stretch-');
    await s.preflight();
    const outcome = await createRunner({ environmentFor, clock: createManualClock(), runId: () => 'run' }).run({
      scenarios: [orderTracking],
      agents: [agent],
      user,
      judge: registry.judge(),
      seeds: Array.from({ length: 10 }, (_, i) => i + 1),
      concurrency: plan.episodes,
      finalStretch,
      outDir,
    });
    return { outcome, alive, maxRequests: server.maxInFlight, file: readFileSync(path.join(outDir, 'episodes.jsonl'), 'utf8'), results: readResults(outDir) };
  };

  it('starts every remaining episode once no more are left than run at once, and writes each result once, in plan order', async () => {
    const plain = await stretchRun(false);
    const stretched = await stretchRun(true);
    expect(plain.alive.max).toBe(4);
    // Four run; after the sixth starts four are left, and they all start: eight alive, twice the episode concurrency.
    expect(stretched.alive.max).toBe(8);
    expect(stretched.alive.now).toBe(0);
    // The limiter still holds the endpoint to its two requests.
    expect(stretched.maxRequests).toBeLessThanOrEqual(2);
    expect(stretched.outcome).toMatchObject({ planned: 10, ran: 10, skipped: 0 });
    expect(stretched.results.map((r) => r.seed)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(stretched.results.every((r) => r.scores?.success)).toBe(true);
    expect(stretched.file).toBe(plain.file);
  });
});

describe('the preflight on a cached run', () => {
  const runConfig = (s: LlmSession, outDir: string): RunConfig => {
    const registry = createRegistry(llmKinds(s));
    return {
      scenarios: [orderTracking],
      agents: [registry.agent('openai-tools:m')],
      user: registry.user('llm:m'),
      judge: registry.judge(),
      seeds: [1, 2, 3],
      concurrency: s.concurrency().episodes,
      outDir,
      provenance: s.provenance(),
    };
  };
  const runner = () => createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'run' });

  it('is made at the first cache miss, and not at all on a fully cached re-run, which sends nothing and writes the same bytes', async () => {
    const server = await startOpenAiServer({ replies: demoModels(orderTracking.scenario) });
    servers.push(server);
    const file = configFile({ m: { baseURL: server.baseURL, model: 'm' } });
    const cacheDir = tempDir('usersim-throughput-cache-');
    const [a, b] = [tempDir('usersim-throughput-a-'), tempDir('usersim-throughput-b-')];

    const cold = session({ configFile: file, cacheDir });
    const coldConfig = runConfig(cold, a);
    await cold.preflight();
    expect(server.modelListRequests).toHaveLength(0);
    await runner().run(coldConfig);
    expect(server.modelListRequests).toHaveLength(1);
    const sent = server.requests.length;
    expect(sent).toBeGreaterThan(3);
    expect(readResults(a).every((r) => r.scores?.success)).toBe(true);
    // As the CLI does at the end of a run: closing writes the responses of the last turn.
    cold.close();

    const warm = session({ configFile: file, cacheDir });
    const warmConfig = runConfig(warm, b);
    await warm.preflight();
    await runner().run(warmConfig);
    expect(server.modelListRequests).toHaveLength(1);
    expect(server.requests).toHaveLength(sent);
    expect(warm.usage().total).toMatchObject({ requests: cold.usage().total.requests, cachedRequests: cold.usage().total.requests, costUsd: 0 });
    expect(readFileSync(path.join(b, 'episodes.jsonl'), 'utf8')).toBe(readFileSync(path.join(a, 'episodes.jsonl'), 'utf8'));
  });

  it('with --no-cache is made before anything runs', async () => {
    const server = await startOpenAiServer({ replies: demoModels(orderTracking.scenario) });
    servers.push(server);
    const s = session({ configFile: configFile({ m: { baseURL: server.baseURL, model: 'm' } }), noCache: true });
    createRegistry(llmKinds(s)).agent('openai-tools:m');
    await s.preflight();
    expect(server.modelListRequests).toHaveLength(1);
    expect(server.requests).toHaveLength(0);
  });

  it('still stops the run with E_CONFIG when the first miss finds a bad key', async () => {
    const server = await startOpenAiServer({ modelsStatus: 401, replies: demoModels(orderTracking.scenario) });
    servers.push(server);
    const s = session({ configFile: configFile({ m: { baseURL: server.baseURL, model: 'm' } }), cacheDir: tempDir('usersim-throughput-cache-') });
    const config = runConfig(s, tempDir('usersim-throughput-bad-'));
    await s.preflight();
    await expect(runner().run(config)).rejects.toMatchObject({
      code: 'E_CONFIG',
      message: expect.stringMatching(/the model configuration is wrong, found at the first request the response cache could not answer[\s\S]*401[\s\S]*continue with --resume/),
    });
    expect(server.requests).toHaveLength(0);
    expect(readResults(config.outDir)).toEqual([]);
  });
});
