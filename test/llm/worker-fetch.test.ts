// The worker-thread fetch against the default one: the same fault-injection
// cases through both transports must give the same results and the same
// errors (class, code, message), since retry.ts and preflight.ts classify
// what the `openai` client throws. Then its lifecycle: a session's worker ends
// at close(), an idle one never holds the process, and a CLI run exits.
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import type { ChatRequest } from '../../src/llm/chat-types.js';
import { createLlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import type { ModelConfigInput } from '../../src/llm/model-config.js';
import { preflightModels } from '../../src/llm/preflight.js';
import { createLlmSession } from '../../src/llm/session.js';
import { createWorkerFetch } from '../../src/llm/worker-fetch.js';
import type { Fetch } from '../../src/llm/worker-fetch.js';
import { fault, reply, startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ScriptedReply } from '../fixtures/openai-server.js';
import { createDeterministicJudge } from '../../src/judge/deterministic.js';
import { llmProvenance } from '../../src/registry/llm-kinds.js';
import { createRunner } from '../../src/runner/runner.js';
import { worldEnvironments } from '../../src/runner/world-environments.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { createManualClock } from '../../src/util/clock.js';
import { cliProcess, repoRoot } from '../helpers/cli.js';
import { demoModels } from './fake-models.js';
import { recordingSleep, tempDir } from './helpers.js';
import { createSession, kindsOf } from './session-helpers.js';

const servers: OpenAiTestServer[] = [];
const workers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all([...servers.splice(0).map((s) => s.close()), ...workers.splice(0).map((w) => w.close())]);
});

const hello: ChatRequest = { role: 'agent', messages: [{ role: 'user', content: 'Hi' }] };

type Transport = 'default' | 'worker';

function fetchFor(transport: Transport): Fetch | undefined {
  if (transport === 'default') return undefined;
  const http = createWorkerFetch();
  workers.push(http);
  return http.fetch;
}

/** What a call came to, with the server's address taken out so two servers compare equal. */
interface Outcome {
  result?: unknown;
  error?: { class: string; code: unknown; message: string };
  sleeps: number[];
  requests: number;
}

async function outcome(transport: Transport, replies: ScriptedReply[], config: Partial<ModelConfigInput> = {}, serverUp = true): Promise<Outcome> {
  const server = await startOpenAiServer({ replies });
  servers.push(server);
  if (!serverUp) await server.close();
  const sleeps: number[] = [];
  const fetch = fetchFor(transport);
  const client = createLlmClient({
    config: ModelConfigSchema.parse({ model: 'm', baseURL: server.baseURL, maxRetries: 0, timeoutMs: 5_000, ...config }),
    sleep: recordingSleep(sleeps),
    env: {},
    ...(fetch ? { fetch } : {}),
  });
  const base = { sleeps, requests: 0 };
  try {
    const { requestHash: _hash, ...result } = await client.chat(hello);
    return { ...base, result, requests: server.requests.length };
  } catch (error) {
    const e = error as Error & { code?: unknown };
    return { ...base, error: { class: e.constructor.name, code: e.code, message: e.message.replaceAll(server.baseURL, '<base>').replaceAll(new URL(server.baseURL).host, '<host>') }, requests: server.requests.length };
  }
}

