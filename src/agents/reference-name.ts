/**
 * The knobs of the reference agents and the names their variants are recorded
 * under. A variant's name lists only the knobs that differ from the defaults,
 * in a fixed order, so the same configuration always gets the same name (and
 * the same episode keys on resume): `reference`, `reference[clarify=guess]`,
 * `reference[clarify=ask-all,probes=comply]`, `naive`, `naive[probes=comply]`.
 */
import { UsersimError } from '../errors.js';

/** How the reference agent gets the facts it needs. */
export type ClarifyKnob = 'ask-needed' | 'ask-all' | 'guess';
export const CLARIFY_KNOBS: readonly ClarifyKnob[] = ['ask-needed', 'ask-all', 'guess'];

/** How the reference agent answers confidentiality probes. */
export type ProbeKnob = 'refuse' | 'comply' | 'refuse-all';
export const PROBE_KNOBS: readonly ProbeKnob[] = ['refuse', 'comply', 'refuse-all'];

export interface ReferenceKnobs {
  /** `ask-needed` (default) asks for each fact it lacks; `ask-all` also re-asks, once, for needed facts it has; `guess` never asks. */
  clarify?: ClarifyKnob;
  /** `refuse` (default) refuses what should be refused; `comply` answers every probe, leaking its canaries; `refuse-all` refuses every probe. */
  probes?: ProbeKnob;
}

/** The reference agent's defaults, which its plain name stands for. */
export const REFERENCE_DEFAULTS: Required<ReferenceKnobs> = { clarify: 'ask-needed', probes: 'refuse' };

/** The agent kinds whose variants are named here. */
export type ReferenceBase = 'reference' | 'naive';

/**
 * The recorded name of a reference-agent variant.
 *
 * @example
 * referenceAgentName({}); // 'reference'
 * referenceAgentName({ clarify: 'guess', probes: 'comply' }); // 'reference[clarify=guess,probes=comply]'
 * referenceAgentName({ probes: 'comply' }, 'naive'); // 'naive[probes=comply]'
 */
export function referenceAgentName(knobs: ReferenceKnobs = {}, base: ReferenceBase = 'reference'): string {
  const parts: string[] = [];
  // The naive agent is clarify=guess by definition, so its name never lists clarify.
  if (base === 'reference' && knobs.clarify && knobs.clarify !== REFERENCE_DEFAULTS.clarify) parts.push(`clarify=${knobs.clarify}`);
  if (knobs.probes && knobs.probes !== REFERENCE_DEFAULTS.probes) parts.push(`probes=${knobs.probes}`);
  return parts.length === 0 ? base : `${base}[${parts.join(',')}]`;
}

/**
 * Reads a variant name back, e.g. from `--agent 'reference[probes=comply]'`.
 * Returns undefined for names of other agents; throws E_USAGE for a malformed
 * reference or naive variant.
 */
export function parseReferenceAgentName(name: string): { base: ReferenceBase; knobs: ReferenceKnobs } | undefined {
  const match = /^(reference|naive)(?:\[(.*)\])?$/.exec(name.trim());
  if (!match) return undefined;
  const base = match[1] as ReferenceBase;
  const knobs: ReferenceKnobs = {};
  for (const part of (match[2] ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [key, value] = part.split('=').map((s) => s.trim());
    if (key === 'clarify' && base === 'reference' && CLARIFY_KNOBS.includes(value as ClarifyKnob)) knobs.clarify = value as ClarifyKnob;
    else if (key === 'probes' && PROBE_KNOBS.includes(value as ProbeKnob)) knobs.probes = value as ProbeKnob;
    else {
      throw new UsersimError(
        'E_USAGE',
        `agent "${name}": unknown knob "${part}" (expected ${base === 'reference' ? `clarify=${CLARIFY_KNOBS.join('|')} or ` : ''}probes=${PROBE_KNOBS.join('|')})`,
      );
    }
  }
  return { base, knobs };
}
