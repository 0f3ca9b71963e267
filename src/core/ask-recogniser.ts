/**
 * The ask recogniser: the one place that decides "did the agent ask for fact
 * F?". The agenda user reveals what it recognises, the LLM user's ledger
 * check allows what it recognises, the clarification metrics classify
 * questions with it and the reference agents' questions must pass it. The
 * deterministic implementation (`asks/deterministic.ts`) is the default; an
 * LLM-backed one (`asks/llm.ts`) sits behind the same interface.
 */
import type { UsageMeter } from '../llm/usage.js';
import type { Fact, FactKind, Unknown } from '../scenario/schema.js';

/** Something an agent can ask for: a fact or an unknown, as the recogniser sees it. */
export interface AskTarget {
  id: string;
  /** Facts can be disclosed; unknowns get "I don't know". */
  target: 'fact' | 'unknown';
  /** What it is from the user's side, e.g. "my order number". */
  text?: string;
  kind?: FactKind;
  cues: readonly string[];
  notCues: readonly string[];
}

/** One recognised request. */
export interface AskRequest {
  id: string;
  target: 'fact' | 'unknown';
  /** Character offset in the message of the words that asked (requests are listed in this order). */
  index: number;
  /** 0–1: how sure the recogniser is. */
  confidence: number;
  /** The rule and the words that made it a request, e.g. `kind identifier "reference" + object "purchase"`. */
  why: string;
}

/** What a message asks for, and why. */
export interface AskRecognition {
  /** Requested targets in order of appearance, each once. */
  requests: AskRequest[];
  /** One line per clause of the message: whether it is a request and what it matched. */
  explanation: string[];
}

/** Decides which facts and unknowns an agent message asks for. */
export interface AskRecogniser {
  readonly name: string;
  recognise(message: string, targets: readonly AskTarget[], options?: { signal?: AbortSignal }): Promise<AskRecognition>;
}

/** A recogniser as a run configures it: made once per episode, so LLM calls count into the episode's meter. */
export interface AskRecogniserVariant {
  name: string;
  create(init: { meter: UsageMeter }): AskRecogniser;
}

const targetCache = new WeakMap<readonly Fact[], WeakMap<readonly Unknown[], AskTarget[]>>();
const NO_UNKNOWNS: readonly Unknown[] = [];

/**
 * The targets of a scenario's facts and unknowns, facts first, in scenario
 * order. The same arrays give the same targets array, so recognisers can
 * cache what they derive from it.
 */
export function askTargets(facts: readonly Fact[], unknowns: readonly Unknown[] = NO_UNKNOWNS): AskTarget[] {
  let byUnknowns = targetCache.get(facts);
  if (!byUnknowns) targetCache.set(facts, (byUnknowns = new WeakMap()));
  let targets = byUnknowns.get(unknowns);
  if (!targets) byUnknowns.set(unknowns, (targets = buildTargets(facts, unknowns)));
  return targets;
}

function buildTargets(facts: readonly Fact[], unknowns: readonly Unknown[]): AskTarget[] {
  return [
    ...facts.map((f): AskTarget => ({ id: f.id, target: 'fact', text: f.text, ...(f.kind ? { kind: f.kind } : {}), cues: f.cues, notCues: f.not_cues ?? [] })),
    ...unknowns.map((u): AskTarget => ({
      id: u.id,
      target: 'unknown',
      ...(u.text === undefined ? {} : { text: u.text }),
      ...(u.kind ? { kind: u.kind } : {}),
      cues: u.cues,
      notCues: u.not_cues ?? [],
    })),
  ];
}
