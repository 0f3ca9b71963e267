/**
 * The LLM judge kind: any other `--judge` spec names a model, which labels
 * refusals, extracts answers and grades rubrics over the run's LLM session.
 * It parses every spec, so it belongs after the deterministic kind.
 */
import type { LlmSession } from '../llm/session.js';
import type { JudgeKind } from './judge-kind.js';
import { createLlmJudge, llmJudgeProvenance, type LlmJudgeOptions } from './llm-judge.js';

/** Options the LLM judge takes beyond its model. */
export type LlmJudgeKindOptions = Pick<LlmJudgeOptions, 'refusal' | 'extraction' | 'rubric'>;

/** Model judges over `session`. */
export function llmJudgeKind(session: LlmSession, options: LlmJudgeKindOptions = {}): JudgeKind<string> {
  const judgeOptions = (model: string) => ({ client: session.client(model, `judge ${model}`), ...options, name: `llm:${model}` });
  return {
    kind: 'llm',
    usage: '<model>',
    parse: (spec) => (spec.trim() === '' ? undefined : spec.trim()),
    name: (model) => `llm:${model}`,
    provenance: (model) => {
      const made = judgeOptions(model);
      return { ...session.sampling(made.client.config), prompts: llmJudgeProvenance(made).prompts };
    },
    create: (model) => createLlmJudge(judgeOptions(model)),
  };
}
