/**
 * Ask recognition through the CLI: `explain-ask` shows the decision on one
 * message, and `run --asks llm:<model>` gives the agenda user an LLM
 * recogniser served by the local Chat Completions server, recorded in the
 * manifest. The scripted model only exercises plumbing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { reply, startOpenAiServer, type OpenAiTestServer, type RecordedRequest } from '../fixtures/openai-server.js';
import { cli } from '../helpers/cli.js';
import { contentOf } from '../llm/fake-models.js';

const tmp = (name: string) => mkdtempSync(join(tmpdir(), `usersim-cli-asks-${name}-`));
let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.USERSIM_ASKS_TEST_KEY;
});

/** Requests every listed item whose description (without "my"/"the") the message contains. */
function describedItemsModel(request: RecordedRequest) {
  const messages = (request.body as { messages: never[] }).messages;
  const system = contentOf(messages[0]);
  const message = contentOf(messages.at(-1)).toLowerCase();
  const requested = [...system.matchAll(/^- ([\w.-]+): (.+?)(?: \(|$)/gmu)]
    .filter((m) => message.includes((m[2] as string).replace(/^(my|the) /u, '').toLowerCase()))
    .map((m) => m[1]);
  return reply.json({ requested });
}

describe('usersim explain-ask', () => {
  it('prints which facts a message asks for, the rule that matched, and the clauses that asked nothing', async () => {
    const out = await cli('explain-ask', 'scenarios/demo/cancel-order.yaml', 'Thanks. Which of your purchases is it? We email a receipt either way.');
    expect(out.code).toBe(0);
    expect(out.out).toContain('demo.cancel-order');
    expect(out.out).toMatch(/order_id \(fact, confidence [\d.]+\): "which\/what" \+ object "purchases"/u);
    expect(out.out).toContain('"We email a receipt either way.": not a request (a statement)');
    expect(out.out).not.toMatch(/^\s+email \(fact/mu);
  });

  it('fails with a usage error for a path that is not one scenario', async () => {
    const out = await cli('explain-ask', 'scenarios/demo', 'What is your email?');
    expect(out.code).not.toBe(0);
  });
});

describe('usersim run --asks llm:<model>', () => {
  it('gives the agenda user the LLM recogniser, one call per agent message, and records it in the manifest', async () => {
    server = await startOpenAiServer({ replies: describedItemsModel });
    process.env.USERSIM_ASKS_TEST_KEY = 'sk-asks-test';
    const configFile = join(tmp('config'), 'usersim.config.yaml');
    writeFileSync(configFile, `models:\n  asks-model: { baseURL: "${server.baseURL}", model: asks-model, apiKeyEnv: USERSIM_ASKS_TEST_KEY, maxRetries: 0 }\n`);
    const out = tmp('run');
    const run = await cli('run', 'scenarios/demo/order-tracking.yaml', '--agent', 'reference', '--asks', 'llm:asks-model', '--config', configFile, '--cache-dir', tmp('cache'), '--out', out);
    expect(run.code).toBe(0);
    const [result] = readResults(out);
    expect(result?.scores?.success).toBe(true);
    expect(result?.ledger.filter((e) => e.asked).every((e) => e.why === 'llm:asks-model read it as a request')).toBe(true);
    const questions = result?.transcript.filter((e) => e.role === 'agent' && e.action.type === 'message').length ?? 0;
    expect(server.requests).toHaveLength(questions);
    expect(JSON.stringify(readManifest(out))).toContain('"asks":{"name":"llm:asks-model"');
  });
});
