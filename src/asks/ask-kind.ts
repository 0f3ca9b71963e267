/**
 * The ask-recogniser family's kind type. A recogniser is made once per
 * episode, with the episode's usage meter, so LLM calls count where they
 * belong.
 */
import type { AnyKind, Kind } from '../core/kind.js';
import type { AskRecogniser } from '../core/ask-recogniser.js';
import type { UsageMeter } from '../llm/usage.js';

/** What a recogniser is made from. */
export interface AskInit {
  meter: UsageMeter;
}

/** A kind of ask recogniser; `Spec` is its parsed spec. */
export type AskKind<Spec = unknown> = Kind<Spec, AskRecogniser, AskInit>;

/** An ask kind with its spec type erased, as a registry stores it. */
export type AnyAskKind = AnyKind<AskRecogniser, AskInit>;
