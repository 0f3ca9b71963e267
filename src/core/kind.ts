/**
 * The one plug-in shape. Every pluggable family (agents, simulated users,
 * judges, ask recognisers) is a list of kinds, and a kind is one object that
 * holds everything about it: how its specs are spelled, what its variants are
 * called, how an instance is made from an explicit init, and what it records
 * for provenance. Tool kinds (`ToolKind`, keyed by `type:`) and world kinds
 * (`WorldKind`, keyed by name) are the same idea for the environment, and were
 * the model for this one. Kinds are collected by `createRegistry`; nothing is
 * registered in module state.
 */

/**
 * A kind of actor. `Spec` is its parsed spec, `Instance` what it creates and
 * `Init` what the caller hands it for each instance.
 *
 * @example
 * const echo: AgentKind<string> = {
 *   kind: 'echo',
 *   parse: (spec) => (spec === 'echo' ? spec : undefined),
 *   name: () => 'echo',
 *   create: () => ({ act: async () => ({ type: 'message', text: 'hello' }) }),
 * };
 */
export interface Kind<Spec, Instance, Init> {
  /** The kind's own name, used in error messages and the registry's listing (`reference`, `openai-tools`, `agenda`). */
  readonly kind: string;
  /**
   * The spec parsed, or undefined when the spec is not this kind's. A spec that
   * is this kind's but malformed throws `UsersimError('E_USAGE')`.
   */
  parse(spec: string): Spec | undefined;
  /** The canonical variant name, so two spellings of one variant cannot split into two keys. */
  name(spec: Spec): string;
  /** A fresh instance. */
  create(spec: Spec, init: Init): Instance;
  /**
   * What the run's manifest records about this variant (models, prompt hashes,
   * sampling); never keys. Called once when the variant is resolved, so a
   * kind may also check its configuration here and throw `E_CONFIG`.
   */
  provenance?(spec: Spec): Record<string, unknown> | undefined;
  /** How specs of this kind are spelled, for "expected …" in error messages (`reference[clarify=…,probes=…]`). */
  readonly usage?: string;
}

/** A kind with its spec type erased, as a registry stores it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the spec type is private to each kind.
export type AnyKind<Instance, Init> = Kind<any, Instance, Init>;
