/**
 * The `naive` agent kind: follows the reference steps without ever asking,
 * spelled `naive` or `naive[probes=…]`.
 */
import type { AgentKind } from './agent-kind.js';
import { createNaiveAgent } from './naive.js';
import { parseReferenceAgentName, referenceAgentName, type ReferenceKnobs } from './reference-name.js';

/** The naive agent as a kind. */
export const naiveAgentKind: AgentKind<ReferenceKnobs> = {
  kind: 'naive',
  usage: 'naive[probes=…]',
  parse: (spec) => {
    const parsed = parseReferenceAgentName(spec);
    return parsed?.base === 'naive' ? parsed.knobs : undefined;
  },
  name: (knobs) => referenceAgentName(knobs, 'naive'),
  create: (knobs, { scenario }) => createNaiveAgent({ scenario, ...(knobs.probes ? { probes: knobs.probes } : {}) }),
};
