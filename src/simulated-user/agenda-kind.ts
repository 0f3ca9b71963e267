/** The `agenda` user kind: the deterministic, rule-following simulated user. */
import { createAgendaUser } from './agenda.js';
import type { UserKind } from './user-kind.js';

/** The agenda user as a kind. */
export const agendaUserKind: UserKind<'agenda'> = {
  kind: 'agenda',
  usage: 'agenda',
  parse: (spec) => (spec.trim() === 'agenda' ? 'agenda' : undefined),
  name: () => 'agenda',
  create: (_spec, { rng, asks }) => createAgendaUser({ seed: rng, ...(asks ? { asks } : {}) }),
};
