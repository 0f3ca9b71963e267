/**
 * The provider-neutral shapes of one chat request and its result. Actors (the
 * LLM user, agents and judge) speak these types, never the `openai` package's
 * own, so the wire format, the cache key and the accounting live in one place
 * (`wire.ts`, `client.ts`) and a protocol change touches nothing above them.
 */

/** Who made a request; token and cost figures are kept per role. */
export type LlmRole = 'agent' | 'user' | 'judge';

/** The names of every role, in report order. */
export const LLM_ROLES: readonly LlmRole[] = ['agent', 'user', 'judge'];

/** A tool call the model asked for, as sent back to it in later turns. */
export interface LlmToolCallRef {
  id: string;
  name: string;
  /** The raw JSON text of the arguments, exactly as the model produced it. */
  arguments: string;
}

/** One message of the conversation sent to the model. */
export type LlmMessage =
  | { role: 'system'; content: string }
  | { role: 'user'; content: string }
  | { role: 'assistant'; content: string; toolCalls?: readonly LlmToolCallRef[] }
  | { role: 'tool'; toolCallId: string; content: string };

/** A function the model may call. `parameters` is a JSON Schema object. */
export interface LlmTool {
  name: string;
  description?: string;
  parameters: Record<string, unknown>;
  /** Ask the endpoint to enforce the schema exactly (OpenAI structured outputs). */
  strict?: boolean;
}

/** Whether and which tool the model must call. */
export type LlmToolChoice = 'auto' | 'none' | 'required' | { name: string };

/** Structured output: a named JSON Schema (preferred) or plain JSON mode for endpoints without schema support. */
export type LlmResponseFormat =
  | { type: 'json_schema'; name: string; schema: Record<string, unknown>; strict?: boolean }
  | { type: 'json_object' };

/** Sampling parameters that override the model config for one request. */
export interface LlmSampling {
  temperature?: number;
  topP?: number;
  seed?: number;
  maxTokens?: number;
  /** Stop sequences, e.g. `['</execute>']` for a tag protocol. */
  stop?: readonly string[];
}

export interface ChatRequest {
  messages: readonly LlmMessage[];
  tools?: readonly LlmTool[];
  toolChoice?: LlmToolChoice;
  responseFormat?: LlmResponseFormat;
  /** Recorded in the usage figures; does not change the request sent. */
  role: LlmRole;
  /** Overrides of the model config's sampling parameters (they are part of the cache key). */
  sampling?: LlmSampling;
  /** The episode's signal: aborting it cancels the request in flight and any backoff wait. */
  signal?: AbortSignal;
}

/** A tool call in a model reply. */
export interface LlmToolCall extends LlmToolCallRef {
  /**
   * False when `arguments` is not a JSON object. The call is still returned as
   * the model wrote it: the agent layer decides whether that is the agent's error.
   */
  argumentsValid: boolean;
  /** The parsed arguments when `argumentsValid`. */
  parsedArguments?: Record<string, unknown>;
}

export interface LlmUsage {
  inputTokens: number;
  outputTokens: number;
}

export interface ChatResult {
  message: {
    /** The reply text; '' when the model sent only tool calls or nothing. */
    content: string;
    toolCalls: LlmToolCall[];
  };
  /** `stop`, `tool_calls`, `length`, `content_filter`, … as the endpoint reported it. */
  finishReason: string | null;
  /**
   * With a `responseFormat`: the content parsed as JSON, or undefined when it
   * did not parse. Validating it against a schema is the caller's job.
   */
  json?: unknown;
  usage: LlmUsage;
  /** Served from the response cache: no request was made and nothing was spent. */
  cached: boolean;
  /** Money spent on this call: 0 when cached or when the config has no prices. */
  costUsd: number;
  /** What the call costs at list price, cached or not; the same on every re-run. */
  listCostUsd: number;
  /** HTTP attempts made (0 when cached). */
  attempts: number;
  /** The model name from the config (what was asked for). */
  model: string;
  /** The cache key: sha256 of the base URL and the request body as sent. Stable provenance for traces. */
  requestHash: string;
}
