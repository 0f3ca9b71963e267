/**
 * `user.goals`: a scenario whose user makes several requests in order, the
 * next once the agent has answered the previous one. These helpers read the
 * goals the same way everywhere (the machine, the users, the judge, the
 * metrics), so that a scenario without goals reads exactly as before.
 */
import type { Goal, Scenario } from './schema.js';

/** The scenario's goals, or undefined for a scenario with a single request. */
export function goalsOf(scenario: Pick<Scenario, 'user'>): readonly Goal[] | undefined {
  return scenario.user.goals;
}

/** The scripted first message: `user.opening`, else the first goal's request. */
export function openingOf(scenario: Pick<Scenario, 'user'>): string | undefined {
  return scenario.user.opening ?? scenario.user.goals?.[0]?.request;
}

/** The facts a goal needs: those it lists, else every needed fact of the scenario. */
export function goalFacts(scenario: Pick<Scenario, 'user'>, goal: Goal): string[] {
  return goal.facts ?? scenario.user.facts.filter((f) => f.needed).map((f) => f.id);
}
