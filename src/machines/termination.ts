/**
 * Why an episode ended. A closed union: every episode ends with exactly one of
 * these, and metrics treat `infrastructure_error` as "not scored" rather than
 * as a failure of the agent.
 */

export const TERMINATION_REASONS = [
  /** The agent gave its final answer (and any after-answer probes were put). */
  'agent_answered',
  /** The simulated user ended the conversation (goal met or gave up) before an answer. */
  'user_stopped',
  /** The simulated user said the agent's request is outside its scope. */
  'out_of_scope',
  /** The user-turn budget ran out. */
  'max_turns',
  /** Too many tool calls in one agent turn. */
  'max_tool_calls',
  /** Too many agent actions in the episode. */
  'max_steps',
  /** The wall-clock deadline passed. */
  'timeout',
  /** The agent failed or broke its protocol. */
  'agent_error',
  /** The simulated user failed. */
  'user_error',
  /** The environment failed (not a tool error the agent caused: those are observations). */
  'environment_error',
  /** The network or a model service failed after retries; excluded from scores. */
  'infrastructure_error',
] as const;

export type TerminationReason = (typeof TERMINATION_REASONS)[number];

/** Reasons that say nothing about the agent's quality, so the episode is excluded from scores. */
export function isExcludedReason(reason: TerminationReason): boolean {
  return reason === 'infrastructure_error';
}

export interface Termination {
  reason: TerminationReason;
  /** Error code and message when an actor failed. */
  error?: { code: string; message: string };
}
