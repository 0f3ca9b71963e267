/**
 * The fault-injection study: `usersim study` against a local endpoint that
 * fails 20% of distinct requests once, in every transient way a real endpoint
 * fails (429 with retry-after, 5xx, 408, 409, a malformed or truncated 200,
 * an empty 200, a reset connection, a hang past the client's timeout). With
 * `maxRetries: 2` every episode must be stored exactly once and none may be
 * lost to a single transient fault; the manifest counts the retries per role.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { startOpenAiServer, TRANSIENT_FAULTS, withTransientFaults, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli, repoRoot } from '../helpers/cli.js';
import { demoModels } from '../llm/fake-models.js';
import { tmp } from './fixtures.js';

const scenarioFile = join(repoRoot, 'scenarios/demo/order-tracking.yaml');
const scenario = loadScenarioFile(scenarioFile, { toolsFor: worldEnvironments().toolsFor }).scenario;

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a study against an endpoint failing 20% of calls', () => {
  it('stores every episode once and loses none to a single transient fault', async () => {
    const faulty = withTransientFaults(demoModels(scenario), 0.2);
    server = await startOpenAiServer({ replies: faulty.script });
    const dir = tmp('faults');
    const model = (name: string) => `  ${name}: { baseURL: "${server?.baseURL}", model: ${name}, maxRetries: 2, timeoutMs: 4000 }`;
    writeFileSync(join(dir, 'usersim.config.yaml'), `models:\n${model('agent-model')}\n${model('user-model')}\n`);
    const spec = join(dir, 'study.yaml');
    writeFileSync(
      spec,
      [
        'name: faults',
        `scenarios: [${JSON.stringify(scenarioFile)}]`,
        'agents:',
        '  - { name: tools, agent: "openai-tools:agent-model" }',
        'user: llm:user-model',
        'seeds: 24',
        'concurrency: 4',
      ].join('\n'),
    );
    const out = join(dir, 'run');
    const result = await cli('study', spec, '--config', join(dir, 'usersim.config.yaml'), '--no-cache', '--out', out);
    expect(result.err).not.toMatch(/unexpected/);
    expect(result.code).toBe(0);

    const results = readResults(out);
    expect(results).toHaveLength(24);
    expect(new Set(results.map((r) => r.key)).size).toBe(24);
    expect(results.filter((r) => r.termination.reason === 'infrastructure_error')).toEqual([]);
    expect(results.every((r) => r.scores?.success)).toBe(true);

    // The faults really happened, every kind of them, and each cost exactly one retry.
    expect(new Set(faulty.faults)).toEqual(new Set(TRANSIENT_FAULTS.map((f) => f.name)));
    const calls = readManifest(out)?.llmCalls;
    expect((calls?.agent.retries ?? 0) + (calls?.user.retries ?? 0)).toBe(faulty.faults.length);
    expect(calls?.agent.failedRequests).toBe(0);
    expect(calls?.user.failedRequests).toBe(0);
  }, 120_000);
});
