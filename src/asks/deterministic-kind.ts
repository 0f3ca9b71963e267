/** The `deterministic` ask recogniser kind: the rules of `deterministic.ts`, the default. */
import type { AskKind } from './ask-kind.js';
import { createDeterministicAskRecogniser } from './deterministic.js';

/** The deterministic recogniser as a kind. */
export const deterministicAskKind: AskKind<'deterministic'> = {
  kind: 'deterministic',
  usage: 'deterministic',
  parse: (spec) => (spec.trim() === 'deterministic' ? 'deterministic' : undefined),
  name: () => 'deterministic',
  create: () => createDeterministicAskRecogniser(),
};
