/**
 * The OpenAI-compatible stub the LLM bench runs against: node:http on
 * 127.0.0.1, in the bench's own process, answering every chat request after a
 * fixed latency. It plays a patient agent (a plain reply that asks for
 * nothing a scenario's cues know) and a simulated user who keeps chatting
 * (`{ message, disclosed: [], stop: null }`), so every conversation runs to
 * its turn limit with one model call per turn and side. It does as little
 * work as it can (no JSON parsing of requests; the user is told apart by a
 * substring), because whatever it spends, it spends on the bench's core.
 * It keeps every chat body, so the bare loop can replay the same calls.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LlmStub {
  /** `http://127.0.0.1:<port>/v1`. */
  readonly baseURL: string;
  /** Chat requests answered so far. */
  readonly chatRequests: number;
  /** `GET /models` requests answered so far (a run's preflight). */
  readonly modelListRequests: number;
  /** The raw chat bodies received, when `record` is on. */
  readonly bodies: string[];
  /** Latency added before each chat reply, in ms; may change between runs. */
  latencyMs: number;
  record: boolean;
  close(): Promise<void>;
}

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

/** Starts the stub on a free port. */
export async function startLlmStub(options: { latencyMs?: number; model?: string } = {}): Promise<LlmStub> {
  const model = options.model ?? 'bench-model';
  let chat = 0;
  let models = 0;
  const bodies: string[] = [];
  const state = { latencyMs: options.latencyMs ?? 0, record: false };
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method === 'GET') {
        models += 1;
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end('{"object":"list","data":[]}');
        return;
      }
      chat += 1;
      const body = Buffer.concat(chunks).toString('utf8');
      if (state.record) bodies.push(body);
      const text = completion(chat, body.includes('"simulated_user_reply"') ? USER_REPLY : AGENT_REPLY, model);
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
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    get chatRequests() {
      return chat;
    },
    get modelListRequests() {
      return models;
    },
    bodies,
    get latencyMs() {
      return state.latencyMs;
    },
    set latencyMs(ms: number) {
      state.latencyMs = ms;
    },
    get record() {
      return state.record;
    },
    set record(on: boolean) {
      state.record = on;
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
