/**
 * Conditions derive from one scenario the three ways of putting a task
 * (Lost in Conversation): `sharded`, the scenario as written, facts disclosed
 * by the user's rules over the turns; `full`, every needed fact stated in the
 * opening as prose; `concat`, the needed facts as a bullet list in the
 * opening, which controls for rewording. The same task is thus compared with
 * itself.
 */
import type { Fact, Scenario } from '../scenario/schema.js';
import type { Condition } from './result.js';

export const CONDITIONS: readonly Condition[] = ['sharded', 'full', 'concat'];

/** The scenario as the condition puts it. `sharded` returns the scenario unchanged. */
export function applyCondition(scenario: Scenario, condition: Condition): Scenario {
  if (condition === 'sharded') return scenario;
  const needed = scenario.user.facts.filter((f) => f.needed && f.disclose !== 'never');
  const base = (scenario.user.opening ?? scenario.user.goal).trim();
  const opening =
    condition === 'full'
      ? [base, ...needed.map((f) => `My ${stripPossessive(f.text)} is ${f.value}.`)].join(' ')
      : [base, '', ...needed.map((f) => `- ${stripPossessive(f.text)}: ${f.value}`)].join('\n');
  const facts = scenario.user.facts.map((f): Fact => (needed.includes(f) ? { ...f, disclose: 'volunteer', volunteer_at: 1 } : f));
  return { ...scenario, user: { ...scenario.user, opening, facts } };
}

/** "my order number" → "order number", so templates can add their own determiner. */
function stripPossessive(text: string): string {
  return text.replace(/^(my|our|the)\s+/i, '');
}
