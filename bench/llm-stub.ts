/**
 * The OpenAI-compatible stub the LLM bench runs against: node:http on
 * 127.0.0.1, in a child process of its own, answering every chat request
 * after a fixed latency. It plays a patient agent (a plain reply that asks for
 * nothing a scenario's cues know) and a simulated user who keeps chatting
 * (`{ message, disclosed: [], stop: null }`), so every conversation runs to
 * its turn limit with one model call per turn and side. It does as little
 * work as it can (no JSON parsing of requests; the user is told apart by a
 * substring). It keeps every chat body when asked, so the bare loop can
 * replay the same calls.
 *
 * Its own process, like any real endpoint: its latency clock starts when a
 * request arrives, not when the client's event loop gets round to the
 * stub's side of it, and its CPU time is not counted as the client's. In the
 * client's process every reply's 100 ms would also wait for whatever the
 * client was doing when the timer fell due, and the bound (calls × latency ÷
 * concurrency) would measure the two together. The parent talks to it over
 * the fork's IPC channel.
 */
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LlmStub {
  /** `http://127.0.0.1:<port>/v1`. */
  readonly baseURL: string;
  /** Requests answered so far: chat completions and `GET /models` (a run's preflight). */
  counts(): Promise<{ chat: number; modelLists: number }>;
  /** Latency added before each chat reply, in ms, from the next request on. */
  setLatency(ms: number): Promise<void>;
  /** Starts or stops keeping the raw chat bodies. */
  record(on: boolean): Promise<void>;
  /** The bodies kept since the last call. */
  takeBodies(): Promise<string[]>;
  close(): Promise<void>;
}

type Op = { op: 'counts' } | { op: 'latency'; ms: number } | { op: 'record'; on: boolean } | { op: 'bodies' };
type Command = Op & { id: number };
type Reply = { id: number; value: unknown } | { ready: string };

const completion = (id: number, content: string, model: string): string =>
  JSON.stringify({
    id: `chatcmpl-${id}`,
    object: 'chat.completion',
    created: 1_700_000_000,
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
    usage: { prompt_tokens: 500, completion_tokens: 20, total_tokens: 520 },
  });

const USER_REPLY = JSON.stringify({ message: 'I am still not sure what to do next, to be honest.', disclosed: [], stop: null });
const AGENT_REPLY = 'I see. Please go on, I am listening.';

/** Starts the stub in a child process on a free port. */
export async function startLlmStub(options: { latencyMs?: number; model?: string } = {}): Promise<LlmStub> {
  const child = fork(import.meta.filename, ['--serve', String(options.latencyMs ?? 0), options.model ?? 'bench-model'], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const waiting = new Map<number, (value: unknown) => void>();
  let nextId = 0;
  const baseURL = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`bench: the LLM stub exited with code ${code} before it listened`)));
    child.on('message', (message: Reply) => {
      if ('ready' in message) resolve(message.ready);
      else waiting.get(message.id)?.(message.value);
    });
  });
  child.removeAllListeners('exit');
  const ask = <T>(command: Op): Promise<T> =>
    new Promise((resolve) => {
      const id = nextId++;
      waiting.set(id, (value) => {
        waiting.delete(id);
        resolve(value as T);
      });
      child.send({ ...command, id });
    });
  return {
    baseURL,
    counts: () => ask({ op: 'counts' }),
    setLatency: (ms) => ask({ op: 'latency', ms }),
    record: (on) => ask({ op: 'record', on }),
    takeBodies: () => ask({ op: 'bodies' }),
    close: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.disconnect();
        child.kill();
      }),
  };
}

/** The child's side: the server, and the answers to the parent's commands. */
async function serve(latencyMs: number, model: string): Promise<void> {
  const state = { latencyMs, record: false, chat: 0, modelLists: 0, bodies: [] as string[] };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET') {
        state.modelLists += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"object":"list","data":[]}');
        return;
      }
      state.chat += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      if (state.record) state.bodies.push(body);
      const text = completion(state.chat, body.includes('"simulated_user_reply"') ? USER_REPLY : AGENT_REPLY, model);
      const send = (): void => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(text);
      };
      if (state.latencyMs > 0) setTimeout(send, state.latencyMs);
      else send();
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const send = (reply: Reply): void => {
    process.send?.(reply);
  };
  process.on('message', (command: Command) => {
    switch (command.op) {
      case 'counts':
        return send({ id: command.id, value: { chat: state.chat, modelLists: state.modelLists } });
      case 'latency':
        state.latencyMs = command.ms;
        return send({ id: command.id, value: null });
      case 'record':
        state.record = command.on;
        return send({ id: command.id, value: null });
      case 'bodies':
        return send({ id: command.id, value: state.bodies.splice(0) });
    }
  });
  // The parent going away (a crashed bench) takes the stub with it.
  process.on('disconnect', () => process.exit(0));
  send({ ready: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1` });
}

if (process.argv[1] === import.meta.filename && process.argv[2] === '--serve') await serve(Number(process.argv[3]), process.argv[4] ?? 'bench-model');
