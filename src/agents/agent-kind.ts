/**
 * The agent family's kind type: a `Kind` whose instances are agents made
 * from an `ActorInit`. One module per kind (`reference-kind.ts`,
 * `naive-kind.ts`, `llm-kinds.ts`); a registry lists them.
 */
import type { AnyKind, Kind } from '../core/kind.js';
import type { ActorInit } from '../core/variants.js';
import type { Agent } from './agent.js';

/** A kind of agent; `Spec` is its parsed spec. */
export type AgentKind<Spec = unknown> = Kind<Spec, Agent, ActorInit>;

/** An agent kind with its spec type erased, as a registry stores it. */
export type AnyAgentKind = AnyKind<Agent, ActorInit>;
