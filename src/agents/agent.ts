/**
 * The agent under test. An agent sees only its `Observation`: the task context,
 * the tool specs, and the conversation from its side (user messages, its own
 * actions, tool results). It never sees facts, expected answers or probe
 * canaries; `test/contracts/agent.contract.ts` checks this for every adapter.
 */
import type { ToolSpec } from '../environment/environment.js';
import type { AgentAction, ToolOutcome } from '../core/transcript.js';

/** One entry of the agent's view of the conversation. */
export type AgentMessage =
  | { role: 'user'; text: string }
  | { role: 'agent'; action: AgentAction }
  | { role: 'tool'; callId: string; name: string; outcome: ToolOutcome };

export interface Observation {
  /** The scenario's `agent.context`. */
  context: string;
  tools: readonly ToolSpec[];
  messages: readonly AgentMessage[];
}

export interface ActOptions {
  /** Aborted when the episode is cancelled or its deadline passes. */
  signal: AbortSignal;
  /** Id for the next tool call, from the episode's seeded generator. */
  nextCallId: () => string;
}

/** An agent instance serves one episode. It may keep state between calls, but must be deterministic given its seed. */
export interface Agent {
  /** Variant name recorded in results, e.g. `reference`, `naive`, `openai-tools:gpt-4o`. */
  readonly name: string;
  act(observation: Observation, options: ActOptions): Promise<AgentAction>;
}
