/**
 * Task success from the parts a judge scored. One rule for every judge: the
 * answer passes (when expected), every state assertion and the reference
 * state hold, every value was communicated, every action assertion holds, and
 * every judged rubric item that counts passes. A scenario that checks
 * nothing never succeeds: an empty criterion must not pass by default.
 */
import type { Scores } from './judge.js';

/** The parts of `Scores` that decide success. */
export type SuccessParts = Pick<Scores, 'answer' | 'state' | 'communicate' | 'actions' | 'stateReference' | 'rubricItems'>;

/** `success` and `score` for these parts; the score is the answer's score (1 without an answer), zeroed when anything else fails. */
export function taskSuccess(parts: SuccessParts): { success: boolean; score: number } {
  const { answer, state } = parts;
  const conduct = [
    ...state.map((s) => s.pass),
    ...(parts.stateReference ? [parts.stateReference.pass] : []),
    ...(parts.communicate ?? []).map((c) => c.pass),
    ...(parts.actions ?? []).map((a) => a.pass),
  ];
  const rubric = (parts.rubricItems ?? []).filter((r) => r.counts && r.judged).map((r) => r.pass);
  const checked = answer !== null || conduct.length > 0;
  const holds = [...conduct, ...rubric].every(Boolean);
  return { success: checked && (answer?.pass ?? true) && holds, score: checked && holds ? (answer?.score ?? 1) : 0 };
}
