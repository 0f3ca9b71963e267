// A session aimed at the local protocol server through a config file naming
// one priced model, `priced`, whose key comes from USERSIM_TEST_KEY.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLlmSession, type LlmSession, type LlmSessionOptions } from '../../src/llm/session.js';
import { startOpenAiServer, type OpenAiTestServer, type ReplyScript } from '../fixtures/openai-server.js';
import { recordingSleep, tempDir } from './helpers.js';
import { llmKinds } from '../../src/registry/llm-kinds.js';
import { createRegistry, type Registry } from '../../src/registry/registry.js';

export interface SessionSetup {
  session: LlmSession;
  server: OpenAiTestServer;
  dir: string;
  cacheDir: string;
  configFile: string;
  sleeps: number[];
}

export async function createSession(options: {
  replies: ReplyScript;
  prices?: { inputPerMTok: number; outputPerMTok: number };
  maxCostUsd?: number;
  env?: Record<string, string>;
  server?: OpenAiTestServer;
  dir?: string;
  model?: Record<string, unknown>;
  session?: Partial<LlmSessionOptions>;
}): Promise<SessionSetup> {
  const server = options.server ?? (await startOpenAiServer({ replies: options.replies }));
  const dir = options.dir ?? tempDir('usersim-session-');
  const configFile = path.join(dir, 'usersim.config.yaml');
  const model = {
    baseURL: server.baseURL,
    model: 'priced-model',
    apiKeyEnv: 'USERSIM_TEST_KEY',
    maxRetries: 2,
    timeoutMs: 5000,
    ...(options.prices ? { prices: options.prices } : {}),
    ...options.model,
  };
  writeFileSync(configFile, `models:\n  priced: ${JSON.stringify(model)}\n`);
  const sleeps: number[] = [];
  const cacheDir = path.join(dir, 'cache');
  const session = createLlmSession({
    configFile,
    cacheDir,
    env: options.env ?? {},
    sleep: recordingSleep(sleeps),
    ...(options.maxCostUsd === undefined ? {} : { maxCostUsd: options.maxCostUsd }),
    ...options.session,
  });
  return { session, server, dir, cacheDir, configFile, sleeps };
}

const registries = new WeakMap<LlmSession, Registry>();

/** The registry of a session's LLM kinds (one per session, so provenance accumulates as the session's did). */
export function kindsOf(session: LlmSession): Registry {
  let registry = registries.get(session);
  if (!registry) {
    registry = createRegistry(llmKinds(session));
    registries.set(session, registry);
  }
  return registry;
}
