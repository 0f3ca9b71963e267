/**
 * Keeping the API key in one place. The key is read from the env var a model
 * config names, handed to the `openai` client and to nothing else; text that
 * could echo it back (an endpoint's error body, say) goes through
 * `redactSecrets` before it reaches an error message.
 */
import { UsersimError } from '../errors.js';
import type { ModelConfig } from './model-config.js';
import { isOpenAiUrl } from './model-config.js';

/** What the `openai` client is given when a local endpoint needs no key (the client insists on a string). */
export const PLACEHOLDER_API_KEY = 'unused';

/**
 * The API key for a config, read from `env[config.apiKeyEnv]`. When the var is
 * unset, endpoints other than OpenAI's (vLLM, Ollama, a test server) get
 * `PLACEHOLDER_API_KEY`; OpenAI's own fails fast with an `E_CONFIG` error that
 * names the variable.
 */
export function resolveApiKey(
  config: Pick<ModelConfig, 'apiKeyEnv' | 'baseURL' | 'model'>,
  env: Readonly<Record<string, string | undefined>> = process.env,
): string {
  const key = env[config.apiKeyEnv];
  if (key !== undefined && key.trim() !== '') return key;
  if (!isOpenAiUrl(config.baseURL)) return PLACEHOLDER_API_KEY;
  throw new UsersimError(
    'E_CONFIG',
    `model ${config.model} at ${config.baseURL} needs an API key: set the environment variable ${config.apiKeyEnv}`,
  );
}

/**
 * Replaces every occurrence of each secret in `text` with `***`. Secrets
 * shorter than 4 characters (and the placeholder key) are left alone: masking
 * them would garble ordinary words without protecting anything.
 */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length < 4 || secret === PLACEHOLDER_API_KEY) continue;
    out = out.split(secret).join('***');
  }
  return out;
}
