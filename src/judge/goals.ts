/**
 * Per-goal verdicts for a scenario with several requests (`user.goals`). The
 * machine marks each answer with the goal it answers, so each goal's answer
 * is read off the transcript and checked with the goal's own matcher spec; a
 * goal the agent never answered fails, and a goal without `expect` passes once
 * answered (the scenario's `expect` block judges the conduct of the whole
 * episode). Task success needs every goal to pass.
 */
import type { TranscriptEntry } from '../core/transcript.js';
import type { Goal } from '../scenario/schema.js';
import { answerExpectationOf } from './answer-expectation.js';
import type { AnswerVerdict } from './judge.js';
import { matchAnswer } from './match.js';

/** One goal's verdict. */
export interface GoalVerdict {
  id: string;
  /** The agent's answer to this goal, or null when it never answered it. */
  actual: string | null;
  /** The goal's answer check; null for a goal without `expect`, which passes once answered. */
  answer: AnswerVerdict | null;
  /** 0..1: the answer check's score, or 1/0 for answered/unanswered without one. */
  score: number;
  pass: boolean;
}

/** Each goal's answer, in goal order: the text of the answer the machine marked with its id, or null. */
export function goalAnswers(goals: readonly Goal[], transcript: readonly TranscriptEntry[]): (string | null)[] {
  const byGoal = new Map<string, string>();
  for (const entry of transcript) {
    if (entry.role === 'agent' && entry.goal !== undefined && entry.action.type === 'answer' && !byGoal.has(entry.goal)) {
      byGoal.set(entry.goal, entry.action.text);
    }
  }
  return goals.map((g) => byGoal.get(g.id) ?? null);
}

/**
 * Scores every goal.
 *
 * @throws UsersimError `E_SCENARIO_INVALID` for a `regex` gold that does not compile.
 * @example scoreGoals(scenario.user.goals, transcript).every((g) => g.pass)
 */
export function scoreGoals(goals: readonly Goal[], transcript: readonly TranscriptEntry[]): GoalVerdict[] {
  const answers = goalAnswers(goals, transcript);
  return goals.map((goal, i) => {
    const actual = answers[i] ?? null;
    const check = goal.expect ? answerExpectationOf(goal.expect) : null;
    if (check === null) return { id: goal.id, actual, answer: null, score: actual === null ? 0 : 1, pass: actual !== null };
    const answer = matchAnswer(check, actual);
    return { id: goal.id, actual, answer, score: answer.score, pass: answer.pass };
  });
}

/** A goal verdict with its answer verdict replaced (after an LLM judge's extraction), score and pass following it. */
export function withGoalAnswer(verdict: GoalVerdict, answer: AnswerVerdict): GoalVerdict {
  return { ...verdict, answer, score: answer.score, pass: answer.pass };
}
