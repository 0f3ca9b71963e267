/**
 * The registry: every pluggable kind a run may use, passed explicitly to
 * whoever resolves specs (`createRunner`, `runStudy`, `checkScenarios`, the
 * CLI). `createRegistry(...parts)` starts from the built-in kinds and adds
 * each part's kinds on top; a later kind wins over an earlier one that parses
 * the same spec. Nothing is registered in module state, so two registries in
 * one process never see each other's kinds.
 *
 * @example
 * const registry = createRegistry({ agents: [echoAgentKind] }, crmPack());
 * registry.agent('echo');            // { name: 'echo', create }
 * registry.worlds.load('crm-b2b');   // a world of the CRM pack
 */
import type { AnyAgentKind } from '../agents/agent-kind.js';
import type { AnyAskKind } from '../asks/ask-kind.js';
import type { AskRecogniserVariant } from '../core/ask-recogniser.js';
import type { AnyKind } from '../core/kind.js';
import type { AgentVariant, UserVariant } from '../core/variants.js';
import type { AnyToolKind } from '../environment/tool-kind.js';
import type { WorldKind } from '../environment/world.js';
import { createWorldCatalog, type WorldCatalog } from '../environment/world-catalog.js';
import { erase } from '../environment/tool-kinds.js';
import { createFunctionToolKind, functionToolKind } from '../environment/tools/function-tool.js';
import { BUILTIN_TOOL_FUNCTIONS, type ToolFunction, type ToolFunctions } from '../environment/tools/tool-functions.js';
import { UsersimError } from '../errors.js';
import type { AnyJudgeKind } from '../judge/judge-kind.js';
import type { Judge } from '../judge/judge.js';
import type { AnyUserKind } from '../simulated-user/user-kind.js';
import { builtinKinds } from './builtins.js';

const BUILTIN_FUNCTION_KIND = erase(functionToolKind);

/** Kinds by family; any family may be left out. */
export interface RegistryParts {
  agents?: readonly AnyAgentKind[];
  users?: readonly AnyUserKind[];
  judges?: readonly AnyJudgeKind[];
  asks?: readonly AnyAskKind[];
  tools?: readonly AnyToolKind[];
  worlds?: readonly WorldKind[];
  /** Functions for `type: function` tools, by name; the registry's `function` kind knows them and the built-ins. */
  functions?: ToolFunctions;
}

/** What the kinds of a registry recorded as their variants were resolved: the manifest's `llm` provenance, less the session's own. */
export interface RegistryProvenance {
  agents: Record<string, Record<string, unknown>>;
  users: Record<string, Record<string, unknown>>;
  judge?: Record<string, unknown>;
  asks?: Record<string, unknown>;
}

/** The kinds of a run and the resolvers over them. */
export interface Registry {
  /** Every kind, family by family, built-ins first. */
  readonly kinds: Readonly<Required<RegistryParts>>;
  /** The agent variant a spec names. Throws `E_USAGE` for a spec no kind parses. */
  agent(spec: string): AgentVariant;
  /** The user variant a spec names. Throws `E_USAGE`. */
  user(spec: string): UserVariant;
  /** The judge a spec names; `deterministic` when the spec is absent or empty. */
  judge(spec?: string): Judge;
  /**
   * The ask recogniser a spec names, or undefined for `deterministic` or none
   * (the runner's users then use the deterministic recogniser). Throws `E_USAGE`.
   */
  asks(spec?: string): AskRecogniserVariant | undefined;
  /** The worlds of the registry's world kinds and the built-in world files, with its tool kinds. */
  readonly worlds: WorldCatalog;
  /** What the kinds recorded for the variants resolved so far (LLM kinds record models and prompts; offline kinds nothing). */
  provenance(): RegistryProvenance;
}

interface Resolved<Instance, Init> {
  name: string;
  create(init: Init): Instance;
  provenance: Record<string, unknown> | undefined;
}

