/**
 * The simulated-user family's kind type: a `Kind` whose instances are users
 * made from an `ActorInit` (which carries the run's ask recogniser).
 */
import type { AnyKind, Kind } from '../core/kind.js';
import type { ActorInit } from '../core/variants.js';
import type { SimulatedUser } from './user.js';

/** A kind of simulated user; `Spec` is its parsed spec. */
export type UserKind<Spec = unknown> = Kind<Spec, SimulatedUser, ActorInit>;

/** A user kind with its spec type erased, as a registry stores it. */
export type AnyUserKind = AnyKind<SimulatedUser, ActorInit>;
