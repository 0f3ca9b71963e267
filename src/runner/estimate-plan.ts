/**
 * The bridge from a run plan (scenarios, agent specs, user spec, judge spec,
 * seeds, conditions) to the episodes the cost estimate reads: which roles are
 * model-backed in each episode, with which model config and which prompt
 * text. It resolves specs without creating clients, so a dry run needs no API
 * key and opens no cache.
 */
import type { ToolSpec } from '../environment/environment.js';
import { parseLlmAgentSpec, type LlmAgentSpec } from '../agents/llm-agent-name.js';
import type { PromptTemplate } from '../agents/prompt-parts.js';
import { applyCondition } from './conditions.js';
import type { Condition } from './result.js';
import type { LoadedScenario, Scenario } from '../scenario/schema.js';
import { estimateCost, type CostEstimate, type EstimatedEpisode } from '../llm/estimate.js';
import { readPromptFile } from '../llm/prompt-file.js';
import type { LlmSession } from '../llm/session.js';
import { llmAgentTemplate } from '../agents/llm-kinds.js';
import { USER_PROMPT } from '../simulated-user/llm-user-prompt.js';
import type { ModelConfig } from '../llm/model-config.js';
import { ASKS_PROMPT } from '../asks/llm.js';

/** What `estimateRunCost` needs: the same inputs as the run. */
export interface EstimatePlan {
  scenarios: readonly (LoadedScenario | Scenario)[];
  /** Agent specs, as given to `--agent`. */
  agents: readonly string[];
  /** The user spec (`agenda` or `llm:<model>`). */
  user: string;
  /** The judge spec (`--judge`); absent or `deterministic` for none. */
  judge?: string | undefined;
  /** The ask recogniser spec (`--asks`); only `llm:<model>` makes requests. */
  asks?: string | undefined;
  /** The seeds, or how many. */
  seeds: readonly number[] | number;
  conditions?: readonly Condition[];
  /** The tools an agent would see in a scenario (for the size of the tool specs); a fixed guess without it. */
  tools?: (scenario: Scenario) => readonly ToolSpec[] | undefined;
}

/** What the plan needs to know of models and prompts. */
export interface PlanResolvers {
  configOf(ref: string): ModelConfig;
  templateOf(spec: LlmAgentSpec): PromptTemplate;
  userPrompt(): string;
  asksPrompt(): string;
}

/** Every planned episode, with its model-backed roles. */
export function planForEstimate(plan: EstimatePlan, resolve: PlanResolvers): EstimatedEpisode[] {
  const seeds = typeof plan.seeds === 'number' ? plan.seeds : plan.seeds.length;
  const conditions = plan.conditions ?? ['sharded'];
  const userRef = /^llm:(\S+)$/.exec(plan.user.trim())?.[1];
  const user = userRef === undefined ? undefined : { config: resolve.configOf(userRef), promptText: resolve.userPrompt() };
  const judgeRef = plan.judge?.trim();
  const judge = judgeRef && judgeRef !== 'deterministic' ? { config: resolve.configOf(judgeRef) } : undefined;
  const asksRef = plan.asks === undefined ? undefined : /^llm:(\S+)$/.exec(plan.asks.trim())?.[1];
  const asks = asksRef === undefined ? undefined : { config: resolve.configOf(asksRef), promptText: resolve.asksPrompt() };
  const agents = plan.agents.map((spec) => {
    const parsed = parseLlmAgentSpec(spec);
    if (!parsed || parsed.kind === 'http') return undefined;
    return { config: resolve.configOf(parsed.model), promptText: resolve.templateOf(parsed).text };
  });
  const out: EstimatedEpisode[] = [];
  for (const entry of plan.scenarios) {
    const base = 'scenario' in entry ? entry.scenario : entry;
    for (const condition of conditions) {
      const scenario = applyCondition(base, condition);
      const tools = plan.tools?.(scenario);
      for (const agent of agents) {
        const episode: EstimatedEpisode = {
          scenario,
          ...(agent ? { agent } : {}),
          ...(user ? { user } : {}),
          ...(judge ? { judge } : {}),
          ...(asks ? { asks } : {}),
          ...(tools ? { tools } : {}),
        };
        for (let i = 0; i < seeds; i++) out.push(episode);
      }
    }
  }
  return out;
}

/**
 * The `--dry-run` estimate for a plan over a session's models: makes no
 * requests, creates no clients and needs no keys.
 */
export function estimateRunCost(session: Pick<LlmSession, 'config'>, plan: EstimatePlan): CostEstimate {
  return estimateCost(planForEstimate(plan, { configOf: (ref) => session.config(ref), templateOf: llmAgentTemplate, userPrompt: () => readPromptFile(USER_PROMPT), asksPrompt: () => readPromptFile(ASKS_PROMPT) }));
}
