/**
 * Rubric scoring by an LLM judge: the whole conversation, the user's goal and
 * a free-text rubric in, a score in [0, 1] with a short rationale out. It is
 * reported beside the task score (`Scores.rubric`) and never changes task
 * success, which stays with the deterministic checks and answer extraction.
 */
import { z } from 'zod';
import type { LlmClient } from '../llm/client.js';
import { fillTemplate, readPromptFile } from '../llm/prompt-file.js';
import type { TranscriptEntry } from '../core/transcript.js';
import { sha256 } from '../util/hash.js';
import type { JudgeInput } from './judge.js';
import { judgeCall } from './judge-call.js';

/** The prompt file of the rubric scorer. */
export const RUBRIC_PROMPT = 'judge/rubric';

// The range is checked by a refinement, which the JSON Schema leaves out: some strict structured-output endpoints reject `minimum`/`maximum`.
const RubricSchema = z.strictObject({ score: z.number().refine((x) => x >= 0 && x <= 1, 'expected a score from 0 to 1'), rationale: z.string() });

/** sha256 of the rubric prompt template (the rubric itself is hashed into the judge's provenance separately). */
export function rubricPromptHash(): string {
  return sha256(readPromptFile(RUBRIC_PROMPT));
}

/** Scores an episode against `rubric`. */
export async function scoreRubric(client: LlmClient, input: JudgeInput, rubric: string): Promise<{ score: number; rationale: string }> {
  const prompt = fillTemplate(readPromptFile(RUBRIC_PROMPT), {
    goal: input.scenario.user.goal,
    rubric: rubric.trim(),
    conversation: renderTranscript(input.transcript),
    answer: input.answer ?? '(none)',
  });
  return judgeCall(client, RubricSchema, 'rubric_score', prompt);
}

/** One line per entry, as the judge reads the conversation. */
export function renderTranscript(transcript: readonly TranscriptEntry[]): string {
  return transcript
    .map((e) => {
      if (e.role === 'user') return `CUSTOMER: ${e.text}`;
      if (e.role === 'tool') return `TOOL RESULT (${e.name}): ${JSON.stringify(e.outcome.ok ? e.outcome.value : e.outcome.error)}`;
      if (e.action.type === 'tool') return `ASSISTANT CALLS ${e.action.call.name} ${JSON.stringify(e.action.call.args)}`;
      return `ASSISTANT${e.action.type === 'answer' ? ' (final answer)' : ''}: ${e.action.text}`;
    })
    .join('\n');
}
