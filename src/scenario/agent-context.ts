/**
 * The task context the agent is shown. A scenario with its own `today:` tells
 * the agent the date, as CRMArena's context blocks do, unless the author's
 * context already states it; without the date an agent cannot resolve "last
 * month" the way the gold answer did.
 */
import type { Scenario } from './schema.js';

/**
 * `agent.context`, opened by "Today is YYYY-MM-DD." when the scenario sets
 * `today` and the context does not already contain that date.
 */
export function agentContext(scenario: Pick<Scenario, 'today' | 'agent'>): string {
  const { today } = scenario;
  const context = scenario.agent.context;
  if (today === undefined || context.includes(today)) return context;
  return context.trim() === '' ? `Today is ${today}.` : `Today is ${today}.\n${context}`;
}
