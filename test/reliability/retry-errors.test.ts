/**
 * `--resume --retry-errors` runs again the episodes that ended in
 * infrastructure_error, and the file ends up byte-identical to a run that
 * never failed; plain `--resume` keeps them. `--debug` is the only way to see
 * a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { fault, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli, repoRoot } from '../helpers/cli.js';
import { demoModels } from '../llm/fake-models.js';
import { tmp } from './fixtures.js';

const scenarioFile = join(repoRoot, 'scenarios/demo/order-tracking.yaml');
const scenario = loadScenarioFile(scenarioFile, { toolsFor: worldEnvironments().toolsFor }).scenario;
const servers: OpenAiTestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
});

function config(dir: string, baseURL: string): string {
  const file = join(dir, `usersim-${servers.length}.config.yaml`);
  writeFileSync(file, `models:\n  agent-model: { baseURL: "${baseURL}", model: agent-model, maxRetries: 1, timeoutMs: 10000 }\n`);
  return file;
}

describe('--resume --retry-errors', () => {
  it('runs infrastructure errors again and leaves the file an untroubled run would write', async () => {
    const down = await startOpenAiServer({ replies: () => fault.serverError(503, 'Overloaded') });
    servers.push(down);
    const dir = tmp('retry');
    const out = join(dir, 'run');
    const args = ['run', scenarioFile, '--agent', 'openai-tools:agent-model', '--seeds', '2', '--no-cache'];
    const first = await cli(...args, '--config', config(dir, down.baseURL), '--out', out);
    expect(first.code).toBe(0);
    expect(readResults(out).map((r) => r.termination.reason)).toEqual(['infrastructure_error', 'infrastructure_error']);
    expect(readManifest(out)?.llmCalls?.agent).toMatchObject({ failedRequests: 2, retries: 2 });

    const up = await startOpenAiServer({ replies: demoModels(scenario) });
    servers.push(up);
    const upConfig = config(dir, up.baseURL);
    expect((await cli(...args, '--config', upConfig, '--out', out, '--resume')).code).toBe(0);
    expect(readResults(out).map((r) => r.termination.reason)).toEqual(['infrastructure_error', 'infrastructure_error']);

    expect((await cli(...args, '--config', upConfig, '--out', out, '--resume', '--retry-errors')).code).toBe(0);
    expect(readResults(out).map((r) => r.termination.reason)).toEqual(['agent_answered', 'agent_answered']);
    expect(readManifest(out)?.notes.at(-1)).toMatch(/running again 2 episodes that ended in infrastructure_error/);

    const clean = join(dir, 'clean');
    expect((await cli(...args, '--config', upConfig, '--out', clean)).code).toBe(0);
    expect(readFileSync(join(out, 'episodes.jsonl'))).toEqual(readFileSync(join(clean, 'episodes.jsonl')));
  }, 60_000);
});
