/**
 * One cheap request per endpoint before a run schedules anything: the models
 * list (`GET /models`), with the key the run will use. A wrong key (401/403),
 * a URL that is no OpenAI-compatible API (404, a refused connection, an
 * unknown host) or a model the endpoint does not list would fail every
 * episode alike, so they stop the run before it starts, with `E_CONFIG`.
 *
 * Transient trouble (5xx, 429, a timeout) proves nothing about the
 * configuration and is left to the run's retries. An endpoint that lists no
 * models at all (some proxies) is taken at its word for the model name.
 */
import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError } from 'openai';
import { UsersimError } from '../errors.js';
import type { ModelConfig } from './model-config.js';
import { redactSecrets, resolveApiKey } from './secrets.js';
import { redactUrl } from './redact-url.js';
import { causeChain, codeOf } from './cause-chain.js';
import { sharedHttpFetch } from './http-fetch.js';
import type { Fetch } from './http-fetch.js';

/** A model config and the roles that use it, e.g. `agent openai-tools:gpt`. */
export interface PreflightTarget {
  config: ModelConfig;
  roles: readonly string[];
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ERR_INVALID_URL', 'EHOSTUNREACH', 'ENETUNREACH']);
/** OpenSSL's verdicts on a certificate it would not trust: no retry changes them. */
const CERT_REJECTED = /^(DEPTH_ZERO_SELF_SIGNED_CERT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT(_LOCALLY)?|CERT_[A-Z_]+|ERR_TLS_CERT_ALTNAME_INVALID)$/;

/** The system error code (ECONNREFUSED, …) or fetch's refusal ("bad port") somewhere in the cause chain. */
function errorCodeOf(error: unknown): string | undefined {
  for (const e of causeChain(error)) {
    const code = codeOf(e);
    if (code !== undefined) return code;
    if (/^(bad port|invalid url)/i.test(e.message)) return 'ERR_INVALID_URL';
  }
  return undefined;
}

/** An https:// request answered in plain HTTP: undici names it ERR_SSL_WRONG_VERSION_NUMBER, node:https EPROTO with OpenSSL's words. */
function speaksNoTls(error: unknown): boolean {
  return causeChain(error).some((e) => codeOf(e) === 'ERR_SSL_WRONG_VERSION_NUMBER' || (codeOf(e) === 'EPROTO' && /wrong version number/.test(e.message)));
}

/** The problem with one endpoint, or undefined when it looks right (or only transiently wrong). */
async function checkEndpoint(
  baseURL: string,
  targets: readonly PreflightTarget[],
  env: Readonly<Record<string, string | undefined>>,
  fetch: Fetch,
): Promise<string | undefined> {
  const first = targets[0] as PreflightTarget;
  const apiKey = resolveApiKey(first.config, env);
  const client = new OpenAI({ apiKey, baseURL, maxRetries: 0, timeout: Math.min(first.config.timeoutMs, 30_000), logLevel: 'off', fetch });
  const where = `${redactUrl(baseURL)}/models`;
  const uses = targets.map((t) => `${t.config.model} (${t.roles.join(', ')})`).join(', ');
  let listed: string[];
  try {
    const page = await client.models.list();
    listed = page.data.map((m) => m.id);
  } catch (error) {
    if (error instanceof APIConnectionTimeoutError) return undefined;
    if (error instanceof APIConnectionError) {
      const code = errorCodeOf(error);
      if (code && UNREACHABLE.has(code)) return `[GET] "${where}": cannot connect (${code}); check the base URL, used by ${uses}`;
      if (code && CERT_REJECTED.test(code)) {
        return `[GET] "${where}": the server's TLS certificate is not trusted (${code}); if your own CA signed it, point NODE_EXTRA_CA_CERTS at that CA's certificate, used by ${uses}`;
      }
      if (speaksNoTls(error)) return `[GET] "${where}": the server does not speak TLS there (SSL: wrong version number); check http:// against https:// in the base URL, used by ${uses}`;
      return undefined;
    }
    if (error instanceof APIError && typeof error.status === 'number') {
      const detail = redactSecrets(`${error.status} ${error.message}`, [apiKey]);
      if (error.status === 401 || error.status === 403) return `[GET] "${where}": ${detail}; check the API key in $${first.config.apiKeyEnv}, used by ${uses}`;
      if (error.status === 404) return `[GET] "${where}": ${detail}; this is not an OpenAI-compatible API (the base URL usually ends in /v1), used by ${uses}`;
    }
    return undefined;
  }
  if (listed.length === 0) return undefined;
  const missing = [...new Set(targets.map((t) => t.config.model))].filter((m) => !listed.includes(m));
  if (missing.length === 0) return undefined;
  const shown = listed.slice(0, 8).join(', ') + (listed.length > 8 ? `, … (${listed.length} in all)` : '');
  return `${redactUrl(baseURL)} does not serve ${missing.map((m) => `"${m}"`).join(', ')} (it lists ${shown})`;
}

/** What one preflight check covers: a base URL and the key it is called with. */
export function endpointOf(config: Pick<ModelConfig, 'baseURL' | 'apiKeyEnv'>): string {
  return `${config.baseURL}\u0000${config.apiKeyEnv}`;
}

/**
 * Checks every endpoint the targets use, in parallel. Throws `E_CONFIG`
 * naming every problem found; `when` says when it was found (default: before
 * anything was run). `fetch` is what the requests are sent with (default
 * {@link sharedHttpFetch}; a session passes the global one when `httpClient: fetch`).
 *
 * @example
 * await preflightModels([{ config, roles: ['agent openai-tools:gpt'] }]);
 */
export async function preflightModels(
  targets: readonly PreflightTarget[],
  env: Readonly<Record<string, string | undefined>> = process.env,
  when = 'so nothing was run',
  fetch: Fetch = sharedHttpFetch(),
): Promise<void> {
  const byEndpoint = new Map<string, PreflightTarget[]>();
  for (const t of targets) {
    const key = endpointOf(t.config);
    byEndpoint.set(key, [...(byEndpoint.get(key) ?? []), t]);
  }
  const problems = await Promise.all([...byEndpoint.values()].map((group) => checkEndpoint((group[0] as PreflightTarget).config.baseURL, group, env, fetch)));
  const found = problems.filter((p): p is string => p !== undefined);
  if (found.length) throw new UsersimError('E_CONFIG', `the model configuration is wrong, ${when}:\n  ${found.join('\n  ')}`);
}
