/**
 * The conversation as recorded: what each actor said or did, in order. Agents
 * see a filtered copy (`Observation`); the judge and metrics see all of it.
 */

/** A tool call the agent made. */
export interface ToolCall {
  /** Id unique within the episode, from the episode's seeded id generator. */
  id: string;
  name: string;
  args: Record<string, unknown>;
}

/** What the agent does in one step. */
export type AgentAction =
  | { type: 'tool'; call: ToolCall }
  /** A message to the user: a clarifying question, a remark, a refusal. */
  | { type: 'message'; text: string }
  | { type: 'answer'; text: string };

/** The outcome of a tool call, as the agent observes it. */
export type ToolOutcome =
  | { ok: true; value: unknown }
  | { ok: false; error: { code: string; message: string } };

export type TranscriptEntry =
  | {
      role: 'user';
      turn: number;
      text: string;
      /** Set when the machine injected a confidentiality probe instead of the simulated user speaking. */
      probe?: { id: string; wording: number };
      /** Fact ids disclosed in this message (empty for probes). */
      disclosed: string[];
      /** Set when a self-checking simulator (the LLM user) regenerated this reply; non-empty `violations` is a validity event. */
      validity?: { violations: string[]; regenerations: number };
      /** With `user.goals`: the id of the goal this message opens. */
      goal?: string;
    }
  | {
      role: 'agent';
      turn: number;
      action: AgentAction;
      /** Set when this action answers a probe. */
      probeResponse?: string;
      /** With `user.goals`: on an answer, the id of the goal it answers. */
      goal?: string;
    }
  | { role: 'tool'; turn: number; callId: string; name: string; outcome: ToolOutcome };
