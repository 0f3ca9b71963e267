/**
 * Both ask recognisers keep the shared contract. The LLM one runs against a
 * scripted model on the local server that requests each item whose
 * description the message contains: plumbing only, not a measure of the prompt.
 */
import { afterAll, beforeAll } from 'vitest';
import { createDeterministicAskRecogniser, createLlmAskRecogniser } from '../../src/index.js';
import { createLlmClient, type LlmClient } from '../../src/llm/client.js';
import { ModelConfigSchema } from '../../src/llm/model-config.js';
import { askRecogniserContract } from '../contracts/ask-recogniser.contract.js';
import { reply, startOpenAiServer, type OpenAiTestServer, type RecordedRequest } from '../fixtures/openai-server.js';
import { contentOf } from '../llm/fake-models.js';

function describedItemsModel(request: RecordedRequest) {
  const messages = (request.body as { messages: never[] }).messages;
  const system = contentOf(messages[0]);
  const message = contentOf(messages.at(-1)).toLowerCase();
  const requested = [...system.matchAll(/^- ([\w.-]+): (.+?)(?: \(|$)/gmu)]
    .filter((m) => message.includes((m[2] as string).replace(/^(my|the) /u, '').toLowerCase()))
    .map((m) => m[1]);
  return reply.json({ requested });
}

let server: OpenAiTestServer;
let client: LlmClient;
beforeAll(async () => {
  server = await startOpenAiServer({ replies: describedItemsModel });
  client = createLlmClient({ config: ModelConfigSchema.parse({ model: 'asks-model', baseURL: server.baseURL, maxRetries: 0 }), env: {} });
});
afterAll(async () => {
  await server.close();
});

askRecogniserContract('deterministic', () => createDeterministicAskRecogniser());
askRecogniserContract('llm (scripted model)', () => createLlmAskRecogniser({ client }));
