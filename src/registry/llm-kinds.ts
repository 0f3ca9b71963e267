/**
 * The model-backed kinds of every family over one LLM session, as a registry
 * part, and the `llm` provenance a run records: what the kinds recorded plus
 * the session's cache and budget settings.
 *
 * @example
 * const session = createLlmSession({ maxCostUsd: 5 });
 * const registry = createRegistry(llmKinds(session));
 * registry.agent('react:gpt-4o-mini'); registry.judge('gpt-4o-mini');
 */
import { httpAgentKind, openAiToolsAgentKind, reactAgentKind } from '../agents/llm-kinds.js';
import { llmAskKind } from '../asks/llm-kind.js';
import { deterministicJudgeKind } from '../judge/deterministic-kind.js';
import { llmJudgeKind, type LlmJudgeKindOptions } from '../judge/llm-kind.js';
import type { ConcurrencyPlan } from '../llm/concurrency-plan.js';
import type { LlmSession } from '../llm/session.js';
import type { UsageSnapshot } from '../llm/usage.js';
import { llmUserKind } from '../simulated-user/llm-kind.js';
import type { Registry, RegistryParts } from './registry.js';

/** Options of {@link llmKinds}. */
export interface LlmKindsOptions {
  /** Options for LLM judges. */
  judge?: LlmJudgeKindOptions;
}

/** The LLM agent, user, judge and ask-recogniser kinds over `session`. */
export function llmKinds(session: LlmSession, options: LlmKindsOptions = {}): RegistryParts {
  return {
    agents: [openAiToolsAgentKind(session), reactAgentKind(session), httpAgentKind(session)],
    users: [llmUserKind(session)],
    // The LLM judge parses any spec, so `deterministic` is listed after it to keep winning.
    judges: [llmJudgeKind(session, options.judge ?? {}), deterministicJudgeKind],
    asks: [llmAskKind(session)],
  };
}

/** The manifest's `llm` provenance of a run: the kinds' records, then the session's cache and budget. */
export function llmProvenance(registry: Registry, session: LlmSession): { llm: Record<string, unknown> } {
  return { llm: { ...registry.provenance(), ...session.provenance() } };
}

/** What a run or study takes from an LLM session: the budget gate, provenance, usage and the preflight. */
export interface LlmRunHooks {
  shouldSchedule(): { ok: true } | { ok: false; reason: string };
  provenance(): Record<string, unknown>;
  usage(): UsageSnapshot;
  preflight(): Promise<void>;
  concurrency(requested?: number, stated?: number): ConcurrencyPlan;
}

/** The run hooks of a session whose kinds `registry` resolves (for `runStudy`'s `llm`, or a runner's config). */
export function llmRunHooks(registry: Registry, session: LlmSession): LlmRunHooks {
  return {
    shouldSchedule: () => session.shouldSchedule(),
    provenance: () => llmProvenance(registry, session),
    usage: () => session.usage(),
    preflight: () => session.preflight(),
    concurrency: (requested, stated) => session.concurrency(requested, stated),
  };
}
