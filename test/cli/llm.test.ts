/**
 * LLM actors through the CLI, against the local Chat Completions server:
 * `usersim run` with an openai-tools agent, an LLM user and an LLM judge
 * solves a demo scenario; a re-run is served from the cache with zero new
 * requests and byte-identical results; --no-cache goes back to the server;
 * exhausted retries are excluded; --max-cost stops scheduling; a key given
 * through the environment appears in no file.
 */
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { fault, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli } from '../helpers/cli.js';
import { demoModels } from '../llm/fake-models.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `usersim-cli-llm-${name}-`));
const scenarioFile = 'scenarios/demo/order-tracking.yaml';
const scenario = loadScenarioFile(scenarioFile, { toolsFor: worldEnvironments().toolsFor }).scenario;
const KEY = 'sk-cli-secret-4242';

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.USERSIM_CLI_TEST_KEY;
});

/** A config naming the env var of the key, with prices so that --max-cost bites. */
function config(baseURL: string): string {
  const file = join(tmp('config'), 'usersim.config.yaml');
  const model = (name: string) => `  ${name}: { baseURL: "${baseURL}", model: ${name}, apiKeyEnv: USERSIM_CLI_TEST_KEY, maxRetries: 1, timeoutMs: 5000, prices: { inputPerMTok: 1000, outputPerMTok: 1000 } }`;
  writeFileSync(file, `models:\n${model('agent-model')}\n${model('user-model')}\n${model('judge-model')}\n`);
  return file;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('usersim run with LLM actors', () => {
  it('solves, replays from the cache with zero requests, and never writes the key', async () => {
    server = await startOpenAiServer({ replies: demoModels(scenario) });
    process.env.USERSIM_CLI_TEST_KEY = KEY;
    const configFile = config(server.baseURL);
    const cacheDir = tmp('cache');
    const args = ['run', scenarioFile, '--agent', 'openai-tools:agent-model', '--user', 'llm:user-model', '--judge', 'judge-model', '--config', configFile, '--cache-dir', cacheDir, '--seeds', '2'];
    const [a, b, c] = [tmp('a'), tmp('b'), tmp('c')];

    const first = await cli(...args, '--out', a);
    expect(first.code).toBe(0);
    const results = readResults(a);
    expect(results).toHaveLength(2);
    expect(results.every((r) => r.scores?.success)).toBe(true);
    expect(results[0]?.usage?.agent?.requests).toBeGreaterThan(0);
    expect(first.out).toMatch(/model usage/);
    const requests = server.requests.length;
    expect(requests).toBeGreaterThan(0);

    expect((await cli(...args, '--out', b)).code).toBe(0);
    expect(server.requests.length).toBe(requests);
    expect(readFileSync(join(b, 'episodes.jsonl'))).toEqual(readFileSync(join(a, 'episodes.jsonl')));

    expect((await cli(...args, '--out', c, '--no-cache')).code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(requests);

    expect(server.requests.some((r) => r.headers.authorization === `Bearer ${KEY}`)).toBe(true);
    for (const file of [...filesUnder(a), ...filesUnder(b), ...filesUnder(c), ...filesUnder(cacheDir)]) {
      expect(readFileSync(file).includes(KEY), file).toBe(false);
    }
    expect(JSON.stringify(readManifest(a)?.provenance)).toContain('agent-model');
  });

  it('marks exhausted retries infrastructure_error, excludes them, and goes on', async () => {
    server = await startOpenAiServer({ replies: () => fault.serverError() });
    const out = tmp('infra');
    const r = await cli('run', scenarioFile, '--agent', 'openai-tools:m', '--base-url', server.baseURL, '--no-cache', '--seeds', '2', '--out', out);
    expect(r.code).toBe(0);
    const results = readResults(out);
    expect(results).toHaveLength(2);
    for (const result of results) {
      expect(result.termination.reason).toBe('infrastructure_error');
      expect(result.excluded).toBe(true);
      expect(result.scores).toBeNull();
    }
    expect(r.out).toMatch(/excluded/);
  });

  it('stops scheduling at --max-cost and says so in the manifest', async () => {
    server = await startOpenAiServer({ replies: demoModels(scenario) });
    process.env.USERSIM_CLI_TEST_KEY = KEY;
    const out = tmp('budget');
    const r = await cli('run', scenarioFile, '--agent', 'openai-tools:agent-model', '--config', config(server.baseURL), '--no-cache', '--seeds', '3', '--concurrency', '1', '--max-cost', '0.000001', '--out', out);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/scheduling stopped/);
    expect(readResults(out).length).toBeLessThan(3);
    expect(readManifest(out)?.notes.join(' ')).toMatch(/budget/);
  });

  it('--dry-run prints the plan and an estimate, making no request and needing no key', async () => {
    server = await startOpenAiServer({ replies: demoModels(scenario) });
    const r = await cli('run', 'scenarios/demo', '--agent', 'openai-tools:gpt-4o-mini', '--user', 'llm:gpt-4o-mini', '--seeds', '2', '--dry-run');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/20 episodes planned/);
    expect(r.out).toMatch(/cost estimate/);
    expect(server.requests).toHaveLength(0);
    // `--asks llm:` makes requests too, and the estimate counts them (as the user's).
    const asks = await cli('run', 'scenarios/demo', '--agent', 'reference', '--asks', 'llm:gpt-4o-mini', '--seeds', '1', '--dry-run');
    expect(asks.code).toBe(0);
    expect(asks.out).toMatch(/^user +[1-9]\d* /m);
    expect(server.requests).toHaveLength(0);
  });
});
