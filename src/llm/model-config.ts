/**
 * Named model configurations. A config says where a model is served (any
 * OpenAI-compatible base URL: OpenAI, vLLM, Ollama, a LiteLLM proxy), how it is
 * sampled, what it costs and how hard it may be driven. It names the env var
 * that holds the API key and never holds the key itself, so configs, manifests
 * and results can be written out without leaking it.
 */
import { z } from 'zod';
import { UsersimError } from '../errors.js';

/** The OpenAI API, used when neither a config nor a flag gives a base URL. */
export const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
/** The env var read for the key when none is named. */
export const DEFAULT_API_KEY_ENV = 'OPENAI_API_KEY';

export const PricesSchema = z.strictObject({
  inputPerMTok: z.number().min(0).describe('US dollars per million input (prompt) tokens.'),
  outputPerMTok: z.number().min(0).describe('US dollars per million output (completion) tokens.'),
});

export const ModelConfigSchema = z.strictObject({
  baseURL: z
    .url({ protocol: /^https?$/ })
    .default(DEFAULT_BASE_URL)
    .describe('OpenAI-compatible base URL, e.g. http://localhost:8000/v1 for vLLM or http://localhost:11434/v1 for Ollama.'),
  apiKeyEnv: z
    .string()
    .regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected the NAME of an environment variable, not a key')
    .default(DEFAULT_API_KEY_ENV)
    .describe('Name of the environment variable holding the API key. The key itself never goes in a config.'),
  model: z.string().min(1).describe('The model name the endpoint knows, e.g. gpt-4o-mini or Qwen/Qwen2.5-7B-Instruct.'),
  temperature: z.number().min(0).max(2).default(0),
  topP: z.number().gt(0).max(1).optional(),
  seed: z.number().int().optional().describe('Sampling seed, for endpoints that honour it.'),
  maxTokens: z.number().int().positive().optional().describe('Sent as max_tokens.'),
  timeoutMs: z.number().int().positive().max(2_147_483_647).default(120_000).describe('Per HTTP attempt.'),
  maxRetries: z.number().int().min(0).max(20).default(4).describe('Retries after the first attempt on 429, 5xx, timeouts and connection errors.'),
  prices: PricesSchema.optional().describe('Without prices, costs are reported as 0.'),
  concurrency: z
    .number()
    .int()
    .positive()
    .max(1024)
    .optional()
    .describe(
      'Requests in flight per base URL (the smallest value among configs sharing one wins). Twice it is the default number of episodes at once. Without it the endpoint takes as many requests as the episodes send.',
    ),
});

/** A validated model config with defaults filled in. */
export type ModelConfig = z.output<typeof ModelConfigSchema>;
/** A model config as written, before defaults. */
export type ModelConfigInput = z.input<typeof ModelConfigSchema>;
export type Prices = z.output<typeof PricesSchema>;

/** CLI-style options for a model given on the command line rather than by name. */
export interface ModelFlags {
  model: string;
  baseURL?: string;
  apiKeyEnv?: string;
  temperature?: number;
  seed?: number;
  maxTokens?: number;
  timeoutMs?: number;
  maxRetries?: number;
  concurrency?: number;
}

/**
 * Builds a config from CLI flags, with the defaults of `ModelConfigSchema`.
 *
 * @example
 * modelConfigFromFlags({ model: 'qwen2.5', baseURL: 'http://localhost:11434/v1' });
 */
export function modelConfigFromFlags(flags: ModelFlags): ModelConfig {
  return parseModelConfig(flags, '--model');
}

/**
 * Resolves a model reference as written after `openai-tools:` or `--judge`: the
 * name of a model in the config file if there is one, else a raw model name
 * built from flags. A `--base-url` flag overrides the base URL of either.
 */
export function resolveModelConfig(
  ref: string,
  options: { models?: Readonly<Record<string, ModelConfig>>; baseURL?: string } = {},
): ModelConfig {
  if (ref.trim() === '') throw new UsersimError('E_USAGE', 'expected a model name, got an empty string');
  const named = options.models !== undefined && Object.hasOwn(options.models, ref) ? options.models[ref] : undefined;
  if (named) return options.baseURL === undefined ? named : parseModelConfig({ ...named, baseURL: options.baseURL }, ref);
  return modelConfigFromFlags({ model: ref, ...(options.baseURL === undefined ? {} : { baseURL: options.baseURL }) });
}

function parseModelConfig(input: unknown, label: string): ModelConfig {
  const parsed = ModelConfigSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const detail = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
  throw new UsersimError('E_CONFIG', `model ${label}: ${detail}`);
}

/** True when the URL's host is this machine. */
export function isLoopbackUrl(url: string): boolean {
  const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
  return host === 'localhost' || host.endsWith('.localhost') || host === '::1' || /^127\./.test(host);
}

/** True when the URL points at OpenAI itself, where a key is always required. */
export function isOpenAiUrl(url: string): boolean {
  const host = new URL(url).hostname;
  return host === 'openai.com' || host.endsWith('.openai.com');
}
