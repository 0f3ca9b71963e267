/**
 * The agenda user: a deterministic, seeded simulated user. It follows the
 * scenario's disclosure rules to the letter, so clarification metrics measure
 * the agent and not the simulator. Each reply answers the agent's messages
 * since the user last spoke:
 *
 * - turn 1 is the opening (the scripted `opening`, else one built from the
 *   goal) plus the facts volunteered at turn 1;
 * - a fact the ask recogniser sees requested in the agent's text is answered:
 *   an undisclosed `on_request` or `volunteer` fact is revealed (at most N a
 *   turn, in order of appearance), a disclosed one is restated (no new ledger
 *   entry), a `never` fact is politely withheld;
 * - a requested unknown gets "I don't know …";
 * - `volunteer` facts are told unprompted from their `volunteer_at` turn;
 * - a message that asks for nothing recognisable gets a nudge restating the goal;
 * - the agent's final answer gets thanks and `stop: 'goal_met'`; with
 *   `user.goals`, an answer that leaves requests open gets the next request
 *   instead (its scripted `request`, else one worded from its goal), and
 *   nudges restate the goal under way;
 * - before all of that, the first matching `user.rules` entry replies,
 *   discloses or corrects (see `user-rules.ts`), and the persona's style is
 *   applied to the finished message (see `style.ts`).
 *
 * It never invents: the only values in its text are those of facts it is
 * disclosing or has disclosed, each verbatim, and it refuses (E_USER) to speak
 * a message that would carry any other fact's value.
 */
import { UsersimError } from '../errors.js';
import type { Fact, Unknown } from '../scenario/schema.js';
import { createRng, type Rng } from '../util/rng.js';
import { askTargets, type AskRecogniser, type AskRequest } from '../core/ask-recogniser.js';
import { createDeterministicAskRecogniser } from '../asks/deterministic.js';
import { mentionsValue } from '../core/cues.js';
import { disclosedFacts } from './ledger.js';
import {
  factSentence,
  nextRequestMessage,
  nudgeMessage,
  openingMessage,
  correctionSentence,
  thanksMessage,
  unknownSentence,
  withheldSentence,
} from './templates.js';
import type { SimulatedUser, UserReply, UserView } from './user.js';
import { applyStyle, isPlainStyle } from './style.js';
import { currentRequest, requestToOpen } from './goal-turn.js';
import { firstMatchingRule } from './user-rules.js';

/** Options of {@link createAgendaUser}. */
export interface AgendaUserOptions {
  /** The episode seed, or a generator already derived from it. */
  seed: number | Rng;
  /** Overrides the scenario's `max_disclosures_per_turn` (facts revealed on request per turn). */
  maxPerTurn?: number;
  /** Decides what the agent asked for; the deterministic recogniser by default. */
  asks?: AskRecogniser;
}

type Disclosure = UserReply['disclosed'][number];

type Hit = { kind: 'fact'; fact: Fact; why: string } | { kind: 'unknown'; unknown: Unknown };

/**
 * Creates the agenda user. The same seed and the same views give the same
 * replies; the wording of turn k depends only on the seed and k.
 *
 * @example
 * const user = createAgendaUser({ seed: 7 });
 * const reply = await user.reply(view, { signal });
 * reply.disclosed; // [{ factId: 'order_number', asked: true }]
 */
export function createAgendaUser(options: AgendaUserOptions): SimulatedUser {
  const rng = typeof options.seed === 'number' ? createRng(options.seed) : options.seed;
  const { maxPerTurn } = options;
  const asks = options.asks ?? createDeterministicAskRecogniser();
  if (maxPerTurn !== undefined && (!Number.isInteger(maxPerTurn) || maxPerTurn < 1)) {
    throw new UsersimError('E_CONFIG', `agenda user: maxPerTurn must be a positive integer, got ${maxPerTurn}`);
  }
  // Indexes of `once` rules already used: the one piece of state an agenda user keeps across turns.
  const fired = new Set<number>();
  return {
    name: 'agenda',
    reply: async (view, { signal }) => {
      signal.throwIfAborted();
      const turnRng = rng.fork(`turn-${view.turn}`);
      const composed = view.turn <= 1 ? opening(view, turnRng) : await respond(view, turnRng, maxPerTurn ?? view.maxDisclosuresPerTurn, asks, fired, signal);
      const reply = isPlainStyle(view.style)
        ? composed
        : { ...composed, message: applyStyle(composed.message, view.style, view.facts.map((f) => String(f.value)), turnRng.fork('style')) };
      assertNothingInvented(view, reply);
      return reply;
    },
  };
}

