/**
 * Simulated-user variants by name, for the CLI's `--user` and the library API.
 * `agenda` is the deterministic user; LLM users register more kinds
 * (`llm:<model>`) with `registerUserKind`.
 */
import { UsersimError } from '../errors.js';
import type { UserVariant } from '../runner/runner.js';
import { createAgendaUser } from './agenda.js';

export type UserKindResolver = (spec: string) => UserVariant | undefined;

const kinds: UserKindResolver[] = [];

/** Adds a resolver for more user kinds. Later registrations win. */
export function registerUserKind(resolver: UserKindResolver): void {
  kinds.unshift(resolver);
}

/** The user variant a spec names (`agenda`, or a registered kind). */
export function userVariant(spec: string): UserVariant {
  for (const kind of kinds) {
    const variant = kind(spec);
    if (variant) return variant;
  }
  if (spec !== 'agenda') throw new UsersimError('E_USAGE', `unknown user "${spec}"; expected agenda${kinds.length ? ' or llm:<model>' : ''}`);
  return { name: 'agenda', create: ({ rng, asks }) => createAgendaUser({ seed: rng, ...(asks ? { asks } : {}) }) };
}
