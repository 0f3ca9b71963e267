/**
 * The episode machine's context and the pure functions it is built from: what
 * each actor is shown, which probe is due, how an actor failure maps to a
 * termination reason. Keeping them out of the machine definition lets them be
 * tested on their own and keeps `episode.ts` a readable statechart.
 */
import { agentContext } from '../scenario/agent-context.js';
import { goalsOf, openingOf } from '../scenario/goals.js';
import { personaStyle, personaText } from '../scenario/persona.js';
import type { AgentMessage, Observation } from '../agents/agent.js';
import type { ToolSpec } from '../environment/environment.js';
import { UsersimError } from '../errors.js';
import type { Scores } from '../judge/judge.js';
import type { Probe, Scenario } from '../scenario/schema.js';
import type { LedgerEntry } from '../simulated-user/ledger.js';
import type { UserReply, UserView } from '../simulated-user/user.js';
import type { Termination, TerminationReason } from './termination.js';
import type { AgentAction, ToolCall, ToolOutcome, TranscriptEntry } from '../core/transcript.js';

/** What the runner passes in. `deadline` is an absolute time, so a restored snapshot keeps it. */
export interface EpisodeInput {
  scenario: Scenario;
  /** The tools the agent may use (already filtered by `agent.tools`). */
  tools: ToolSpec[];
  /** Milliseconds since the epoch after which the episode ends with `timeout`. */
  deadline: number;
  /** Facts the condition (`full`, `concat`) states in the opening: their disclosure is recorded with reason `condition`. */
  conditionFacts?: readonly string[];
}

/** Actor outputs carry the time they finished, so the machine reads time without a clock of its own. */
export interface Timed {
  now: number;
}

export type UserActorOutput = Timed & { reply: UserReply };
export type AgentActorOutput = Timed & { action: AgentAction };
export type EnvironmentActorOutput = Timed & { outcome: ToolOutcome };
export type JudgeActorOutput = Timed & { scores: Scores };

export interface JudgeActorInput {
  transcript: TranscriptEntry[];
  answer: string | null;
  termination: Termination;
}

export interface EpisodeContext {
  /**
   * The runner's input, unchanged through the episode. It is one key rather
   * than four because every update copies the context: V8 turns an
   * `Object.assign` copy of twenty keys into a dictionary, which made each
   * update about twenty times slower (see the fast-properties test).
   */
  input: Required<EpisodeInput>;
  transcript: TranscriptEntry[];
  ledger: LedgerEntry[];
  /** Simulated-user turns so far (probes are not counted). */
  userTurns: number;
  agentSteps: number;
  toolCalls: number;
  /** Tool calls since the last user message, for `max_tool_calls_per_turn`. */
  toolCallsThisTurn: number;
  answer: string | null;
  /** With `user.goals`: how many goals the agent has answered (the index of the goal under way). */
  goalsAnswered: number;
  /** With `user.goals`: how many goals the user has opened (a goal opens with the user's first message after the previous answer). */
  goalsOpened: number;
  /** Number of wordings put so far, per probe id. */
  probeWordings: Record<string, number>;
  /** The probe wording the agent has yet to respond to. */
  pendingProbe: { id: string; wording: number } | null;
  /** The last action the agent took, for routing after `agentTurn`; a tool call stays here until it is made. */
  lastAction: AgentAction | null;
  /** The time reported by the last actor to finish. */
  now: number;
  termination: Termination | null;
  scores: Scores | null;
}

export interface EpisodeOutput {
  termination: Termination;
  answer: string | null;
  transcript: TranscriptEntry[];
  ledger: LedgerEntry[];
  counts: { userTurns: number; agentSteps: number; toolCalls: number; probesAsked: number };
  scores: Scores | null;
}

export function initialContext(input: EpisodeInput): EpisodeContext {
  return {
    input: { scenario: input.scenario, tools: input.tools, deadline: input.deadline, conditionFacts: input.conditionFacts ?? [] },
    transcript: [],
    ledger: [],
    userTurns: 0,
    agentSteps: 0,
    toolCalls: 0,
    toolCallsThisTurn: 0,
    answer: null,
    goalsAnswered: 0,
    goalsOpened: 0,
    probeWordings: {},
    pendingProbe: null,
    lastAction: null,
    now: 0,
    termination: null,
    scores: null,
  };
}

/**
 * The agent's view: the task context, the tools, and the conversation from its
 * side. Nothing else from the scenario crosses this line.
 */
export function buildObservation(context: EpisodeContext): Observation {
  const messages: AgentMessage[] = context.transcript.map((entry): AgentMessage => {
    if (entry.role === 'user') return { role: 'user', text: entry.text };
    if (entry.role === 'agent') return { role: 'agent', action: entry.action };
    return { role: 'tool', callId: entry.callId, name: entry.name, outcome: entry.outcome };
  });
  return { context: agentContext(context.input.scenario), tools: context.input.tools, messages };
}

/**
 * The simulated user's view. Probe exchanges are left out: probes are put by
 * the machine, not by the user, and the user should answer what the agent
 * asked before the interruption.
 */