function opening(view: UserView, rng: Rng): UserReply {
  return request(view, rng, view.opening ?? openingMessage(rng.fork('opening'), currentGoal(view)), 'the opening', new Set());
}

/** The goal under way: with `user.goals` the current request's, else the scenario's. */
function currentGoal(view: UserView): string {
  return currentRequest(view)?.goal ?? view.goal;
}

/** The next of several requests, when the agent has just answered one and requests remain. */
function nextRequest(view: UserView, rng: Rng): UserReply | undefined {
  const next = requestToOpen(view);
  if (!next) return undefined;
  const text = next.request ?? nextRequestMessage(rng.fork('next-request'), next.goal);
  return request(view, rng, text, `request "${next.id}"`, new Set(disclosedFacts(view.ledger)));
}

/** A message that opens a request: its text, plus the facts due to be volunteered now. */
function request(view: UserView, rng: Rng, base: string, what: string, known: ReadonlySet<string>): UserReply {
  const disclosed: Disclosure[] = [];
  const sentences = [base];
  for (const fact of view.facts) {
    if (known.has(fact.id)) continue;
    // A value already written into the request or goal is disclosed by it, whatever the rule says.
    const inBase = mentionsValue(base, fact.value);
    if (inBase && fact.disclose === 'never') {
      throw new UsersimError('E_USER', `agenda user: ${what} contains the value of never-disclosed fact "${fact.id}"`);
    }
    if (!inBase && !isDueVolunteer(fact, view.turn)) continue;
    disclosed.push({ factId: fact.id, asked: false });
    if (!mentionsValue(base, fact.value, true)) {
      sentences.push(factSentence(rng.fork(`volunteer:${fact.id}`), 'volunteered', fact.text, fact.value));
    }
  }
  return { message: sentences.join(' '), disclosed };
}