/** The variant of the last-listed kind that parses `spec`, or undefined. */
function resolve<Instance, Init>(kinds: readonly AnyKind<Instance, Init>[], spec: string): Resolved<Instance, Init> | undefined {
  for (let i = kinds.length - 1; i >= 0; i--) {
    const kind = kinds[i] as AnyKind<Instance, Init>;
    const parsed: unknown = kind.parse(spec);
    if (parsed === undefined) continue;
    return { name: kind.name(parsed), create: (init) => kind.create(parsed, init), provenance: kind.provenance?.(parsed) };
  }
  return undefined;
}

function unknownSpec(family: string, spec: string, kinds: readonly { kind: string; usage?: string }[]): UsersimError {
  const expected = kinds.map((k) => k.usage ?? k.kind);
  return new UsersimError('E_USAGE', `unknown ${family} "${spec}"; expected ${expected.join(', ') || 'none (no kinds are registered)'}`);
}

/** The tool kinds, the built-in `function` kind replaced by one that also knows the parts' functions. */
function withFunctions(tools: AnyToolKind[], parts: readonly RegistryParts[]): AnyToolKind[] {
  const added = parts.slice(1).filter((p) => p.functions !== undefined);
  if (added.length === 0) return tools;
  const functions: Record<string, ToolFunction> = { ...BUILTIN_TOOL_FUNCTIONS };
  for (const part of added) {
    for (const [name, fn] of Object.entries(part.functions ?? {})) {
      if (functions[name] !== undefined && functions[name] !== fn) throw new UsersimError('E_CONFIG', `two different tool functions are registered as "${name}"`);
      functions[name] = fn;
    }
  }
  return [...tools.filter((k) => k !== BUILTIN_FUNCTION_KIND), erase(createFunctionToolKind(functions))];
}

/** Creates a registry: the built-in kinds, then each part's kinds in order. Throws `E_CONFIG` when two tool kinds share a type. */
export function createRegistry(...parts: RegistryParts[]): Registry {
  const all = [builtinKinds(), ...parts];
  const kinds = {
    agents: all.flatMap((p) => p.agents ?? []),
    users: all.flatMap((p) => p.users ?? []),
    judges: all.flatMap((p) => p.judges ?? []),
    asks: all.flatMap((p) => p.asks ?? []),
    tools: withFunctions(all.flatMap((p) => p.tools ?? []), all),
    worlds: all.flatMap((p) => p.worlds ?? []),
    functions: Object.assign({}, ...all.map((p) => p.functions ?? {})) as ToolFunctions,
  };
  const worlds = createWorldCatalog({ tools: kinds.tools, worlds: kinds.worlds });
  const provenance: RegistryProvenance = { agents: {}, users: {} };
  return {
    kinds,
    worlds,
    agent(spec) {
      const variant = resolve(kinds.agents, spec);
      if (!variant) throw unknownSpec('agent', spec, kinds.agents);
      if (variant.provenance) provenance.agents[variant.name] = variant.provenance;
      return { name: variant.name, create: variant.create };
    },
    user(spec) {
      const variant = resolve(kinds.users, spec);
      if (!variant) throw unknownSpec('user', spec, kinds.users);
      if (variant.provenance) provenance.users[variant.name] = variant.provenance;
      return { name: variant.name, create: variant.create };
    },
    judge(spec) {
      const trimmed = spec?.trim() || 'deterministic';
      const variant = resolve(kinds.judges, trimmed);
      if (!variant) throw unknownSpec('judge', trimmed, kinds.judges);
      if (variant.provenance) provenance.judge = variant.provenance;
      return variant.create({});
    },
    asks(spec) {
      const trimmed = spec?.trim() ?? '';
      if (trimmed === '' || trimmed === 'deterministic') return undefined;
      const variant = resolve(kinds.asks, trimmed);
      if (!variant) throw unknownSpec('ask recogniser', trimmed, kinds.asks);
      if (variant.provenance) provenance.asks = variant.provenance;
      return { name: variant.name, create: variant.create };
    },
    provenance: () => structuredClone(provenance),
  };
}
