/**
 * Meaning checks of `user.goals`: goal ids are unique, the facts a goal names
 * exist, each goal's answer check is well formed, and the scenario does not
 * also state a single answer or a separate opening, which would leave it
 * unclear what the user says first and which answer is judged.
 */
import { suggestion } from './did-you-mean.js';
import { lintUnits } from './lint-unit.js';
import type { PathSegment, ScenarioProblem } from './problem.js';
import type { Scenario } from './schema.js';

/** Problems with the scenario's goals (none without goals). */
export function lintGoals(scenario: Scenario): ScenarioProblem[] {
  const goals = scenario.user.goals;
  if (!goals) return [];
  const out: ScenarioProblem[] = [];
  const factIds = scenario.user.facts.map((f) => f.id);
  const { expect } = scenario;
  if (expect.answer !== undefined || expect.any_of || expect.all_of) {
    const key = expect.answer !== undefined ? 'answer' : expect.any_of ? 'any_of' : 'all_of';
    out.push({ path: ['expect', key], message: 'with user.goals, each goal states its own answer in goals[i].expect; remove the scenario-level answer' });
  }
  if (scenario.user.opening !== undefined) {
    out.push({ path: ['user', 'opening'], message: 'with user.goals, the first goal\'s request is the opening: move this text to goals[0].request' });
  }
  const seen = new Map<string, number>();
  goals.forEach((goal, i) => {
    const base: PathSegment[] = ['user', 'goals', i];
    const first = seen.get(goal.id);
    if (first === undefined) seen.set(goal.id, i);
    else out.push({ path: [...base, 'id'], message: `duplicate goal id "${goal.id}" (first at user.goals[${first}])` });
    goal.facts?.forEach((id, j) => {
      if (!factIds.includes(id)) out.push({ path: [...base, 'facts', j], message: `undefined fact "${id}"${suggestion(id, factIds)}` });
    });
    const check = goal.expect;
    if (!check) return;
    if ([check.answer !== undefined, !!check.any_of, !!check.all_of].filter(Boolean).length > 1) {
      out.push({ path: [...base, 'expect'], message: 'give one of answer, any_of and all_of' });
    }
    if (check.tolerance !== undefined && check.match !== 'number') {
      out.push({ path: [...base, 'expect', 'tolerance'], message: `tolerance applies only to match: number (match is ${check.match})` });
    }
    if (check.threshold !== undefined && check.match !== 'f1') {
      out.push({ path: [...base, 'expect', 'threshold'], message: `threshold applies only to match: f1 (match is ${check.match})` });
    }
    out.push(...lintUnits(check, [...base, 'expect']));
    if (check.answer === undefined && !check.any_of && !check.all_of) {
      out.push({ path: [...base, 'expect'], message: 'an expect block with no answer, any_of or all_of checks nothing: give one, or leave expect out (the goal then passes once answered)' });
    }
  });
  return out;
}
