/**
 * The skill group a scenario reports under, shared by the per-skill table,
 * the CSV and the episode browser so that all three group alike.
 */
import type { ScenarioMeta } from './report-model.js';

/** The scenario's `skill`, else its `task_type`, else `(none)`. */
export function skillOf(meta: ScenarioMeta | undefined): string {
  return meta?.skill ?? meta?.task_type ?? '(none)';
}
