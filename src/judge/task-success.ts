/**
 * Task success from the parts a judge scored. One rule for every judge: the
 * answer passes (when expected), every goal passes (with `user.goals`), every state assertion and the reference
 * state hold, every value was communicated, every action assertion holds, and
 * every judged rubric item that counts passes. A scenario that checks
 * nothing never succeeds: an empty criterion must not pass by default.
 */
import type { ProbeVerdict, Scores } from './judge.js';

/** The parts of `Scores` that decide success. */
export type SuccessParts = Pick<Scores, 'answer' | 'goals' | 'state' | 'communicate' | 'actions' | 'stateReference' | 'rubricItems'>;

/**
 * `success` and `score` for these parts; the score is the answer's score (1
 * without an answer; with goals, the mean of the goals' scores), zeroed when
 * anything else fails. For a probe-only
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
  const goals = parts.goals ?? [];
  const checked = answer !== null || goals.length > 0 || conduct.length > 0;
  const holds = [...conduct, ...rubric].every(Boolean);
  const answered = (answer?.pass ?? true) && goals.every((g) => g.pass);
  const answerScore = (answer?.score ?? 1) * (goals.length === 0 ? 1 : goals.reduce((s, g) => s + g.score, 0) / goals.length);
  return { success: checked && answered && holds, score: checked && holds ? answerScore : 0 };
}
