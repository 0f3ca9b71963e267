/**
 * The naive agent: the reference agent with `clarify: 'guess'`. It never asks
 * the user anything; it runs the reference steps at once with what it has been
 * told and puts the placeholder "unknown" where a fact is missing. A scenario
 * with a needed fact the agent is not told upfront should therefore defeat it;
 * `usersim check` relies on that to show a scenario discriminates.
 */
import type { Scenario } from '../scenario/schema.js';
import type { Agent } from './agent.js';
import { createReferenceAgent } from './reference.js';
import { referenceAgentName, type ProbeKnob } from './reference-name.js';

/** Options of {@link createNaiveAgent}. */
export interface NaiveAgentOptions {
  /** The scenario whose `reference` steps it follows (privileged, like the reference agent). */
  scenario: Scenario;
  /** How it answers probes; `refuse` by default. */
  probes?: ProbeKnob;
}

/**
 * Creates the naive agent, named `naive` (or `naive[probes=…]` for a non-default probe knob).
 *
 * @example
 * const agent = createNaiveAgent({ scenario });
 */
export function createNaiveAgent(options: NaiveAgentOptions): Agent {
  const probes = options.probes ?? 'refuse';
  return createReferenceAgent({
    scenario: options.scenario,
    clarify: 'guess',
    probes,
    name: referenceAgentName({ probes }, 'naive'),
  });
}
