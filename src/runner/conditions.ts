/**
 * Conditions derive from one scenario the three ways of putting a task
 * (Lost in Conversation): `sharded`, the scenario as written, facts disclosed
 * by the user's rules over the turns; `full`, every needed fact stated in the
 * opening as prose; `concat`, the needed facts as a bullet list in the
 * opening, which controls for rewording. The same task is thus compared with
 * itself. A needed fact whose value the scenario's own opening already states
 * is not stated twice, and `never` facts are never given.
 */
import { openingOf } from '../scenario/goals.js';
import type { Fact, Scenario } from '../scenario/schema.js';
import { mentionsValue } from '../core/cues.js';
import { nounPhrase } from '../core/fact-phrase.js';
import type { Condition } from './result.js';

export const CONDITIONS: readonly Condition[] = ['sharded', 'full', 'concat'];

/** The scenario as the condition puts it. `sharded` returns the scenario unchanged. */
export function applyCondition(scenario: Scenario, condition: Condition): Scenario {
  if (condition === 'sharded') return scenario;
  const base = baseOpening(scenario);
  const given = givenFacts(scenario, base);
  const opening =
    given.length === 0
      ? base
      : condition === 'full'
        ? [base, ...given.map((f) => `${capitalise(nounPhrase(f.text))} is ${f.value}.`)].join(' ')
        : [base, '', ...given.map((f) => `- ${capitalise(nounPhrase(f.text))}: ${f.value}`)].join('\n');
  const facts = scenario.user.facts.map((f): Fact => (given.includes(f) ? { ...f, disclose: 'volunteer', volunteer_at: 1 } : f));
  return { ...scenario, user: { ...scenario.user, opening, facts } };
}

/**
 * Ids of the facts the condition states in the opening (none for `sharded`).
 * The episode machine records their disclosure with reason `condition`, so
 * the ledger tells a fact the condition gave from one the user volunteered.
 */
export function conditionFacts(scenario: Scenario, condition: Condition): string[] {
  return condition === 'sharded' ? [] : givenFacts(scenario, baseOpening(scenario)).map((f) => f.id);
}

/** The scenario's own first message, or its goal written as one, which the condition extends. */
function baseOpening(scenario: Scenario): string {
  const text = (openingOf(scenario) ?? scenario.user.goals?.[0]?.goal ?? scenario.user.goal).trim();
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** Needed, disclosable facts whose value the base opening does not already state. */
function givenFacts(scenario: Scenario, base: string): Fact[] {
  return scenario.user.facts.filter((f) => f.needed && f.disclose !== 'never' && !mentionsValue(base, f.value));
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
