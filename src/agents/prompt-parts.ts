/**
 * System prompts for LLM agents, composed from named parts. A part is a file
 * `prompts/<name>.md` (our own words: `baseline`, `confidentiality`); a
 * variant picks its parts in its spec (`[prompts=baseline+confidentiality]`),
 * which is how confidentiality variants of one model are made and compared.
 * The composed prompt is the parts in order, then the protocol text of the
 * agent kind (how to call tools and give the final answer), then the
 * scenario's task context. Its template (everything but the context) is
 * hashed with sha256 so the manifest can say exactly which words each
 * variant was given; the context is covered by the scenario's own hash.
 */
import { UsersimError } from '../errors.js';
import { PROMPTS_DIR, readPromptFile } from '../llm/prompt-file.js';
import { sha256 } from '../util/hash.js';

/** The parts used when a spec names none. */
export const DEFAULT_PROMPT_PARTS: readonly string[] = ['baseline'];

/** Part names are file names: lowercase letters, digits and `-`, so variant names and episode keys stay portable. */
const PART_NAME = /^[a-z0-9][a-z0-9-]*$/;

/** A composed prompt template: the part names, their text joined, and its hash. */
export interface PromptTemplate {
  /** Part names in order. */
  parts: readonly string[];
  /** The protocol file used (e.g. `protocol/openai-tools`). */
  protocol: string;
  /** Parts then protocol, joined by blank lines; may hold `{{slots}}` the agent fills per episode. */
  text: string;
  /** sha256 (hex) of `text`. */
  hash: string;
}

/** What goes into the manifest for one agent variant. */
export interface PromptProvenance {
  parts: string[];
  protocol: string;
  hash: string;
}

/**
 * Checks part names and removes repeats (the first occurrence keeps its
 * place). Throws `E_USAGE` for a name that is not a valid part name.
 */
export function normalizePromptParts(parts: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of parts) {
    const name = raw.trim();
    if (!PART_NAME.test(name)) {
      throw new UsersimError('E_USAGE', `prompt part "${raw}": expected a name of lowercase letters, digits and "-" (a file prompts/<name>.md)`);
    }
    if (!out.includes(name)) out.push(name);
  }
  if (out.length === 0) throw new UsersimError('E_USAGE', 'expected at least one prompt part');
  return out;
}

/**
 * Reads and joins the parts and the protocol text. Throws `E_CONFIG` when a
 * part file does not exist.
 *
 * @example composePromptTemplate(['baseline', 'confidentiality'], 'protocol/openai-tools').hash
 */
export function composePromptTemplate(parts: readonly string[], protocol: string, dir: string = PROMPTS_DIR): PromptTemplate {
  const names = normalizePromptParts(parts);
  const text = [...names.map((name) => readPromptFile(name, dir)), readPromptFile(protocol, dir)].join('\n\n');
  return { parts: names, protocol, text, hash: sha256(text) };
}

/** The system prompt of one episode: the (filled) template, then the scenario's task context under its own heading. */
export function systemPromptWithContext(template: string, context: string): string {
  const trimmed = context.trim();
  return trimmed === '' ? template : `${template}\n\n# Task context\n\n${trimmed}`;
}

/** The manifest entry for a template. */
export function promptProvenanceOf(template: PromptTemplate): PromptProvenance {
  return { parts: [...template.parts], protocol: template.protocol, hash: template.hash };
}
