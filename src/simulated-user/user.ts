/**
 * The simulated user. It holds the goal and the hidden facts and replies to the
 * agent, declaring which facts each reply disclosed; the episode machine writes
 * those declarations to the fact ledger.
 */
import type { Fact, Goal, Unknown, UserRule, UserStyle } from '../scenario/schema.js';
import type { LedgerEntry } from './ledger.js';

/** Why a simulated user ends the conversation. */
export type UserStopReason = 'goal_met' | 'out_of_scope' | 'gave_up';

/** The user's side of the conversation. */
export interface UserView {
  /** The turn this reply will be (1 is the opening). */
  turn: number;
  persona: string;
  /** How the user writes (the persona's style); plain normal text when absent. */
  style?: UserStyle;
  /** Reactive rules, tried in order before the disclosure rules. */
  rules?: readonly UserRule[];
  goal: string;
  opening?: string;
  /**
   * With `user.goals`: the requests in order and how many the agent has
   * answered. When the agent has just answered and requests remain, the user
   * opens the next one (`requests[answered]`) instead of stopping.
   */
  goals?: { requests: readonly Goal[]; answered: number };
  facts: readonly Fact[];
  unknowns: readonly Unknown[];
  maxDisclosuresPerTurn: number;
  /** The conversation so far, from the user's side: its own messages and the agent's messages and answers. */
  conversation: readonly { role: 'user' | 'agent'; text: string; kind?: 'message' | 'answer' }[];
  /** What has been disclosed so far. */
  ledger: readonly LedgerEntry[];
}

export interface UserReply {
  message: string;
  /** Facts this message discloses, with whether the agent asked for each and, if so, why the recogniser thought so. */
  disclosed: readonly { factId: string; asked: boolean; why?: string }[];
  /** Facts whose true value this message gives in place of a wrong one said before (a rule's `correct`). */
  corrected?: readonly string[];
  stop?: UserStopReason;
  /**
   * Set by simulators that check their own replies (the LLM user) when a reply
   * had to be regenerated: the rules the returned reply still breaks (empty
   * when a regeneration fixed it) and how many regenerations were made. A
   * non-empty `violations` is a simulator-validity event.
   */
  validity?: { violations: string[]; regenerations: number };
}

export interface SimulatedUser {
  readonly name: string;
  reply(view: UserView, options: { signal: AbortSignal }): Promise<UserReply>;
}
