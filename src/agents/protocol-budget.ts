/**
 * The protocol-error budget of an LLM agent. A model that breaks its protocol
 * (malformed tool-call JSON, a reply with no valid tag, an empty reply) is
 * told what went wrong and asked again; each such slip counts, and once an
 * episode has had more than the budget allows the agent fails with
 * `E_AGENT` (termination `agent_error`). Forgiving a few slips keeps one bad
 * sample from deciding an episode; the cap keeps a model that cannot follow
 * the protocol from looping until the step budget.
 */
import { UsersimError } from '../errors.js';

/** Protocol errors forgiven per episode by default; the next one fails the episode. */
export const DEFAULT_MAX_PROTOCOL_ERRORS = 3;

/** One episode's count of protocol errors. */
export interface ProtocolBudget {
  /** Errors counted so far. */
  readonly count: number;
  /** Counts one error; throws `E_AGENT` when the count passes the limit. */
  spend(problem: string): void;
}

/** Creates a budget for one episode of agent `name`. */
export function createProtocolBudget(name: string, max: number = DEFAULT_MAX_PROTOCOL_ERRORS): ProtocolBudget {
  if (!Number.isInteger(max) || max < 0) throw new UsersimError('E_CONFIG', `${name}: maxProtocolErrors must be a whole number ≥ 0, got ${max}`);
  let count = 0;
  return {
    get count() {
      return count;
    },
    spend: (problem) => {
      count += 1;
      if (count > max) {
        throw new UsersimError('E_AGENT', `${name}: protocol error ${count} in this episode (at most ${max} are forgiven): ${problem}`);
      }
    },
  };
}
