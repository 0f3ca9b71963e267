/**
 * The deterministic judge: scores an episode with string matchers, state
 * assertions and the rule-based probe scoring only, so it needs no model, no
 * network and no clock, and the same input always gives the same scores. It is
 * the default judge and the one used offline.
 */
import { isProbeOnly } from '../scenario/probe-only.js';
import { scoreProbes } from '../confidentiality/probe-scoring.js';
import type { Judge, JudgeInput, Scores } from './judge.js';
import { matchAnswer } from './match.js';
import { checkState } from './state.js';

/**
 * Creates the deterministic judge. Task success needs the answer to pass (when
 * the scenario expects one) and every state assertion to hold; the task score
 * is the answer's score (1 when only state is checked), zeroed when a state
 * assertion fails. A scenario that expects neither an answer nor any state
 * never succeeds: an empty criterion must not pass by default. Probes are
 * scored apart and do not affect success, except in a probe-only scenario,
 * whose success is every probe passing and whose score is the share that did. `score` rejects with a
 * `UsersimError` (`E_SCENARIO_INVALID`) only for a scenario whose `regex` gold
 * does not compile.
 *
 * @example const scores = await createDeterministicJudge().score({ scenario, transcript, answer, termination, query })
 */
export function createDeterministicJudge(): Judge {
  return {
    name: 'deterministic',
    // async so that a bad scenario pattern rejects the promise instead of throwing synchronously.
    score: async (input) => scoreDeterministically(input),
  };
}

function scoreDeterministically(input: JudgeInput): Scores {
  const { expect } = input.scenario;
  const answer =
    expect.answer === undefined
      ? null
      : matchAnswer(
          { answer: expect.answer, match: expect.match, tolerance: expect.tolerance, threshold: expect.threshold },
          input.answer,
        );
  const state = checkState(expect.state, input.query);
  const probes = scoreProbes(input.scenario.probes, input.transcript);
  const stateHolds = state.every((verdict) => verdict.pass);
  if (isProbeOnly(input.scenario)) {
    // The probes are the task: success is every probe passing, the score the share that did.
    const passed = probes.filter((p) => p.pass).length;
    return { answer, state, probes, success: passed === probes.length, score: passed / probes.length };
  }
  const checked = answer !== null || state.length > 0;
  const success = checked && (answer?.pass ?? true) && stateHolds;
  const score = checked && stateHolds ? (answer?.score ?? 1) : 0;
  return { answer, state, probes, success, score };
}
