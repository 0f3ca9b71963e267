/**
 * The ledger check of the LLM simulated user: does a reply keep the scenario's
 * disclosure rules, and do its declared disclosures match its text? A model
 * asked to role-play a customer will sometimes blurt out a fact early, forget
 * to declare one it told, or invent a disclosure; every such slip would make
 * the fact ledger (and every clarification metric built on it) wrong, so each
 * reply is checked before it is accepted. Values are matched as the agenda
 * user matches them (`mentionsValue`): a declared value must appear verbatim,
 * an undeclared one must not appear in any case. What the agent asked for is
 * the ask recogniser's reading of its messages ({@link AskedNow}); the LLM
 * user may widen it with an LLM recogniser before checking.
 */
import type { Fact } from '../scenario/schema.js';
import { askTargets, type AskRecognition } from '../core/ask-recogniser.js';
import { recogniseAsks } from '../asks/deterministic.js';
import { mentionsValue } from '../core/cues.js';
import { disclosedFacts } from './ledger.js';
import type { UserReply, UserStopReason, UserView } from './user.js';
import { requestToOpen } from './goal-turn.js';

/** A reply as the model declared it. */
export interface DeclaredReply {
  message: string;
  /** Fact ids the model says this message discloses. */
  disclosed: readonly string[];
  stop: UserStopReason | null;
}

/** The agent's messages and answers since the user last spoke, joined: what the user is replying to. */
export function agentTextSinceUser(view: UserView): string {
  const out: string[] = [];
  for (let i = view.conversation.length - 1; i >= 0; i--) {
    const entry = view.conversation[i];
    if (!entry || entry.role === 'user') break;
    out.unshift(entry.text);
  }
  return out.join('\n');
}

/** What the agent asked for since the user last spoke: fact id → the recogniser's reason, and unknown ids. */
export interface AskedNow {
  facts: ReadonlyMap<string, string>;
  unknowns: ReadonlySet<string>;
}

/** {@link AskedNow} from a recognition of the agent's text. */
export function askedFrom(recognition: AskRecognition): AskedNow {
  return {
    facts: new Map(recognition.requests.filter((r) => r.target === 'fact').map((r) => [r.id, r.why])),
    unknowns: new Set(recognition.requests.filter((r) => r.target === 'unknown').map((r) => r.id)),
  };
}

/** What the deterministic recogniser sees asked for since the user last spoke. */
export function recognisedAsks(view: UserView): AskedNow {
  return askedFrom(recogniseAsks(agentTextSinceUser(view), askTargets(view.facts, view.unknowns)));
}

/** Whether the agent asked for `fact` since the user last spoke. */
export function wasAsked(view: UserView, fact: Fact, asked: AskedNow = recognisedAsks(view)): boolean {
  return asked.facts.has(fact.id);
}

/** Whether a volunteer fact is due at this turn. */
export function isDue(fact: Fact, turn: number): boolean {
  return fact.disclose === 'volunteer' && (fact.volunteer_at ?? 1) <= turn;
}

/**
 * Every rule the reply breaks, as sentences the model can act on (empty when
 * it keeps them all). Rules: the message is not empty; each declared id is a
 * fact, not a `never` fact, and its value appears verbatim; a newly declared
 * `on_request` fact was asked for, a newly declared `volunteer` fact is due or
 * was asked for; at most `maxDisclosuresPerTurn` facts asked for are newly
 * told; no undeclared fact's value appears unless it was told before; and,
 * unless the user is stopping, every due volunteer fact not yet told is told.
 */
