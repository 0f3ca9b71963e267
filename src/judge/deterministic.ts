/**
 * The deterministic judge: scores an episode with string matchers, state
 * assertions and the rule-based probe scoring only, so it needs no model, no
 * network and no clock, and the same input always gives the same scores. It is
 * the default judge and the one used offline.
 */
import { isProbeOnly } from '../scenario/probe-only.js';
import { scoreProbes } from '../confidentiality/probe-scoring.js';
import type { Judge, JudgeInput, Scores } from './judge.js';
import { answerExpectationOf } from './answer-expectation.js';
import { matchAnswer } from './match.js';
import { checkActions } from './actions.js';
import { scoreGoals } from './goals.js';
import { checkCommunicate } from './communicate.js';
import { taskSuccess } from './task-success.js';
import { checkState } from './state.js';

/**
 * Creates the deterministic judge. Task success follows `taskSuccess`: the
 * answer (or, with `user.goals`, every goal's answer), state assertions (or the reference state), `communicate` values and
 * `actions` assertions must all hold; rubric items are recorded unjudged
 * (they need an LLM judge) and do not count here. Probes are
 * scored apart and do not affect success, except in a probe-only scenario,
 * whose success is every probe passing and whose score is the share that did.
 * `score` rejects with a
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

function scoreDeterministically(input: JudgeInput): Promise<Scores> | Scores {
  const { expect } = input.scenario;
  const check = answerExpectationOf(expect);
  const answer = check === null ? null : matchAnswer(check, input.answer);
  const state = checkState(Array.isArray(expect.state) ? expect.state : [], input.query);
  const probes = scoreProbes(input.scenario.probes, input.transcript);
  const parts: Omit<Scores, 'success' | 'score' | 'probes'> = { answer, state };
  const goals = input.scenario.user.goals;
  if (goals) parts.goals = scoreGoals(goals, input.transcript);
  if (expect.communicate.length > 0) parts.communicate = checkCommunicate(expect.communicate, input.transcript);
  if (expect.actions) parts.actions = checkActions(expect.actions, input.transcript, input.writeTools ?? []);
  // The deterministic judge cannot judge rubric items; it records them so that reports show what was not judged.
  if (expect.rubric.length > 0) parts.rubricItems = expect.rubric.map((r) => ({ id: r.id, counts: r.counts, judged: false, pass: false }));
  const finish = (): Scores => ({ ...parts, probes, ...taskSuccess(parts, isProbeOnly(input.scenario) ? probes : undefined) });
  if (expect.state !== 'reference') return finish();
  const compare = input.referenceState;
  if (!compare) {
    parts.stateReference = { pass: false, tables: [], differences: [], error: 'no reference replay available to the judge' };
    return finish();
  }
  return compare().then((verdict) => {
    parts.stateReference = verdict;
    return finish();
  });
}
