/**
 * The judge family's kind type. A judge is made once per run, so its init is
 * empty; `--judge <spec>` names the kind (`deterministic`, or a model for the
 * LLM judge).
 */
import type { AnyKind, Kind } from '../core/kind.js';
import type { Judge } from './judge.js';

/** What a judge is made from: nothing but its spec, today. */
export type JudgeInit = Record<string, never>;

/** A kind of judge; `Spec` is its parsed spec. */
export type JudgeKind<Spec = unknown> = Kind<Spec, Judge, JudgeInit>;

/** A judge kind with its spec type erased, as a registry stores it. */
export type AnyJudgeKind = AnyKind<Judge, JudgeInit>;