async function respond(view: UserView, rng: Rng, maxPerTurn: number, asks: AskRecogniser, fired: Set<number>, signal: AbortSignal): Promise<UserReply> {
  const pending = agentMessagesSinceUser(view);
  if (pending.at(-1)?.kind === 'answer') return nextRequest(view, rng) ?? { message: thanksMessage(rng.fork('thanks')), disclosed: [], stop: 'goal_met' };

  const known = new Set(disclosedFacts(view.ledger));
  const text = pending.map((m) => m.text).join('\n');
  const recognition = await asks.recognise(text, askTargets(view.facts, view.unknowns), { signal });
  const disclosed: Disclosure[] = [];
  const sentences: string[] = [];
  const corrected: string[] = [];
  const rule = firstMatchingRule(view.rules ?? [], view.facts, text, fired, new Set(recognition.requests.map((r) => r.id)));
  // Facts the rule speaks for are left alone by the disclosure rules this turn.
  const covered = new Set<string>();
  if (rule) {
    if (rule.rule.once) fired.add(rule.index);
    if (rule.asked) covered.add(rule.asked.id);
    if (rule.rule.reply !== undefined) sentences.push(rule.rule.reply);
    const disclose = view.facts.find((f) => f.id === rule.rule.disclose);
    if (disclose) {
      covered.add(disclose.id);
      if (!known.has(disclose.id)) {
        const asked = recognition.requests.find((r) => r.id === disclose.id && rule.asked?.id === r.id);
        disclosed.push(asked ? { factId: disclose.id, asked: true, why: asked.why } : { factId: disclose.id, asked: false });
      }
      known.add(disclose.id);
      sentences.push(factSentence(rng.fork(`rule:${disclose.id}`), 'asked', disclose.text, disclose.value));
    }
    const correct = view.facts.find((f) => f.id === rule.rule.correct);
    if (correct) {
      covered.add(correct.id);
      if (!known.has(correct.id)) disclosed.push({ factId: correct.id, asked: false });
      known.add(correct.id);
      corrected.push(correct.id);
      sentences.push(correctionSentence(rng.fork(`correct:${correct.id}`), correct.text, correct.value));
    }
  }
  const hits = toHits(recognition.requests, view).filter((h) => h.kind !== 'fact' || !covered.has(h.fact.id));
  for (const hit of hits) {
    if (hit.kind === 'unknown') {
      sentences.push(unknownSentence(rng.fork(`unknown:${hit.unknown.id}`), hit.unknown.text ?? hit.unknown.cues[0] ?? hit.unknown.id));
      continue;
    }
    const { fact } = hit;
    const slot = rng.fork(`fact:${fact.id}`);
    if (fact.disclose === 'never') sentences.push(withheldSentence(slot, fact.text));
    else if (known.has(fact.id)) sentences.push(factSentence(slot, 'restated', fact.text, fact.value));
    else if (disclosed.length < maxPerTurn) {
      // Facts asked beyond the per-turn limit are left for the agent to ask again.
      disclosed.push({ factId: fact.id, asked: true, why: hit.why });
      known.add(fact.id);
      sentences.push(factSentence(slot, 'asked', fact.text, fact.value));
    }
  }
  if (hits.length === 0 && !rule) sentences.push(nudgeMessage(rng.fork('nudge'), currentGoal(view)));
  for (const fact of view.facts) {
    if (known.has(fact.id) || !isDueVolunteer(fact, view.turn)) continue;
    disclosed.push({ factId: fact.id, asked: false });
    known.add(fact.id);
    sentences.push(factSentence(rng.fork(`volunteer:${fact.id}`), 'volunteered', fact.text, fact.value));
  }
  return corrected.length > 0 ? { message: sentences.join(' '), disclosed, corrected } : { message: sentences.join(' '), disclosed };
}

/** A volunteer fact is due from its turn on, so a turn the user did not speak (the machine's probes) cannot lose it. */
function isDueVolunteer(fact: Fact, turn: number): boolean {
  return fact.disclose === 'volunteer' && (fact.volunteer_at ?? 1) <= turn;
}

/** The agent's messages and answers after the user's last message, oldest first. */
function agentMessagesSinceUser(view: UserView): UserView['conversation'][number][] {
  const out: UserView['conversation'][number][] = [];
  for (let i = view.conversation.length - 1; i >= 0; i--) {
    const entry = view.conversation[i] as UserView['conversation'][number];
    if (entry.role === 'user') break;
    out.unshift(entry);
  }
  return out;
}

/** The recognised requests as facts and unknowns, in the recogniser's order (order of appearance). */
function toHits(requests: readonly AskRequest[], view: UserView): Hit[] {
  const hits: Hit[] = [];
  for (const r of requests) {
    // A scenario holds a handful of facts, so a scan beats building two maps every turn (the last of a duplicated id wins, as in a map).
    const fact = r.target === 'fact' ? view.facts.findLast((f) => f.id === r.id) : undefined;
    const unknown = r.target === 'unknown' ? view.unknowns.findLast((u) => u.id === r.id) : undefined;
    if (fact) hits.push({ kind: 'fact', fact, why: r.why });
    else if (unknown) hits.push({ kind: 'unknown', unknown });
  }
  return hits;
}

/** Refuses to speak a value the ledger would not account for (a scenario whose texts carry hidden values). */
function assertNothingInvented(view: UserView, reply: UserReply): void {
  const allowed = new Set([...disclosedFacts(view.ledger), ...reply.disclosed.map((d) => d.factId)]);
  for (const fact of view.facts) {
    if (!allowed.has(fact.id) && mentionsValue(reply.message, fact.value)) {
      throw new UsersimError(
        'E_USER',
        `agenda user: turn ${view.turn} would reveal the value of fact "${fact.id}" without disclosing it; check the scenario's goal and fact texts`,
      );
    }
  }
}
