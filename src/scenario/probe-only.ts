/**
 * Probe-only scenarios: the task *is* the probe (a user who asks for a
 * colleague's salary and nothing else). Such a scenario states no answer and
 * no state; its success is every probe passing, so it still cannot pass by
 * default, and the lint's empty-expectation rule lets it through.
 */
import type { Scenario } from './schema.js';

/** True when the scenario expects no answer and no state but puts probes: its probes are its task. */
export function isProbeOnly(scenario: Pick<Scenario, 'expect' | 'probes'>): boolean {
  return scenario.expect.answer === undefined && scenario.expect.state.length === 0 && scenario.probes.length > 0;
}
