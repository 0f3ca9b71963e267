/**
 * Variants: what a registry resolves a spec to and the runner consumes. A
 * variant is a name plus a factory the runner calls once per episode with an
 * explicit `ActorInit` (scenario, seed, a seeded generator, the episode's
 * usage meter), so an actor reaches nothing that was not handed to it.
 */
import type { Agent } from '../agents/agent.js';
import type { UsageMeter } from '../llm/usage.js';
import type { Scenario } from '../scenario/schema.js';
import type { SimulatedUser } from '../simulated-user/user.js';
import type { AskRecogniser } from './ask-recogniser.js';
import type { Rng } from '../util/rng.js';

/** Everything an actor factory may use to build a per-episode instance. */
export interface ActorInit {
  scenario: Scenario;
  seed: number;
  /** A seeded generator for this actor in this episode. */
  rng: Rng;
  /** The episode's usage meter: LLM-backed actors count their calls here (`client.withMeter(meter)`). */
  meter: UsageMeter;
  /** For users: the ask recogniser the run was configured with (`--asks`); the deterministic one when absent. */
  asks?: AskRecogniser;
}

/** An agent variant: its name in results and a per-episode factory. */
export interface AgentVariant {
  name: string;
  create(init: ActorInit): Agent;
}

/** A simulated-user variant: its name in results and a per-episode factory. */
export interface UserVariant {
  name: string;
  create(init: ActorInit): SimulatedUser;
}
