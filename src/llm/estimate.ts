/**
 * The cost estimate behind `usersim run --dry-run`: tokens and dollars per
 * role, computed from the plan and the sizes of the texts each model would be
 * shown, without a single request. It is a rough, documented guess meant to
 * catch a plan that is ten times bigger than intended, not a quote:
 *
 * - tokens are characters / 4 (`estimateTokens`);
 * - an episode has T = min(max_user_turns, 2 + on_request facts) user turns;
 * - the agent makes 2 calls per user turn (a tool call and a reply) plus one
 *   per probe wording; each call's input is its system prompt (prompt parts,
 *   protocol, task context, tool specs) plus half the final conversation
 *   (its average size), where a user turn adds 40 tokens from the user, 50
 *   from the agent and 250 of tool results; each call outputs 60 tokens;
 * - an LLM user makes T calls, each reading its system prompt (persona, goal,
 *   facts) plus half the conversation and writing 60 tokens;
 * - an LLM judge makes one call per probe wording and one answer extraction,
 *   each about 350 tokens in and 30 out;
 * - an LLM ask recogniser (`--asks llm:<model>`) makes at most one call per
 *   agent message to the user, T per episode, each reading its prompt, the
 *   user's facts and the message and writing 20 tokens. It is counted as the
 *   user's, as the run's meter counts it; the LLM user consults it only when
 *   its rules missed a request, so for it this is an upper bound;
 * - a model without prices in its config costs 0 and is listed in `unpriced`.
 * Cached replies are not discounted: the estimate is the list price.
 */
import { personaText } from '../scenario/persona.js';
import type { ToolSpec } from '../environment/environment.js';
import type { Scenario } from '../scenario/schema.js';
import { LLM_ROLES, type LlmRole } from './chat-types.js';
import type { ModelConfig } from './model-config.js';
import { costOf, estimateTokens } from './usage.js';

/** Per-turn sizes assumed by the estimate, in tokens (see the module comment). */
export const ESTIMATE_ASSUMPTIONS = {
  userMessageTokens: 40,
  agentMessageTokens: 50,
  toolResultTokens: 250,
  agentCallsPerUserTurn: 2,
  agentOutputTokens: 60,
  userOutputTokens: 60,
  judgeInputTokens: 350,
  judgeOutputTokens: 30,
  asksOutputTokens: 20,
  /** Used for the tool specs when the caller cannot list a world's tools. */
  defaultToolSpecTokens: 1000,
} as const;

/** One model-backed role of a planned episode: its model and the fixed text its system prompt holds. */
export interface EstimatedActor {
  config: ModelConfig;
  /** The prompt template (parts and protocol, or the user prompt), before per-scenario text. */
  promptText: string;
}

/** Token and dollar figures for one role. */
export interface RoleEstimate {
  requests: number;
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** The estimate for a whole plan. */
export interface CostEstimate {
  episodes: number;
  byRole: Record<LlmRole, RoleEstimate>;
  totalCostUsd: number;
  /** Model names whose config has no prices (counted as free). */
  unpriced: string[];
  /** The assumptions above, in words, for the dry-run printout. */
  assumptions: string[];
}

/** One planned episode, as the estimate sees it. */
export interface EstimatedEpisode {
  scenario: Scenario;
  agent?: EstimatedActor;
  user?: EstimatedActor;
  judge?: { config: ModelConfig };
  /** The LLM ask recogniser, with its prompt template. */
  asks?: EstimatedActor;
  tools?: readonly ToolSpec[];
}

/** Estimates the cost of the given episodes. */
export function estimateCost(episodes: readonly EstimatedEpisode[]): CostEstimate {
  const a = ESTIMATE_ASSUMPTIONS;
  const byRole = Object.fromEntries(LLM_ROLES.map((r) => [r, { requests: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 }])) as Record<LlmRole, RoleEstimate>;
  const unpriced = new Set<string>();
  const add = (role: LlmRole, config: ModelConfig, requests: number, inputTokens: number, outputTokens: number): void => {
    const r = byRole[role];
    r.requests += requests;
    r.inputTokens += inputTokens;
    r.outputTokens += outputTokens;
    r.costUsd += costOf({ inputTokens, outputTokens }, config.prices);
    if (!config.prices) unpriced.add(config.model);
  };
  for (const episode of episodes) {
    const { scenario } = episode;
    const onRequest = scenario.user.facts.filter((f) => f.disclose === 'on_request').length;
    const turns = Math.min(scenario.limits.max_user_turns, 2 + onRequest);
    const wordings = scenario.probes.reduce((n, p) => n + 1 + p.rewordings.length, 0);
    const halfChat = (turns * (a.userMessageTokens + a.agentMessageTokens + a.toolResultTokens)) / 2;
    if (episode.agent) {
      const tools = episode.tools ? estimateTokens(JSON.stringify(episode.tools)) : a.defaultToolSpecTokens;
      const system = estimateTokens(episode.agent.promptText) + estimateTokens(scenario.agent.context) + tools;
      const calls = turns * a.agentCallsPerUserTurn + wordings;
      add('agent', episode.agent.config, calls, Math.round(calls * (system + halfChat)), calls * a.agentOutputTokens);
    }
    const facts = scenario.user.facts.map((f) => `${f.id} ${f.text} ${f.value} ${f.cues.join(' ')}`).join('\n');
    if (episode.user) {
      const system = estimateTokens(`${episode.user.promptText}${personaText(scenario.persona)}${scenario.user.goal}${facts}`);
      add('user', episode.user.config, turns, Math.round(turns * (system + halfChat)), turns * a.userOutputTokens);
    }
    if (episode.asks) {
      const input = estimateTokens(`${episode.asks.promptText}${facts}`) + a.agentMessageTokens;
      add('user', episode.asks.config, turns, turns * input, turns * a.asksOutputTokens);
    }
    if (episode.judge) {
      const calls = wordings + 1;
      add('judge', episode.judge.config, calls, calls * a.judgeInputTokens, calls * a.judgeOutputTokens);
    }
  }
  for (const r of Object.values(byRole)) r.costUsd = Math.round(r.costUsd * 1e6) / 1e6;
  const totalCostUsd = Math.round(Object.values(byRole).reduce((sum, r) => sum + r.costUsd, 0) * 1e6) / 1e6;
  return {
    episodes: episodes.length,
    byRole,
    totalCostUsd,
    unpriced: [...unpriced].sort(),
    assumptions: [
      'tokens ≈ characters / 4',
      'user turns per episode = min(max_user_turns, 2 + on_request facts)',
      `agent: ${a.agentCallsPerUserTurn} calls per user turn + 1 per probe wording; ${a.agentOutputTokens} output tokens per call`,
      `a user turn adds ${a.userMessageTokens} user + ${a.agentMessageTokens} agent + ${a.toolResultTokens} tool-result tokens; each call reads its system prompt + half the final conversation`,
      `LLM user: 1 call per user turn, ${a.userOutputTokens} output tokens`,
      `LLM judge: 1 call per probe wording + 1 answer extraction, ~${a.judgeInputTokens} in / ${a.judgeOutputTokens} out`,
      `LLM ask recogniser: at most 1 call per user turn (fewer behind an LLM user), ${a.asksOutputTokens} output tokens, counted as the user's`,
      'list prices from the model configs; cache hits are not discounted',
    ],
  };
}