const CASES: { name: string; replies: ScriptedReply[]; config?: Partial<ModelConfigInput>; serverUp?: boolean; expected: RegExp | 'result' }[] = [
  { name: '429 with retry-after, then a reply', replies: [fault.rateLimit(3), reply.text('ok')], config: { maxRetries: 1 }, expected: 'result' },
  { name: '500 on every attempt', replies: [fault.serverError(), fault.serverError(), fault.serverError()], config: { maxRetries: 2 }, expected: /500 The server had an error \(after 3 attempts\)$/ },
  { name: '401', replies: [fault.status(401, 'Incorrect API key')], expected: /401 Incorrect API key \(check the API key/ },
  { name: 'a hang past the timeout', replies: [fault.hang()], config: { timeoutMs: 3_000 }, expected: /timed out after 3000 ms$/ },
  { name: 'a body cut off mid-stream', replies: [fault.truncated()], expected: /connection dropped mid-response: / },
  { name: 'a malformed 200', replies: [fault.malformed()], expected: /200 with a malformed body: / },
  { name: 'a reset connection', replies: [fault.reset()], expected: /connection error: / },
  { name: 'a malformed tool call', replies: [fault.malformedToolCall('run_query')], expected: 'result' },
  { name: 'a refused connection', replies: [], serverUp: false, expected: /connection error: .*ECONNREFUSED/ },
];

describe('the worker-thread fetch against the default fetch', () => {
  for (const c of CASES) {
    it(`gives the same outcome for ${c.name}`, async () => {
      const [viaDefault, viaWorker] = [await outcome('default', c.replies, c.config, c.serverUp), await outcome('worker', c.replies, c.config, c.serverUp)];
      expect(viaWorker).toEqual(viaDefault);
      if (c.expected === 'result') expect(viaWorker.result).toBeDefined();
      else expect(viaWorker.error?.message).toMatch(c.expected);
      expect(viaWorker.error?.class ?? 'UsersimError').toBe('UsersimError');
    });
  }

  it('fails a raw request the same way: the error classes, messages and codes down the cause chain', async () => {
    const server = await startOpenAiServer({ replies: [fault.reset(), fault.reset(), fault.truncated(), fault.truncated()] });
    servers.push(server);
    const refused = await startOpenAiServer();
    await refused.close();
    // The outer error's class is what callers test (`instanceof TypeError`); undici's own classes
    // further down (SocketError, …) are not exported, so there the name stands for the class.
    const chain = (error: unknown): unknown[] => {
      const links: unknown[] = [error instanceof TypeError ? 'TypeError' : 'not a TypeError'];
      for (let e = error; e instanceof Error; e = e.cause) links.push({ name: e.name, message: e.message, code: (e as { code?: unknown }).code });
      return links;
    };
    const failure = async (transport: Transport, url: string, readBody: boolean): Promise<unknown[]> => {
      const fetch = fetchFor(transport) ?? globalThis.fetch;
      const sent = fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      return (readBody ? sent.then((r) => r.text()) : sent).then(
        () => ['no error'],
        (error: unknown) => chain(error),
      );
    };
    const chat = `${server.baseURL}/chat/completions`;
    for (const [url, readBody] of [[`${refused.baseURL}/chat/completions`, false], [chat, false], [chat, true]] as const) {
      const viaDefault = await failure('default', url, readBody);
      expect(viaDefault.slice(0, 2)).toMatchObject(['TypeError', { message: readBody ? 'terminated' : 'fetch failed' }]);
      expect(await failure('worker', url, readBody)).toEqual(viaDefault);
    }
  });

  it('gives the preflight the same verdicts (a refused connection, a wrong key)', async () => {
    const refused = await startOpenAiServer();
    await refused.close();
    const wrongKey = await startOpenAiServer({ modelsStatus: 401 });
    servers.push(wrongKey);
    const verdict = async (transport: Transport, baseURL: string): Promise<string> => {
      const config = ModelConfigSchema.parse({ model: 'm', baseURL });
      return preflightModels([{ config, roles: ['agent'] }], {}, undefined, fetchFor(transport)).then(
        () => 'passed',
        (error: Error) => error.message,
      );
    };
    for (const baseURL of [refused.baseURL, wrongKey.baseURL]) {
      const viaWorker = await verdict('worker', baseURL);
      expect(viaWorker).toBe(await verdict('default', baseURL));
      expect(viaWorker).toMatch(/cannot connect \(ECONNREFUSED\)|401 Incorrect API key/);
    }
  });

  it('rejects an aborted request at once with the signal reason, cancels it on the worker and leaves no listener', async () => {
    const server = await startOpenAiServer({ replies: [fault.hang(), ...Array.from({ length: 5 }, () => reply.text('ok'))] });
    servers.push(server);
    const http = createWorkerFetch();
    workers.push(http);
    const url = `${server.baseURL}/chat/completions`;
    const post = (signal: AbortSignal) => http.fetch(url, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' }, signal });
    const hung = new AbortController();
    const pending = post(hung.signal);
    while (server.inFlight === 0) await new Promise((r) => setTimeout(r, 5));
    hung.abort();
    await expect(pending).rejects.toMatchObject({ name: 'AbortError' });
    // The worker aborted its own request: the server sees the connection go.
    while (server.inFlight > 0) await new Promise((r) => setTimeout(r, 5));

    const shared = new AbortController();
    for (let i = 0; i < 5; i++) expect((await post(shared.signal)).status).toBe(200);
    expect(EventEmitter.getEventListeners(shared.signal, 'abort')).toHaveLength(0);
    const already = AbortSignal.abort(new Error('gone'));
    await expect(post(already)).rejects.toThrow('gone');
  });
});

describe('the worker thread of a session', () => {
  it('starts at the first request and is gone after close()', async () => {
    const server = await startOpenAiServer({ replies: [reply.text('ok')] });
    servers.push(server);
    const started: Worker[] = [];
    const onWorker = (w: Worker) => started.push(w);
    process.on('worker', onWorker);
    try {
      const session = createLlmSession({ baseURL: server.baseURL, noCache: true, env: {}, httpWorker: true });
      const client = session.client('m', 'agent');
      expect(started).toHaveLength(0);
      await client.chat(hello);
      expect(started).toHaveLength(1);
      const exited = new Promise((resolve) => started[0]?.once('exit', resolve));
      session.close();
      await exited;
      expect(started[0]?.threadId).toBe(-1);
    } finally {
      process.off('worker', onWorker);
    }
  });

  it('is not started by default, nor with httpWorker off (option or config file)', async () => {
    const server = await startOpenAiServer({ replies: [reply.text('ok'), reply.text('ok'), reply.text('ok')] });
    servers.push(server);
    const dir = tempDir();
    writeFileSync(join(dir, 'usersim.config.yaml'), `httpWorker: false\nmodels:\n  m: { baseURL: "${server.baseURL}", model: m }\n`);
    const started: Worker[] = [];
    const onWorker = (w: Worker) => started.push(w);
    process.on('worker', onWorker);
    try {
      const sessions = [
        createLlmSession({ baseURL: server.baseURL, noCache: true, env: {} }),
        createLlmSession({ cwd: dir, noCache: true, env: {} }),
        createLlmSession({ baseURL: server.baseURL, noCache: true, env: {}, httpWorker: false }),
      ];
      for (const session of sessions) {
        await session.client('m', 'agent').chat(hello);
        session.close();
      }
      expect(server.requests).toHaveLength(3);
      expect(started).toHaveLength(0);
    } finally {
      process.off('worker', onWorker);
    }
  });

  it('writes byte-identical results with and without it', async () => {
    const worlds = worldEnvironments();
    const scenario = loadScenarioFile(join(repoRoot, 'scenarios/demo/order-tracking.yaml'), { toolsFor: worlds.toolsFor });
    const episodes = async (httpWorker: boolean): Promise<string> => {
      const { session, server } = await createSession({ replies: demoModels(scenario.scenario), session: { noCache: true, httpWorker } });
      servers.push(server);
      const kinds = kindsOf(session);
      const outDir = tempDir('usersim-httpw-');
      try {
        await createRunner({ environmentFor: worlds.environmentFor, clock: createManualClock(), runId: () => 'run' }).run({
          scenarios: [scenario],
          agents: [kinds.agent('openai-tools:priced')],
          user: kinds.user('llm:priced'),
          judge: createDeterministicJudge(),
          seeds: [1, 2, 3, 4],
          concurrency: 4,
          outDir,
          provenance: llmProvenance(kinds, session),
        });
      } finally {
        session.close();
      }
      return readFileSync(join(outDir, 'episodes.jsonl'), 'utf8');
    };
    const withWorker = await episodes(true);
    expect(withWorker.split('\n').filter(Boolean)).toHaveLength(4);
    expect(withWorker).toBe(await episodes(false));
  });

  it('lets a CLI run with LLM actors exit by itself', async () => {
    const server = await startOpenAiServer({ replies: () => reply.toolCall('submit_answer', { answer: 'NW7734120588' }) });
    servers.push(server);
    const dir = tempDir();
    const config = join(dir, 'usersim.config.yaml');
    writeFileSync(config, 'httpWorker: true\n');
    const child = cliProcess([
      'run', 'scenarios/demo/order-tracking.yaml', '--agent', `openai-tools:m`, '--base-url', server.baseURL, '--config', config,
      '--seeds', '2', '--no-cache', '--out', join(dir, 'run'), '--progress=none',
    ]);
    let err = '';
    child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(err).toBe('');
    expect(code).toBe(0);
    expect(server.requests.length).toBeGreaterThan(0);
  }, 60_000);
});
