/**
 * The LLM-backed ask recogniser (`--asks llm:<model>`): a model reads one
 * agent message and the user's facts and unknowns and returns the ids it
 * sees requested, as structured output. One call per distinct message and
 * target set: the run's response cache keys the request, and the recogniser
 * also remembers its answers, so an episode never asks twice. Ids the model
 * invents are dropped; a reply that is not the required JSON is an `E_USER`
 * error (the user's side failed). Its explanations say only that the model
 * said so: the model gives no reasons.
 */
import { z } from 'zod';
import { UsersimError } from '../errors.js';
import type { LlmClient } from '../llm/client.js';
import { fillTemplate, readPromptFile } from '../llm/prompt-file.js';
import { sha256 } from '../util/hash.js';
import type { AskRecogniser, AskRecognition, AskTarget } from '../core/ask-recogniser.js';

/** The prompt file of the LLM recogniser. */
export const ASKS_PROMPT = 'asks/recogniser';

const ReplySchema = z.strictObject({ requested: z.array(z.string()) });

/** Options of {@link createLlmAskRecogniser}. */
export interface LlmAskRecogniserOptions {
  /** The model client (already counting into the episode's meter, when used in a run). */
  client: LlmClient;
  /** The name recorded in results; `llm:<model>` by default. */
  name?: string;
}

/** sha256 of the recogniser's prompt template, for provenance. */
export function asksPromptHash(): string {
  return sha256(readPromptFile(ASKS_PROMPT));
}

/**
 * Creates an LLM-backed recogniser.
 *
 * @example
 * const asks = createLlmAskRecogniser({ client });
 * const { requests } = await asks.recognise('Which of your orders?', askTargets(facts));
 */
export function createLlmAskRecogniser(options: LlmAskRecogniserOptions): AskRecogniser {
  const { client } = options;
  const name = options.name ?? `llm:${client.config.model}`;
  const memo = new Map<string, AskRecognition>();
  const template = readPromptFile(ASKS_PROMPT);
  return {
    name,
    recognise: async (message, targets, opts) => {
      const key = JSON.stringify([message, targets]);
      const known = memo.get(key);
      if (known) return known;
      const system = fillTemplate(template, { targets: targets.map(describe).join('\n') || '(none)' });
      const { $schema: _ignored, ...schema } = z.toJSONSchema(ReplySchema) as Record<string, unknown>;
      const result = await client.chat({
        role: 'user',
        messages: [
          { role: 'system', content: system },
          { role: 'user', content: message },
        ],
        responseFormat: { type: 'json_schema', name: 'ask_recognition', schema, strict: true },
        ...(opts?.signal ? { signal: opts.signal } : {}),
      });
      const parsed = ReplySchema.safeParse(result.json);
      if (!parsed.success) throw new UsersimError('E_USER', `${name}: the ask recogniser's reply is not {"requested": [ids]}: ${JSON.stringify(result.message.content.slice(0, 200))}`);
      const byId = new Map(targets.map((t) => [t.id, t]));
      const ids = [...new Set(parsed.data.requested)].filter((id) => byId.has(id));
      const recognition: AskRecognition = {
        requests: ids.map((id, i) => ({ id, target: (byId.get(id) as AskTarget).target, index: i, confidence: 0.8, why: `${name} read it as a request` })),
        explanation: [`${name} read the message as requesting: ${ids.join(', ') || 'nothing'}`],
      };
      memo.set(key, recognition);
      return recognition;
    },
  };
}

function describe(t: AskTarget): string {
  const extra = [t.kind ? `kind ${t.kind}` : '', t.cues.length > 0 ? `also called: ${t.cues.join(', ')}` : ''].filter(Boolean).join('; ');
  return `- ${t.id}: ${t.text ?? t.id}${t.target === 'unknown' ? ' (the customer does not know it)' : ''}${extra ? ` (${extra})` : ''}`;
}
