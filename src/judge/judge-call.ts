/**
 * One structured call to a judge model: a filled prompt in, a value checked
 * by a zod schema out. The schema is sent as the response format (JSON Schema
 * from zod, strict) and the reply is validated with the same schema. A reply
 * that does not fit gets one repair request; if that fails too, the judge
 * fails with `E_INFRA`, so the episode is left unscored rather than scored by
 * a judge that did not answer (the transcript is kept and can be re-judged).
 */
import { z } from 'zod';
import { UsersimError } from '../errors.js';
import type { LlmMessage } from '../llm/chat-types.js';
import type { LlmClient } from '../llm/client.js';

/**
 * Sends `prompt` as one user message and returns the parsed reply.
 *
 * @example const { label } = await judgeCall(client, LabelSchema, 'refusal_label', prompt);
 */
export async function judgeCall<T>(client: LlmClient, schema: z.ZodType<T>, formatName: string, prompt: string): Promise<T> {
  const { $schema: _ignored, ...jsonSchema } = z.toJSONSchema(schema) as Record<string, unknown>;
  const messages: LlmMessage[] = [{ role: 'user', content: prompt }];
  let problem = '';
  for (let attempt = 0; attempt < 2; attempt++) {
    const result = await client.chat({
      role: 'judge',
      messages,
      responseFormat: { type: 'json_schema', name: formatName, schema: jsonSchema, strict: true },
    });
    const parsed = schema.safeParse(result.json);
    if (parsed.success) return parsed.data;
    problem = result.json === undefined ? 'the reply is not JSON' : parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    messages.push(
      { role: 'assistant', content: result.message.content },
      { role: 'user', content: `That reply could not be used (${problem}). Reply again with the JSON object only, in the requested shape.` },
    );
  }
  throw new UsersimError('E_INFRA', `judge ${client.config.model}: no usable ${formatName} reply after a repair request (${problem})`);
}
