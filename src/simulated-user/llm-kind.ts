/**
 * The `llm:<model>` user kind: a model plays the user under the ledger
 * check, over the run's LLM session. Provenance records the model's sampling
 * settings and the user prompt's hash.
 */
import type { LlmSession } from '../llm/session.js';
import { createLlmUser } from './llm.js';
import { USER_PROMPT, userPromptHash } from './llm-user-prompt.js';
import type { UserKind } from './user-kind.js';

/** The model reference of an `llm:<model>` user spec, or undefined for other specs. */
export function llmUserModel(spec: string): string | undefined {
  return /^llm:(\S+)$/.exec(spec.trim())?.[1];
}

/** `llm:<model>` users over `session`. */
export function llmUserKind(session: LlmSession): UserKind<string> {
  return {
    kind: 'llm',
    usage: 'llm:<model>',
    parse: llmUserModel,
    name: (model) => `llm:${model}`,
    provenance: (model) => ({ ...session.sampling(session.client(model, `user llm:${model}`).config), prompt: { file: USER_PROMPT, hash: userPromptHash() } }),
    create: (model, { rng, meter, asks }) =>
      createLlmUser({ client: session.client(model, `user llm:${model}`).withMeter(meter), rng, name: `llm:${model}`, ...(asks ? { asks } : {}) }),
  };
}
