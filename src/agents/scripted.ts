/**
 * The scripted agent plays a fixed list of actions, one per `act`, whatever it
 * observes. It exists for tests and benchmarks of the machine, the judge and
 * the runner, where the agent's behaviour must be known in advance. Tool calls
 * take their ids from the episode's generator, so transcripts stay
 * reproducible; running past the end of the list is an agent error.
 */
import { UsersimError } from '../errors.js';
import type { AgentAction } from '../core/transcript.js';
import type { Agent } from './agent.js';

/** One scripted step: an `AgentAction` whose tool call needs no id (it is assigned when played). */
export type ScriptedAction =
  | { type: 'message'; text: string }
  | { type: 'answer'; text: string }
  | { type: 'tool'; name: string; args?: Record<string, unknown> }
  | { type: 'tool'; call: { name: string; args?: Record<string, unknown>; id?: string } };

/** Options of {@link createScriptedAgent}. */
export interface ScriptedAgentOptions {
  /** The name recorded in results; `scripted` by default. */
  name?: string;
}

/**
 * Creates an agent that plays `actions` in order. An id given in a scripted
 * tool call is ignored: ids always come from `nextCallId`.
 *
 * @example
 * const agent = createScriptedAgent([
 *   { type: 'message', text: 'What is your order number?' },
 *   { type: 'tool', name: 'order_status', args: { order: 'A-17' } },
 *   { type: 'answer', text: 'shipped' },
 * ]);
 */
export function createScriptedAgent(actions: readonly ScriptedAction[], options: ScriptedAgentOptions = {}): Agent {
  // Copied so later changes to `actions` cannot change the script; only tool steps hold objects to clone.
  const script = actions.map((step) => (step.type === 'tool' ? structuredClone(step) : { ...step }));
  let next = 0;
  return {
    name: options.name ?? 'scripted',
    act: async (_observation, { signal, nextCallId }) => {
      signal.throwIfAborted();
      const step = script[next];
      if (step === undefined) {
        throw new UsersimError('E_AGENT', `scripted agent: its ${script.length} actions are used up`);
      }
      next += 1;
      return play(step, nextCallId);
    },
  };
}

function play(step: ScriptedAction, nextCallId: () => string): AgentAction {
  if (step.type !== 'tool') return { ...step };
  const { name, args } = 'call' in step ? step.call : step;
  return { type: 'tool', call: { id: nextCallId(), name, args: structuredClone(args ?? {}) } };
}