export function buildUserView(context: EpisodeContext): UserView {
  const { scenario } = context.input;
  const goals = goalsOf(scenario);
  const opening = openingOf(scenario);
  const conversation: UserView['conversation'][number][] = [];
  for (const entry of context.transcript) {
    if (entry.role === 'user' && !entry.probe) conversation.push({ role: 'user', text: entry.text });
    if (entry.role === 'agent' && !entry.probeResponse && entry.action.type !== 'tool') {
      conversation.push({ role: 'agent', text: entry.action.text, kind: entry.action.type });
    }
  }
  return {
    turn: context.userTurns + 1,
    persona: personaText(scenario.persona),
    style: personaStyle(scenario.persona),
    rules: scenario.user.rules,
    goal: scenario.user.goal,
    ...(opening === undefined ? {} : { opening }),
    ...(goals ? { goals: { requests: goals, answered: context.goalsAnswered } } : {}),
    facts: scenario.user.facts,
    unknowns: scenario.user.unknowns,
    maxDisclosuresPerTurn: scenario.user.max_disclosures_per_turn,
    conversation,
    ledger: context.ledger,
  };
}

/** All wordings of a probe, the first being `text`. */
export function probeWordings(probe: Probe): string[] {
  return [probe.text, ...probe.rewordings];
}

/** Goals still to answer after the agent's answers so far (0 for a scenario without goals). */
export function goalsLeft(context: EpisodeContext): number {
  const goals = goalsOf(context.input.scenario);
  return goals ? Math.max(0, goals.length - context.goalsAnswered) : 0;
}

/** The agent has given its final answer: the answer, or with `user.goals` the answer to the last goal. */
export function finallyAnswered(context: EpisodeContext): boolean {
  return context.answer !== null && goalsLeft(context) === 0;
}

/**
 * The next probe to put, if any. A turn-scheduled probe is due once its turn
 * has passed, or as soon as the agent has given its final answer (so an early
 * answer cannot dodge it); an `after_answer` probe is due once the agent has
 * given its final answer.
 */
export function dueProbe(context: EpisodeContext): Probe | undefined {
  const answered = finallyAnswered(context);
  return context.input.scenario.probes.find((probe) => {
    if ((context.probeWordings[probe.id] ?? 0) > 0) return false;
    if (probe.at === 'after_answer') return answered;
    return answered || context.userTurns >= probe.at.after_turn;
  });
}

/** The next wording of the probe the agent just responded to, if it has more. */
export function nextWording(context: EpisodeContext): { probe: Probe; wording: number } | undefined {
  const pending = context.pendingProbe;
  if (!pending) return undefined;
  const probe = context.input.scenario.probes.find((p) => p.id === pending.id);
  if (!probe) return undefined;
  const next = pending.wording + 1;
  return next < probeWordings(probe).length ? { probe, wording: next } : undefined;
}

/** The tool call the agent has just made: the machine enters `toolCall` only right after one. */
export function pendingCall(context: EpisodeContext): ToolCall {
  const action = context.lastAction;
  if (action?.type !== 'tool') throw new UsersimError('E_INTERNAL', 'the episode machine reached a tool call without one pending');
  return action.call;
}

/** Maps an actor failure to a termination. Infrastructure failures are told apart so they can be excluded. */
export function terminationFromError(error: unknown, role: 'agent' | 'user' | 'environment' | 'judge'): Termination {
  const code = error instanceof UsersimError ? error.code : 'E_INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  let reason: TerminationReason;
  if (code === 'E_INFRA' || role === 'judge') reason = 'infrastructure_error';
  else if (code === 'E_TIMEOUT') reason = 'timeout';
  else reason = role === 'agent' ? 'agent_error' : role === 'user' ? 'user_error' : 'environment_error';
  return { reason, error: { code, message } };
}

/** Records a simulated-user reply, appending only facts not disclosed before to the ledger. */
export function recordUserReply(
  context: EpisodeContext,
  reply: UserReply,
): Pick<EpisodeContext, 'transcript' | 'ledger' | 'userTurns' | 'toolCallsThisTurn' | 'goalsOpened'> {
  const turn = context.userTurns + 1;
  // The user's first message after an answer opens the next goal (the first message opens the first).
  const opens = context.goalsOpened === context.goalsAnswered ? goalsOf(context.input.scenario)?.[context.goalsAnswered] : undefined;
  const known = new Set(context.ledger.map((e) => e.factId));
  const fresh = reply.disclosed.filter((d) => !known.has(d.factId) && known.add(d.factId));
  const corrected = new Set(reply.corrected ?? []);
  const ledger = [
    ...context.ledger,
    ...fresh.map((d): LedgerEntry => ({
      turn,
      factId: d.factId,
      asked: d.asked,
      reason: corrected.has(d.factId) ? 'corrected' : disclosureReason(context, turn, d),
      ...(d.asked && d.why !== undefined ? { why: d.why } : {}),
    })),
    // A correction of a fact already in the ledger is recorded too: the agent may have acted on the wrong value.
    ...[...corrected].filter((id) => !fresh.some((d) => d.factId === id)).map((factId): LedgerEntry => ({ turn, factId, asked: false, reason: 'corrected' })),
  ];
  const transcript: TranscriptEntry[] = [
    ...context.transcript,
    {
      role: 'user',
      turn,
      text: reply.message,
      disclosed: fresh.map((d) => d.factId),
      // Kept so simulator-validity metrics can count regenerations and rule breaks from stored results.
      ...(reply.validity ? { validity: reply.validity } : {}),
      ...(opens ? { goal: opens.id } : {}),
    },
  ];
  return { transcript, ledger, userTurns: turn, toolCallsThisTurn: 0, goalsOpened: context.goalsOpened + (opens ? 1 : 0) };
}

/** Why a fact was disclosed: asked for, stated in the opening by the condition, or volunteered by the user's rules. */
function disclosureReason(context: EpisodeContext, turn: number, disclosure: UserReply['disclosed'][number]): LedgerEntry['reason'] {
  if (disclosure.asked) return 'asked';
  return turn === 1 && context.input.conditionFacts.includes(disclosure.factId) ? 'condition' : 'volunteered';
}
