/**
 * How a tool outcome is written into an LLM agent's conversation: the value as
 * JSON, or an `{"error": {code, message}}` object, so the model can tell a
 * result from a failure. Shared by the tool-calling and ReAct agents so that
 * both protocols see identical observations.
 */
import type { ToolOutcome } from '../core/transcript.js';

/** The outcome as the text a model reads. */
export function renderToolOutcome(outcome: ToolOutcome): string {
  return outcome.ok ? JSON.stringify(outcome.value ?? null) : JSON.stringify({ error: outcome.error });
}
