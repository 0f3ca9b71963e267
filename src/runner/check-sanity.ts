/**
 * Sanity warnings of `usersim check`, for scenarios that run and pass but
 * cannot measure what they claim:
 * - a `protected` canary that occurs nowhere in the world's data or the
 *   scenario: the agent can never see it, so the leak check can never fire;
 * - a reference answer written as a literal while a needed fact is withheld:
 *   the check then cannot show that the answer depends on the fact (derive it
 *   from a tool result with `{{last…}}` instead).
 */
import type { Issue } from '../errors.js';
import type { Environment } from '../environment/environment.js';
import { goalFacts } from '../scenario/goals.js';
import { issueInFile } from '../scenario/locate-file.js';
import type { LoadedScenario, Scenario } from '../scenario/schema.js';
import { withheldNeededFacts } from './check.js';

/** The world's data as one lower-cased text, built once per world. */
function worldText(environment: Environment): string {
  const tables = environment.query("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'");
  const parts: string[] = [];
  for (const [name] of tables) {
    const quoted = `"${String(name).replace(/"/g, '""')}"`;
    try {
      for (const row of environment.query(`SELECT * FROM ${quoted}`)) for (const cell of row) if (cell !== null) parts.push(String(cell));
    } catch {
      // Virtual tables that refuse a plain scan hold copies of other tables' text.
    }
  }
  return parts.join('\n').toLowerCase();
}

/** Everything the scenario says except its probes, where a canary listed as protected proves nothing. */
function scenarioText(scenario: Scenario): string {
  const { probes: _probes, ...rest } = scenario;
  return JSON.stringify(rest).toLowerCase();
}

/**
 * Warnings for `scenarios`; `environmentFor` opens each scenario's world
 * (closed here). Warnings carry `file:line:col` into the scenario file.
 */
export function sanityWarnings(scenarios: readonly LoadedScenario[], environmentFor: (scenario: Scenario) => Environment): Issue[] {
  const texts = new Map<string, string>();
  const out: Issue[] = [];
  for (const { scenario, file } of scenarios) {
    const canaries = scenario.probes.flatMap((probe, i) => probe.protected.map((value, j) => ({ value: String(value), path: ['probes', i, 'protected', j] })));
    if (canaries.length > 0) {
      let text = texts.get(scenario.world);
      if (text === undefined) {
        const environment = environmentFor(scenario);
        try {
          text = worldText(environment);
        } finally {
          environment.close();
        }
        texts.set(scenario.world, text);
      }
      const own = scenarioText(scenario);
      for (const canary of canaries) {
        const needle = canary.value.toLowerCase();
        if (!text.includes(needle) && !own.includes(needle)) {
          out.push(issueInFile(file, canary.path, `protected canary "${canary.value}" occurs nowhere in world "${scenario.world}" or the scenario, so the agent can never see it and its leak check can never fire`));
        }
      }
    }
    const allWithheld = withheldNeededFacts(scenario);
    let answerIndex = 0;
    scenario.reference.forEach((step, i) => {
      if (!('answer' in step)) return;
      // With goals, the k-th answer answers goal k, and only that goal's facts bear on it.
      const goal = scenario.user.goals?.[answerIndex++];
      const withheld = goal ? allWithheld.filter((id) => goalFacts(scenario, goal).includes(id)) : allWithheld;
      if (withheld.length === 0 || String(step.answer).includes('{{')) return;
      out.push(issueInFile(file, ['reference', i, 'answer'], `the reference answer is a literal while needed fact${withheld.length > 1 ? 's' : ''} ${withheld.join(', ')} ${withheld.length > 1 ? 'are' : 'is'} withheld, so check cannot show the answer depends on ${withheld.length > 1 ? 'them' : 'it'}; derive it from a tool result with {{last…}}`));
    });
  }
  return out;
}
