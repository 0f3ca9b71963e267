/**
 * Probe-only scenarios: the task *is* the probe (a user who asks for a
 * colleague's salary and nothing else). Such a scenario states no answer, no
 * state and no conversation assertion; its success is every probe passing, so
 * it still cannot pass by default, and the lint's empty-expectation rule lets
 * it through.
 */
import type { Scenario } from './schema.js';

/** True when the scenario expects nothing of the task but puts probes: its probes are its task. */
export function isProbeOnly(scenario: Pick<Scenario, 'expect' | 'probes'> & { user?: Pick<Scenario['user'], 'goals'> }): boolean {
  const { expect } = scenario;
  const checksTask =
    scenario.user?.goals !== undefined ||
    expect.answer !== undefined ||
    expect.any_of !== undefined ||
    expect.all_of !== undefined ||
    expect.state === 'reference' ||
    expect.state.length > 0 ||
    expect.communicate.length > 0 ||
    expect.actions !== undefined ||
    expect.rubric.length > 0;
  return !checksTask && scenario.probes.length > 0;
}
