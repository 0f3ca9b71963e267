/**
 * Agent variants by name: the registry that turns a spec such as `reference`,
 * `naive[probes=comply]` or `reference[clarify=guess]` into a factory the
 * runner calls once per episode. The CLI's `--agent` and the library API go
 * through the same function, so a name means the same agent everywhere.
 * LLM-backed protocols register here too (`registerAgentKind`).
 */
import { UsersimError } from '../errors.js';
import type { AgentVariant } from '../runner/runner.js';
import { createNaiveAgent } from './naive.js';
import { parseReferenceAgentName, referenceAgentName } from './reference-name.js';
import { createReferenceAgent } from './reference.js';

/** Builds the variant for a spec of the kind's prefix (`kind:rest`), or undefined if the spec is not its own. */
export type AgentKindResolver = (spec: string) => AgentVariant | undefined;

const kinds: AgentKindResolver[] = [];

/** Adds a resolver for more agent kinds (e.g. `openai-tools:<model>`). Later registrations win. */
export function registerAgentKind(resolver: AgentKindResolver): void {
  kinds.unshift(resolver);
}

/**
 * The agent variant a spec names.
 *
 * @example
 * agentVariant('reference[clarify=guess,probes=comply]').name; // 'reference[clarify=guess,probes=comply]'
 */
export function agentVariant(spec: string): AgentVariant {
  for (const kind of kinds) {
    const variant = kind(spec);
    if (variant) return variant;
  }
  const parsed = parseReferenceAgentName(spec);
  if (!parsed) {
    throw new UsersimError('E_USAGE', `unknown agent "${spec}"; expected reference, naive, reference[clarify=…,probes=…]${kinds.length ? ' or an LLM agent such as openai-tools:<model>' : ''}`);
  }
  const { base, knobs } = parsed;
  // The canonical name, so knob order in the spec cannot split one variant into two keys.
  const name = referenceAgentName(knobs, base);
  return {
    name,
    create: ({ scenario }) =>
      base === 'naive'
        ? createNaiveAgent({ scenario, ...(knobs.probes ? { probes: knobs.probes } : {}) })
        : createReferenceAgent({ scenario, ...knobs, name }),
  };
}
