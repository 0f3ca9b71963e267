/**
 * The `llm:<model>` ask recogniser kind: a model is consulted when the rules
 * miss a request, over the run's LLM session.
 */
import type { LlmSession } from '../llm/session.js';
import type { AskKind } from './ask-kind.js';
import { ASKS_PROMPT, asksPromptHash, createLlmAskRecogniser } from './llm.js';

/** `llm:<model>` recognisers over `session`. */
export function llmAskKind(session: LlmSession): AskKind<string> {
  return {
    kind: 'llm',
    usage: 'llm:<model>',
    parse: (spec) => /^llm:(\S+)$/.exec(spec.trim())?.[1],
    name: (model) => `llm:${model}`,
    provenance: (model) => ({ name: `llm:${model}`, ...session.sampling(session.client(model, 'asks').config), prompt: { file: ASKS_PROMPT, hash: asksPromptHash() } }),
    create: (model, { meter }) => createLlmAskRecogniser({ client: session.client(model, 'asks').withMeter(meter), name: `llm:${model}` }),
  };
}
