/**
 * A scenario's persona is either plain text or `{ description, style }`;
 * these read either form, so the rest of the code sees a description and a style.
 */
import type { Persona, UserStyle } from './schema.js';

/** The persona's description. */
export function personaText(persona: Persona): string {
  return typeof persona === 'string' ? persona : persona.description;
}

/** The persona's writing style; plain normal text when none is given. */
export function personaStyle(persona: Persona): UserStyle {
  return typeof persona === 'string' ? { verbosity: 'normal', typos: 0 } : persona.style;
}
