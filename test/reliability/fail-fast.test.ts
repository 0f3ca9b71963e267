/**
 * Configuration errors stop a run with exit 2 and a clear message instead of
 * scoring every episode 0: a wrong key, a model the endpoint does not serve
 * and a URL with nothing behind it, found before anything is scheduled; and
 * the same errors met mid-run. Credentials in URLs never reach a file.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { redactUrl } from '../../src/llm/redact-url.js';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { fault, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli, repoRoot } from '../helpers/cli.js';
import { tmp } from './fixtures.js';

const scenarioFile = join(repoRoot, 'scenarios/demo/order-tracking.yaml');
let server: OpenAiTestServer | undefined;
let plain: Server | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await new Promise<void>((resolve) => (plain ? plain.close(() => resolve()) : resolve()));
  plain = undefined;
});

const run = (baseURL: string, out: string, model = 'agent-model') =>
  cli('run', scenarioFile, '--agent', `openai-tools:${model}`, '--base-url', baseURL, '--seeds', '2', '--no-cache', '--out', out);

describe('configuration errors', () => {
  it('stop before scheduling on a rejected key, with exit 2 and no episode scored', async () => {
    server = await startOpenAiServer({ modelsStatus: 401 });
    const out = tmp('auth');
    const result = await run(server.baseURL, out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/401.*check the API key in \$OPENAI_API_KEY/);
    expect(server.requests).toHaveLength(0);
    expect(existsSync(join(out, 'episodes.jsonl'))).toBe(false);
  });

  it('stop before scheduling on a model the endpoint does not serve', async () => {
    server = await startOpenAiServer({ models: ['qwen2.5:7b', 'llama3'] });
    const result = await run(server.baseURL, tmp('model'), 'qwen2.5-7b');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/does not serve "qwen2.5-7b" \(it lists qwen2.5:7b, llama3\)/);
  });

  it('stop before scheduling on a URL with nothing behind it, or no API at it', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const freePort = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await run(`http://127.0.0.1:${freePort}/v1`, tmp('url'));
    expect(refused.code).toBe(2);
    expect(refused.err).toMatch(/cannot connect \(ECONNREFUSED\); check the base URL/);
    server = await startOpenAiServer();
    const wrongPath = await run(server.baseURL.replace(/\/v1$/, '/api'), tmp('path'));
    expect(wrongPath.code).toBe(2);
    expect(wrongPath.err).toMatch(/404.*not an OpenAI-compatible API/);
  });

  it('stop the run when met mid-run, keep finished episodes, and say how to continue', async () => {
    server = await startOpenAiServer({ replies: () => fault.status(401, 'Incorrect API key provided') });
    const out = tmp('midrun');
    const result = await run(server.baseURL, out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/401 Incorrect API key provided \(check the API key in \$OPENAI_API_KEY\)/);
    expect(result.err).toMatch(/continue with --resume/);
    expect(readResults(out)).toEqual([]);
    expect(readManifest(out)?.notes.join('\n')).toMatch(/stopped by a configuration error/);
  });

  it('never record credentials held in a URL', async () => {
    expect(redactUrl('https://bob:sk-123@api.example.com/v1?api_key=sk-123&x=1')).toBe('https://bob:***@api.example.com/v1?api_key=***&x=1');
    expect(redactUrl('https://sk-abc@host/v1')).toBe('https://***@host/v1');
    expect(redactUrl('http://127.0.0.1:8000/v1')).toBe('http://127.0.0.1:8000/v1');
    plain = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'answer', text: 'NW7734120588' }));
      });
    });
    await new Promise<void>((resolve) => plain?.listen(0, '127.0.0.1', resolve));
    const { port } = plain.address() as AddressInfo;
    const out = tmp('redact');
    const result = await cli('run', scenarioFile, '--agent', `http:http://127.0.0.1:${port}/act?token=sk-secret-777`, '--out', out);
    expect(result.code).toBe(0);
    expect(readResults(out)[0]?.agent).toBe(`http:http://127.0.0.1:${port}/act?token=***`);
    for (const name of readdirSync(out)) expect(readFileSync(join(out, name), 'utf8')).not.toContain('sk-secret-777');
  });
});
