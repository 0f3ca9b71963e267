/**
 * Translation between usersim's chat types and the Chat Completions wire
 * format. The body built here is exactly what is sent, and the hash of its
 * text (with the base URL) is the cache key, so every parameter that can
 * change a reply is in the key by construction and the API key, which travels
 * in a header, is not.
 */
import { createHash } from 'node:crypto';
import type { ChatCompletion, ChatCompletionCreateParamsNonStreaming, ChatCompletionMessageParam } from 'openai/resources/chat/completions';
import type { ChatRequest, LlmMessage, LlmToolCall, LlmUsage } from './chat-types.js';
import type { ModelConfig } from './model-config.js';

/** Bumped when the key's recipe changes, so old cache rows are simply never hit (2: the body as sent, not key-sorted). */
const CACHE_KEY_VERSION = 2;

/** The request body for `config` and `request`, with config sampling overridden by `request.sampling`. */
export function toWireBody(config: ModelConfig, request: ChatRequest): ChatCompletionCreateParamsNonStreaming {
  const s = request.sampling ?? {};
  const topP = s.topP ?? config.topP;
  const seed = s.seed ?? config.seed;
  const maxTokens = s.maxTokens ?? config.maxTokens;
  const body: ChatCompletionCreateParamsNonStreaming = {
    model: config.model,
    messages: request.messages.map(toWireMessage),
    temperature: s.temperature ?? config.temperature,
    ...(topP === undefined ? {} : { top_p: topP }),
    ...(seed === undefined ? {} : { seed }),
    ...(maxTokens === undefined ? {} : { max_tokens: maxTokens }),
    ...(s.stop && s.stop.length > 0 ? { stop: [...s.stop] } : {}),
  };
  if (request.tools && request.tools.length > 0) {
    body.tools = request.tools.map((t) => ({
      type: 'function',
      function: {
        name: t.name,
        ...(t.description === undefined ? {} : { description: t.description }),
        parameters: t.parameters,
        ...(t.strict === undefined ? {} : { strict: t.strict }),
      },
    }));
  }
  if (request.toolChoice !== undefined) {
    body.tool_choice =
      typeof request.toolChoice === 'string' ? request.toolChoice : { type: 'function', function: { name: request.toolChoice.name } };
  }
  const rf = request.responseFormat;
  if (rf?.type === 'json_schema') {
    body.response_format = {
      type: 'json_schema',
      json_schema: { name: rf.name, schema: rf.schema, ...(rf.strict === undefined ? {} : { strict: rf.strict }) },
    };
  } else if (rf?.type === 'json_object') {
    body.response_format = { type: 'json_object' };
  }
  return body;
}

function toWireMessage(m: LlmMessage): ChatCompletionMessageParam {
  switch (m.role) {
    case 'system':
    case 'user':
      return { role: m.role, content: m.content };
    case 'tool':
      return { role: 'tool', tool_call_id: m.toolCallId, content: m.content };
    case 'assistant': {
      const calls = m.toolCalls ?? [];
      if (calls.length === 0) return { role: 'assistant', content: m.content };
      return {
        role: 'assistant',
        // OpenAI wants null rather than '' beside tool calls.
        content: m.content === '' ? null : m.content,
        tool_calls: calls.map((c) => ({ id: c.id, type: 'function', function: { name: c.name, arguments: c.arguments } })),
      };
    }
  }
}

/** The cache key: sha256 of the base URL and the body as sent. */
export function requestHash(baseURL: string, body: ChatCompletionCreateParamsNonStreaming): string {
  return requestKey(baseURL, body).key;
}

/**
 * The cache key and the body text it was hashed from (what the cache stores
 * for inspection). The text is `JSON.stringify(body)`, the bytes the `openai`
 * client sends, not a key-sorted canonical form: the body is built by
 * {@link toWireBody} in a fixed order, and the parts it takes as they are
 * (tool parameters, response schemas) come in the order of the files they
 * were read from, so the same scenario gives the same text. A schema written
 * with its keys in another order is another request (key order can change
 * what a model writes under structured outputs), so a separate key is right.
 * Sorting every key of the whole conversation on every call was a fifth of a
 * cached run's CPU.
 */
export function requestKey(baseURL: string, body: ChatCompletionCreateParamsNonStreaming): { key: string; request: string } {
  const request = JSON.stringify(body);
  // The hash of `{"baseURL":…,"body":…,"v":…}`, fed in parts rather than copying the body into a wrapper string.
  const key = createHash('sha256')
    .update(`{"baseURL":${JSON.stringify(baseURL.replace(/\/+$/, ''))},"body":`)
    .update(request)
    .update(`,"v":${CACHE_KEY_VERSION}}`)
    .digest('hex');
  return { key, request };
}

/** What a completion says, in usersim's terms. */
export interface ParsedCompletion {
  content: string;
  toolCalls: LlmToolCall[];
  finishReason: string | null;
  usage: LlmUsage;
}

/** Thrown for a 200 response that holds no usable choice: an infrastructure fault, retried like a 5xx. */
export class NoChoiceError extends Error {
  override readonly name = 'NoChoiceError';
}

/** Reads the first choice of a completion. Throws `NoChoiceError` when there is none or it has no message. */
export function parseCompletion(completion: ChatCompletion): ParsedCompletion {
  if (!completion || typeof completion !== 'object') throw new NoChoiceError('response was not a JSON object');
  const choices = (completion as { choices?: unknown }).choices;
  if (!Array.isArray(choices) || choices.length === 0) throw new NoChoiceError('response had no choices');
  const choice = choices[0] as Partial<ChatCompletion.Choice> | undefined;
  const message = choice?.message;
  if (!message || typeof message !== 'object') throw new NoChoiceError('response choice had no message');
  const toolCalls: LlmToolCall[] = [];
  for (const call of message.tool_calls ?? []) {
    if (call.type !== 'function' || !call.function) continue;
    const raw = call.function.arguments as unknown;
    const args = typeof raw === 'string' ? raw : JSON.stringify(raw ?? {});
    const parsed = parseArguments(args);
    toolCalls.push({
      id: call.id,
      name: call.function.name,
      arguments: args,
      argumentsValid: parsed !== undefined,
      ...(parsed === undefined ? {} : { parsedArguments: parsed }),
    });
  }
  const usage = completion.usage;
  return {
    content: typeof message.content === 'string' ? message.content : '',
    toolCalls,
    finishReason: choice?.finish_reason ?? null,
    usage: { inputTokens: usage?.prompt_tokens ?? 0, outputTokens: usage?.completion_tokens ?? 0 },
  };
}

/** A JSON object, or undefined. Empty text counts as `{}`: some servers send it for argument-less calls. */
function parseArguments(text: string): Record<string, unknown> | undefined {
  if (text.trim() === '') return {};
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Content parsed as JSON, tolerating one surrounding Markdown code fence
 * (which small local models add even in JSON mode). Undefined when it does not parse.
 */
export function parseJsonContent(content: string): unknown {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n?```\s*$/i.exec(content);
  try {
    return JSON.parse(fenced ? (fenced[1] ?? '') : content);
  } catch {
    return undefined;
  }
}
