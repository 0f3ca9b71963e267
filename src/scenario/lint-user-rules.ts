/**
 * Meaning checks of `user.rules`: every fact a rule names exists, a pattern
 * compiles, and a rule does something (a reply, a disclosure or a
 * correction), since a rule that fires and says nothing would swallow the
 * agent's turn.
 */
import { suggestion } from './did-you-mean.js';
import type { ScenarioProblem } from './problem.js';
import type { Scenario } from './schema.js';

/** Problems with the scenario's user rules. */
export function lintUserRules(scenario: Scenario): ScenarioProblem[] {
  const out: ScenarioProblem[] = [];
  const ids = scenario.user.facts.map((f) => f.id);
  scenario.user.rules.forEach((rule, i) => {
    const base = ['user', 'rules', i];
    const check = (id: string | undefined, path: (string | number)[]): void => {
      if (id !== undefined && !ids.includes(id)) out.push({ path: [...base, ...path], message: `undefined fact "${id}"${suggestion(id, ids)}` });
    };
    if ('asks' in rule.when) check(rule.when.asks, ['when', 'asks']);
    if ('regex' in rule.when) {
      try {
        new RegExp(rule.when.regex, 'i');
      } catch (error) {
        out.push({ path: [...base, 'when', 'regex'], message: `invalid regular expression: ${(error as Error).message}` });
      }
    }
    check(rule.disclose, ['disclose']);
    check(rule.correct, ['correct']);
    if (rule.reply === undefined && rule.disclose === undefined && rule.correct === undefined) {
      out.push({ path: base, message: 'a rule must reply, disclose or correct' });
    }
  });
  return out;
}
