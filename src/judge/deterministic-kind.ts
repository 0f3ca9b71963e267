/** The `deterministic` judge kind: rule-based scoring, no model. The default when no judge is named. */
import { createDeterministicJudge } from './deterministic.js';
import type { JudgeKind } from './judge-kind.js';

/** The deterministic judge as a kind. */
export const deterministicJudgeKind: JudgeKind<'deterministic'> = {
  kind: 'deterministic',
  usage: 'deterministic',
  parse: (spec) => (spec.trim() === 'deterministic' ? 'deterministic' : undefined),
  name: () => 'deterministic',
  create: () => createDeterministicJudge(),
};
