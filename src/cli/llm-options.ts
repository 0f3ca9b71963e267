/**
 * The flags every command that runs episodes shares for LLM actors, and the
 * session they open. Keys never pass through here: configs name the
 * environment variable that holds a key.
 */
import { Option, type Command } from 'commander';
import { UsersimError } from '../errors.js';
import { createLlmSession, type LlmSession } from '../llm/session.js';
import { crmPack } from '../packs/crm/pack.js';
import { llmKinds } from '../registry/llm-kinds.js';
import { createRegistry, type Registry } from '../registry/registry.js';
import type { UsageSnapshot } from '../llm/usage.js';
import { renderTable } from '../report/terminal-table.js';

export interface LlmFlags {
  judge?: string;
  /** `--asks`: the ask recogniser users consult, `deterministic` (default) or `llm:<model>`. */
  asks?: string;
  baseUrl?: string;
  config?: string;
  /** False with --no-cache. */
  cache: boolean;
  cacheDir?: string;
  maxCost?: number;
}

function dollars(value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new UsersimError('E_USAGE', `--max-cost expects a positive number of US dollars (got "${value}")`);
  return n;
}

/** Adds the LLM flags to a command. */
export function addLlmOptions(command: Command): Command {
  return command
    .option('-j, --judge <model>', 'judge: deterministic (default) or a model for refusal labels and answer extraction')
    .option('--asks <spec>', 'ask recogniser: deterministic (default) or llm:<model>, consulted when the rules miss a request')
    .option('--base-url <url>', 'OpenAI-compatible endpoint for every model (default https://api.openai.com/v1)')
    .option('--config <file>', 'model config file (default ./usersim.config.yaml when present)')
    .option('--no-cache', 'do not read or write the response cache')
    .option('--cache-dir <dir>', 'response cache directory (default .usersim/cache)')
    .addOption(new Option('--max-cost <usd>', 'stop scheduling new episodes once this much is spent').argParser(dollars));
}

/** The CLI's session and the registry over it. */
export interface CliKinds {
  session: LlmSession;
  /** The built-in kinds, the CRM pack, and the session's LLM kinds. */
  registry: Registry;
}

/** Opens the session and the registry the CLI resolves every spec with. */
export function openLlmSession(flags: LlmFlags): CliKinds {
  const session = createLlmSession({
    ...(flags.config ? { configFile: flags.config } : {}),
    ...(flags.baseUrl ? { baseURL: flags.baseUrl } : {}),
    ...(flags.cacheDir ? { cacheDir: flags.cacheDir } : {}),
    noCache: !flags.cache,
    ...(flags.maxCost ? { maxCostUsd: flags.maxCost } : {}),
  });
  return { session, registry: createRegistry(crmPack(), llmKinds(session)) };
}

/** Per-role model usage for the end of a run, or '' when no model was called. */
export function renderUsage(usage: UsageSnapshot, budget: { maxUsd: number | null; spentUsd: number }): string {
  const roles = (['agent', 'user', 'judge'] as const).filter((r) => usage.byRole[r].requests + usage.byRole[r].failedRequests > 0);
  if (roles.length === 0) return '';
  const table = renderTable(
    ['role', 'requests', 'cached', 'failed', 'input tokens', 'output tokens', 'spent $', 'list $'],
    roles.map((r) => {
      const u = usage.byRole[r];
      return [r, u.requests, u.cachedRequests, u.failedRequests, u.inputTokens, u.outputTokens, u.costUsd.toFixed(4), u.listCostUsd.toFixed(4)];
    }),
  );
  const cap = budget.maxUsd === null ? '' : ` of a $${budget.maxUsd} budget`;
  return `\nmodel usage\n${table}\nspent $${budget.spentUsd.toFixed(4)}${cap}`;
}
