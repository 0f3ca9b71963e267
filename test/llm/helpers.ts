// Shared set-up for the LLM client tests: a scripted server, a client aimed at
// it, and a sleep that records the waits it was asked for and returns at once.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLlmClient } from '../../src/llm/client.js';
import type { LlmClient, LlmClientOptions } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import type { ModelConfigInput } from '../../src/llm/model-config.js';
import type { Sleep } from '../../src/llm/retry.js';
import { startOpenAiServer } from '../fixtures/openai-server.js';
import type { OpenAiTestServer, ReplyScript } from '../fixtures/openai-server.js';

export interface Harness {
  server: OpenAiTestServer;
  client: LlmClient;
  sleeps: number[];
}

/** A sleep that records `ms` and resolves at once (or rejects if the signal already aborted). */
export function recordingSleep(sleeps: number[]): Sleep {
  return async (ms, signal) => {
    sleeps.push(ms);
    if (signal?.aborted) throw signal.reason;
  };
}

export async function harness(
  replies: ReplyScript,
  config: Partial<ModelConfigInput> = {},
  options: Omit<LlmClientOptions, 'config'> = {},
): Promise<Harness> {
  const server = await startOpenAiServer({ replies });
  const sleeps: number[] = [];
  const client = createLlmClient({
    config: ModelConfigSchema.parse({ model: 'test-model', baseURL: server.baseURL, maxRetries: 2, timeoutMs: 5_000, ...config }),
    sleep: recordingSleep(sleeps),
    env: {},
    ...options,
  });
  return { server, client, sleeps };
}

export function tempDir(prefix = 'usersim-llm-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}