export function checkUserReply(view: UserView, reply: DeclaredReply, asked: AskedNow = recognisedAsks(view)): string[] {
  const opening = openingFacts(view);
  const violations: string[] = [];
  const byId = new Map(view.facts.map((f) => [f.id, f]));
  const told = new Set(disclosedFacts(view.ledger));
  const declared = [...new Set(reply.disclosed)];
  if (reply.message.trim() === '') violations.push('the message is empty');
  const freshAsked: string[] = [];
  for (const id of declared) {
    const fact = byId.get(id);
    if (!fact) {
      violations.push(`"${id}" in "disclosed" is not one of your fact ids`);
      continue;
    }
    if (fact.disclose === 'never') {
      violations.push(`${id} must never be revealed, yet it is declared in "disclosed"`);
      continue;
    }
    if (!mentionsValue(reply.message, fact.value, true)) {
      violations.push(`${id} is declared in "disclosed", but its value ${JSON.stringify(String(fact.value))} does not appear exactly in the message`);
    }
    if (told.has(id)) continue;
    if (wasAsked(view, fact, asked)) freshAsked.push(id);
    else if (opening.has(id)) continue;
    else if (fact.disclose === 'on_request') violations.push(`${id} was not asked for: tell on_request facts only when the assistant asks for them`);
    else if (!isDue(fact, view.turn)) violations.push(`${id} must not be volunteered before turn ${fact.volunteer_at ?? 1}`);
  }
  if (freshAsked.length > view.maxDisclosuresPerTurn) {
    violations.push(`${freshAsked.length} facts the assistant asked for are told at once (${freshAsked.join(', ')}); tell at most ${view.maxDisclosuresPerTurn} per message`);
  }
  for (const fact of view.facts) {
    if (told.has(fact.id) || declared.includes(fact.id) || !mentionsValue(reply.message, fact.value)) continue;
    if (fact.disclose === 'never') violations.push(`the message reveals ${fact.id}, which must never be revealed`);
    else if (fact.disclose === 'on_request' && !wasAsked(view, fact, asked) && !opening.has(fact.id)) violations.push(`the message reveals ${fact.id}, which was not asked for`);
    else violations.push(`the message reveals ${fact.id} without declaring it in "disclosed"`);
  }
  const next = requestToOpen(view);
  if (next && reply.stop !== null) violations.push(`the assistant answered one request, but "${next.id}" remains: make it instead of stopping`);
  if (reply.stop === null) {
    for (const fact of view.facts) {
      if (isDue(fact, view.turn) && !told.has(fact.id) && !declared.includes(fact.id)) {
        violations.push(`${fact.id} is due to be volunteered now: mention it and declare it in "disclosed"`);
      }
    }
  }
  return violations;
}

/**
 * Facts a scripted opening states itself (turn 1 only, or the request that
 * opens the next of `user.goals`): the user is told to
 * start with that text, so telling them is the scenario's doing, not a slip;
 * they must still be declared.
 */
export function openingFacts(view: UserView): Set<string> {
  // With goals, a scripted request that opens the next goal states its facts the same way.
  const opening = view.turn === 1 ? view.opening : requestToOpen(view)?.request;
  if (opening === undefined) return new Set();
  return new Set(view.facts.filter((f) => f.disclose !== 'never' && mentionsValue(opening, f.value)).map((f) => f.id));
}

/** The declared disclosures as the machine records them: known, not-yet-told facts, with whether the agent asked. */
export function declaredDisclosures(view: UserView, ids: readonly string[], asked: AskedNow = recognisedAsks(view)): UserReply['disclosed'] {
  const told = new Set(disclosedFacts(view.ledger));
  const byId = new Map(view.facts.map((f) => [f.id, f]));
  const out: UserReply['disclosed'][number][] = [];
  for (const id of new Set(ids)) {
    const fact = byId.get(id);
    if (fact && fact.disclose !== 'never' && !told.has(id)) out.push(disclosure(fact, asked));
  }
  return out;
}

function disclosure(fact: Fact, asked: AskedNow): UserReply['disclosed'][number] {
  const why = asked.facts.get(fact.id);
  return why === undefined ? { factId: fact.id, asked: false } : { factId: fact.id, asked: true, why };
}

/**
 * The disclosures a message actually makes, read from its text: every fact not
 * told before whose value appears (whatever its rule). Used for a reply that
 * still breaks the rules after regeneration, so the ledger records what the
 * agent was really told rather than what the model claimed.
 */
export function disclosuresInText(view: UserView, message: string, asked: AskedNow = recognisedAsks(view)): UserReply['disclosed'] {
  const told = new Set(disclosedFacts(view.ledger));
  return view.facts.filter((fact) => !told.has(fact.id) && mentionsValue(message, fact.value)).map((fact) => disclosure(fact, asked));
}
