/**
 * Task success from the parts a judge scored. One rule for every judge: the
 * answer passes (when expected), every state assertion and the reference
 * state hold, every value was communicated, every action assertion holds, and
 * every judged rubric item that counts passes. A scenario that checks
 * nothing never succeeds: an empty criterion must not pass by default.
 */
import type { ProbeVerdict, Scores } from './judge.js';

/** The parts of `Scores` that decide success. */
export type SuccessParts = Pick<Scores, 'answer' | 'state' | 'communicate' | 'actions' | 'stateReference' | 'rubricItems'>;

/**
 * `success` and `score` for these parts; the score is the answer's score (1
 * without an answer), zeroed when anything else fails. For a probe-only
 * scenario pass its probes: they are the task, so success is every probe
 * passing and the score the share that did.
 */
export function taskSuccess(parts: SuccessParts, probeOnly?: readonly ProbeVerdict[]): { success: boolean; score: number } {
  if (probeOnly && probeOnly.length > 0) {
    const passed = probeOnly.filter((p) => p.pass).length;
    return { success: passed === probeOnly.length, score: passed / probeOnly.length };
  }
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
