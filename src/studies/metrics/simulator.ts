/**
 * Simulator validity: whether the simulated user kept to its rules, read from
 * the transcript, the fact ledger and the scenario. τ-bench traced up to 30 %
 * of failed trajectories to the simulator, so a study should show these rates
 * beside its results. Every simulated-user message (probes left out) is one
 * turn checked; in `full` and `concat` episodes the opening states every
 * needed fact by design, so its disclosures are exempt from the per-turn
 * limit and from the "asked for" rule, as is any ledger entry with reason
 * `condition`.
 */
import type { EpisodeResult } from '../../runner/result.js';
import type { Fact, Scenario } from '../../scenario/schema.js';
import { ratio, type Ratio } from './ratio.js';
import { selectIncluded } from './scored.js';
import { containsValue } from './text-match.js';

/**
 * Values shorter than this are not searched for in text they were not declared
 * in: "12" turns up by chance; a declared value is always checked.
 */
const MIN_SEARCHED_VALUE = 3;

/** Turns breaking each rule (a turn may break several). */
export interface SimulatorViolations {
  /** Turns that disclosed more on_request facts than max_disclosures_per_turn. */
  tooManyPerTurn: number;
  /** Turns that declared a fact whose value is not in the message. */
  valueMissing: number;
  /** Turns whose message contains the value of a fact not disclosed so far and not declared. */
  undeclaredValue: number;
  /** Turns that disclosed an on_request fact the agent had not asked for. */
  unaskedOnRequest: number;
  /** Turns that declared a `never` fact. */
  neverDeclared: number;
  /** Turns that declared a fact id the scenario does not have. */
  unknownFactId: number;
}

/** The simulator-validity rates, each with the counts behind it. */
export interface SimulatorValidity {
  episodes: number;
  excluded: number;
  unknownScenario: number;
  /** Simulated-user messages checked. */
  turns: number;
  /** Turns within the per-turn limit whose declared values all appear and which reveal no undeclared value / turns. */
  disclosureFidelity: Ratio;
  /** Turns over the limit, or disclosing an on_request fact unasked, or declaring a `never` fact / turns. */
  overDisclosure: Ratio;
  /** Turns whose message contains a `never` fact's value or declares an unknown fact id / turns. (A hook for LLM users: the agenda user cannot do it.) */
  hallucinatedFact: Ratio;
  /** Episodes the user stopped (`user_stopped`) before any answer attempt / episodes. */
  prematureStop: Ratio;
  /** Turns a self-checking simulator (the LLM user) had to regenerate / turns. */
  regenerated: Ratio;
  /** Turns whose reply still broke the simulator's own rules after its last regeneration / turns. */
  unresolvedViolations: Ratio;
  violations: SimulatorViolations;
}

function searchable(fact: Fact): boolean {
  return String(fact.value).length >= MIN_SEARCHED_VALUE;
}

/** Simulator validity over `results`. */
export function simulatorValidity(results: readonly EpisodeResult[], scenarios: ReadonlyMap<string, Scenario>): SimulatorValidity {
  const { episodes, excluded } = selectIncluded(results);
  const violations: SimulatorViolations = { tooManyPerTurn: 0, valueMissing: 0, undeclaredValue: 0, unaskedOnRequest: 0, neverDeclared: 0, unknownFactId: 0 };
  let used = 0;
  let turns = 0;
  let faithful = 0;
  let over = 0;
  let hallucinated = 0;
  let stopped = 0;
  let regenerated = 0;
  let unresolved = 0;

  for (const result of episodes) {
    const scenario = scenarios.get(result.scenarioId);
    if (!scenario) continue;
    used++;
    const factById = new Map(scenario.user.facts.map((f) => [f.id, f]));
    const ledgerByFact = new Map(result.ledger.map((e) => [e.factId, e]));
    const max = scenario.user.max_disclosures_per_turn;
    const disclosed = new Set<string>();

    for (const entry of result.transcript) {
      if (entry.role !== 'user' || entry.probe) continue;
      turns++;
      if (entry.validity && entry.validity.regenerations > 0) regenerated++;
      if (entry.validity && entry.validity.violations.length > 0) unresolved++;
      const declared = new Set([...entry.disclosed, ...result.ledger.filter((e) => e.turn === entry.turn).map((e) => e.factId)]);
      const fresh = [...declared].filter((id) => !disclosed.has(id));
      const openingByCondition = result.condition !== 'sharded' && entry.turn === 1;
      const exempt = (id: string): boolean => openingByCondition || ledgerByFact.get(id)?.reason === 'condition';

      const unknownIds = fresh.filter((id) => !factById.has(id));
      const freshFacts = fresh.map((id) => factById.get(id)).filter((f): f is Fact => f !== undefined);
      const onRequest = freshFacts.filter((f) => f.disclose === 'on_request' && !exempt(f.id));
      const tooMany = onRequest.length > max;
      const missing = freshFacts.some((f) => !containsValue(entry.text, f.value));
      const undeclared = scenario.user.facts.some(
        (f) => !declared.has(f.id) && !disclosed.has(f.id) && searchable(f) && containsValue(entry.text, f.value),
      );
      const unasked = onRequest.some((f) => ledgerByFact.get(f.id)?.asked !== true);
      const never = freshFacts.some((f) => f.disclose === 'never');
      const neverValue = scenario.user.facts.some((f) => f.disclose === 'never' && searchable(f) && containsValue(entry.text, f.value));

      if (tooMany) violations.tooManyPerTurn++;
      if (missing) violations.valueMissing++;
      if (undeclared) violations.undeclaredValue++;
      if (unasked) violations.unaskedOnRequest++;
      if (never) violations.neverDeclared++;
      if (unknownIds.length > 0) violations.unknownFactId++;
      if (!tooMany && !missing && !undeclared && unknownIds.length === 0) faithful++;
      if (tooMany || unasked || never) over++;
      if (neverValue || unknownIds.length > 0) hallucinated++;
      for (const id of fresh) disclosed.add(id);
    }

    const answered = result.transcript.some((e) => e.role === 'agent' && e.action.type === 'answer');
    if (result.termination.reason === 'user_stopped' && !answered) stopped++;
  }

  return {
    episodes: used,
    excluded,
    unknownScenario: episodes.length - used,
    turns,
    disclosureFidelity: ratio(faithful, turns),
    overDisclosure: ratio(over, turns),
    hallucinatedFact: ratio(hallucinated, turns),
    prematureStop: ratio(stopped, used),
    regenerated: ratio(regenerated, turns),
    unresolvedViolations: ratio(unresolved, turns),
    violations,
  };
}
