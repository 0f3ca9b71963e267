/**
 * The `reference` agent kind: the scripted oracle with knobs, spelled
 * `reference` or `reference[clarify=…,probes=…]`. Its variant name is the
 * canonical spelling, so knob order cannot split one variant into two keys.
 */
import type { AgentKind } from './agent-kind.js';
import { createReferenceAgent } from './reference.js';
import { parseReferenceAgentName, referenceAgentName, type ReferenceKnobs } from './reference-name.js';

/** The reference agent as a kind. */
export const referenceAgentKind: AgentKind<ReferenceKnobs> = {
  kind: 'reference',
  usage: 'reference[clarify=…,probes=…]',
  parse: (spec) => {
    const parsed = parseReferenceAgentName(spec);
    return parsed?.base === 'reference' ? parsed.knobs : undefined;
  },
  name: (knobs) => referenceAgentName(knobs, 'reference'),
  create: (knobs, { scenario }) => createReferenceAgent({ scenario, ...knobs, name: referenceAgentName(knobs, 'reference') }),
};
