/**
 * Through the CLI: `--resume` refuses a plan that changed under the same
 * names (another model or temperature behind the config name `gpt`), and says
 * which part changed; a damaged middle line of episodes.jsonl or a damaged
 * manifest is a one-line error with exit 2, never a stack trace.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
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

describe('--resume', () => {
  it('refuses another model or sampling behind the same config name, naming what changed', async () => {
    server = await startOpenAiServer({ replies: demoModels(scenario) });
    const dir = tmp('plan');
    const configFile = join(dir, 'usersim.config.yaml');
    const write = (model: string, temperature: number) =>
      writeFileSync(configFile, `models:\n  gpt: { baseURL: "${server?.baseURL}", model: ${model}, temperature: ${temperature} }\n`);
    const out = join(dir, 'run');
    const args = ['run', scenarioFile, '--agent', 'openai-tools:gpt', '--config', configFile, '--no-cache', '--out', out];
    write('model-a', 0);
    expect((await cli(...args)).code).toBe(0);
    expect(readManifest(out)?.planHash).toMatch(/^[0-9a-f]{64}$/);

    write('model-b', 0);
    const model = await cli(...args, '--resume');
    expect(model.code).toBe(2);
    expect(model.err).toMatch(/cannot resume: the agent models, sampling and prompts differ/);
    write('model-a', 0.7);
    expect((await cli(...args, '--resume')).err).toMatch(/the agent models, sampling and prompts differ/);
    const judge = await cli(...args, '--resume', '--judge', 'gpt');
    expect(judge.err).toMatch(/the judge, .*judge model, sampling and prompts differ/);

    write('model-a', 0);
    expect((await cli(...args, '--resume')).code).toBe(0);
  });

  it('names a damaged line or manifest instead of crashing', async () => {
    const out = tmp('damaged');
    const args = ['run', scenarioFile, '--seeds', '3', '--out', out];
    expect((await cli(...args)).code).toBe(0);
    const file = join(out, 'episodes.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = (lines[1] ?? '').slice(0, 40);
    writeFileSync(file, lines.join('\n'));
    const damaged = await cli(...args, '--resume');
    expect(damaged.code).toBe(2);
    expect(damaged.err).toMatch(/episodes\.jsonl:2: not a JSON line/);
    expect(damaged.err).not.toMatch(/\n\s+at /);

    writeFileSync(join(out, 'manifest.json'), '{"config": ');
    const manifest = await cli(...args, '--resume');
    expect(manifest.code).toBe(2);
    expect(manifest.err).toMatch(/manifest\.json: not valid JSON/);
  });
});
