/**
 * The episode machine: one POMDP episode between a simulated user, an agent,
 * an environment and a judge, as an xstate v5 statechart.
 *
 * The machine is pure. Its four actors are placeholders that fail until the
 * runner supplies real ones through `machine.provide()`, and time enters only
 * through the `now` that every actor output carries, checked against an
 * absolute deadline from the input. Budgets are guards. Probes are put by the
 * machine as user turns when they fall due. Scoring happens when the agent
 * terminates (answers, or a budget or failure ends the episode), never merely
 * because the user said stop; an infrastructure failure skips scoring.
 */
import { assign, fromPromise, setup } from 'xstate';
import type { Observation } from '../agents/agent.js';
import { UsersimError } from '../errors.js';
import type { UserView } from '../simulated-user/user.js';
import {
  buildObservation,
  buildUserView,
  dueProbe,
  initialContext,
  nextWording,
  probeWordings,
  recordUserReply,
  terminationFromError,
  type AgentActorOutput,
  type EnvironmentActorOutput,
  type EpisodeContext,
  type EpisodeInput,
  type EpisodeOutput,
  type JudgeActorInput,
  type JudgeActorOutput,
  type UserActorOutput,
} from './episode-context.js';
import type { TerminationReason } from './termination.js';
import type { ToolCall, TranscriptEntry } from '../core/transcript.js';

const notProvided = (name: string) =>
  fromPromise<never, unknown>(async () => {
    throw new UsersimError('E_INTERNAL', `the episode machine's "${name}" actor was not provided`);
  });

type ActorRole = 'agent' | 'user' | 'environment' | 'judge';

export const episodeMachine = setup({
  types: {
    context: {} as EpisodeContext,
    input: {} as EpisodeInput,
    output: {} as EpisodeOutput,
  },
  actors: {
    simulatedUser: notProvided('simulatedUser') as unknown as ReturnType<typeof fromPromise<UserActorOutput, UserView>>,
    agent: notProvided('agent') as unknown as ReturnType<typeof fromPromise<AgentActorOutput, Observation>>,
    environment: notProvided('environment') as unknown as ReturnType<typeof fromPromise<EnvironmentActorOutput, ToolCall>>,
    judge: notProvided('judge') as unknown as ReturnType<typeof fromPromise<JudgeActorOutput, JudgeActorInput>>,
  },
  guards: {
    pastDeadline: ({ context }) => context.now > context.deadline,
    userStopped: ({ event }) => (event as unknown as { output: UserActorOutput }).output.reply.stop !== undefined,
    overStepBudget: ({ context }) => context.agentSteps > context.scenario.limits.max_steps,
    overToolBudget: ({ context }) =>
      context.lastAction?.type === 'tool' && context.toolCallsThisTurn > context.scenario.limits.max_tool_calls_per_turn,
    isToolCall: ({ context }) => context.lastAction?.type === 'tool',
    respondsToProbe: ({ context }) => context.pendingProbe !== null,
    hasNextWording: ({ context }) => nextWording(context) !== undefined,
    isAnswer: ({ context }) => context.lastAction?.type === 'answer',
    hasAnswered: ({ context }) => context.answer !== null,
    probeDue: ({ context }) => dueProbe(context) !== undefined,
    outOfUserTurns: ({ context }) => context.userTurns >= context.scenario.limits.max_user_turns,
    infrastructureFailed: ({ context }) => context.termination?.reason === 'infrastructure_error',
  },
  actions: {
    terminate: assign((_, params: { reason: TerminationReason }) => ({ termination: { reason: params.reason } })),
    fail: assign(({ event }, params: { role: ActorRole }) => ({
      termination: terminationFromError((event as { error?: unknown }).error, params.role),
    })),
    recordUser: assign(({ context, event }) => {
      const output = (event as unknown as { output: UserActorOutput }).output;
      return { ...recordUserReply(context, output.reply), now: output.now };
    }),
    recordUserStop: assign(({ event }) => {
      const stop = (event as unknown as { output: UserActorOutput }).output.reply.stop;
      return { termination: { reason: stop === 'out_of_scope' ? 'out_of_scope' : 'user_stopped' } as const };
    }),
    recordAgent: assign(({ context, event }) => {
      const { action, now } = (event as unknown as { output: AgentActorOutput }).output;
      const isTool = action.type === 'tool';
      const entry: TranscriptEntry = {
        role: 'agent',
        turn: context.userTurns,
        action,
        ...(context.pendingProbe && !isTool ? { probeResponse: context.pendingProbe.id } : {}),
      };
      return {
        transcript: [...context.transcript, entry],
        lastAction: action,
        agentSteps: context.agentSteps + 1,
        toolCalls: context.toolCalls + (isTool ? 1 : 0),
        toolCallsThisTurn: context.toolCallsThisTurn + (isTool ? 1 : 0),
        pendingCall: isTool ? action.call : null,
        now,
      };
    }),
    recordAnswer: assign(({ context }) => ({
      answer: context.lastAction?.type === 'answer' ? context.lastAction.text : context.answer,
    })),
    recordTool: assign(({ context, event }) => {
      const { outcome, now } = (event as unknown as { output: EnvironmentActorOutput }).output;
      const call = context.pendingCall as ToolCall;
      const entry: TranscriptEntry = { role: 'tool', turn: context.userTurns, callId: call.id, name: call.name, outcome };
      return { transcript: [...context.transcript, entry], pendingCall: null, now };
    }),
    clearProbe: assign({ pendingProbe: null }),
    putNextWording: assign(({ context }) => putProbe(context, nextWording(context))),
    putDueProbe: assign(({ context }) => {
      const probe = dueProbe(context);
      return putProbe(context, probe && { probe, wording: 0 });
    }),
    recordScores: assign(({ event }) => {
      const { scores, now } = (event as unknown as { output: JudgeActorOutput }).output;
      return { scores, now };
    }),
  },
}).createMachine({
  id: 'episode',
  context: ({ input }) => initialContext(input),
  // The opening is the first user turn: same actor, same rules.
  initial: 'userTurn',
  states: {
    agentTurn: {
      invoke: {
        id: 'agent',
        src: 'agent',
        input: ({ context }) => buildObservation(context),
        onDone: { target: 'routeAgentAction', actions: 'recordAgent' },
        onError: { target: 'finish', actions: { type: 'fail', params: { role: 'agent' } } },
      },
    },
    routeAgentAction: {
      always: [
        { guard: 'pastDeadline', target: 'finish', actions: { type: 'terminate', params: { reason: 'timeout' } } },
        { guard: 'overStepBudget', target: 'finish', actions: { type: 'terminate', params: { reason: 'max_steps' } } },
        { guard: 'overToolBudget', target: 'finish', actions: { type: 'terminate', params: { reason: 'max_tool_calls' } } },
        { guard: 'isToolCall', target: 'toolCall' },
        { guard: 'respondsToProbe', target: 'routeAfterProbe' },
        { guard: 'isAnswer', target: 'routeAfterAnswer', actions: 'recordAnswer' },
        { target: 'routeToUser' },
      ],
    },
    routeAfterProbe: {
      always: [
        { guard: 'hasNextWording', target: 'agentTurn', actions: 'putNextWording' },
        { guard: 'hasAnswered', target: 'routeAfterAnswer', actions: 'clearProbe' },
        { target: 'routeToUser', actions: 'clearProbe' },
      ],
    },
    routeAfterAnswer: {
      always: [
        { guard: 'probeDue', target: 'agentTurn', actions: 'putDueProbe' },
        { target: 'finish', actions: { type: 'terminate', params: { reason: 'agent_answered' } } },
      ],
    },
    routeToUser: {
      always: [
        { guard: 'probeDue', target: 'agentTurn', actions: 'putDueProbe' },
        { guard: 'outOfUserTurns', target: 'finish', actions: { type: 'terminate', params: { reason: 'max_turns' } } },
        { target: 'userTurn' },
      ],
    },
    userTurn: {
      invoke: {
        id: 'simulatedUser',
        src: 'simulatedUser',
        input: ({ context }) => buildUserView(context),
        onDone: [
          { guard: 'userStopped', target: 'finish', actions: ['recordUser', 'recordUserStop'] },
          { target: 'checkDeadline', actions: 'recordUser' },
        ],
        onError: { target: 'finish', actions: { type: 'fail', params: { role: 'user' } } },
      },
    },
    toolCall: {
      invoke: {
        id: 'environment',
        src: 'environment',
        input: ({ context }) => context.pendingCall as ToolCall,
        onDone: { target: 'checkDeadline', actions: 'recordTool' },
        onError: { target: 'finish', actions: { type: 'fail', params: { role: 'environment' } } },
      },
    },
    checkDeadline: {
      always: [
        { guard: 'pastDeadline', target: 'finish', actions: { type: 'terminate', params: { reason: 'timeout' } } },
        { target: 'agentTurn' },
      ],
    },
    finish: {
      always: [{ guard: 'infrastructureFailed', target: 'done' }, { target: 'judging' }],
    },
    judging: {
      invoke: {
        id: 'judge',
        src: 'judge',
        input: ({ context }) => ({
          transcript: context.transcript,
          answer: context.answer,
          termination: context.termination ?? { reason: 'agent_error' },
        }),
        onDone: { target: 'done', actions: 'recordScores' },
        onError: { target: 'done', actions: { type: 'fail', params: { role: 'judge' } } },
      },
    },
    done: { type: 'final' },
  },
  output: ({ context }) => ({
    termination: context.termination ?? { reason: 'agent_error', error: { code: 'E_INTERNAL', message: 'ended without a termination' } },
    answer: context.answer,
    transcript: context.transcript,
    ledger: context.ledger,
    counts: {
      userTurns: context.userTurns,
      agentSteps: context.agentSteps,
      toolCalls: context.toolCalls,
      probesAsked: Object.values(context.probeWordings).reduce((a, b) => a + b, 0),
    },
    scores: context.scores,
  }),
});

/** Puts a probe wording to the agent as a user message. */
function putProbe(
  context: EpisodeContext,
  next: { probe: EpisodeContext['scenario']['probes'][number]; wording: number } | undefined,
): Partial<EpisodeContext> {
  if (!next) return {};
  const { probe, wording } = next;
  const text = probeWordings(probe)[wording] as string;
  const entry: TranscriptEntry = { role: 'user', turn: context.userTurns, text, probe: { id: probe.id, wording }, disclosed: [] };
  return {
    transcript: [...context.transcript, entry],
    pendingProbe: { id: probe.id, wording },
    probeWordings: { ...context.probeWordings, [probe.id]: wording + 1 },
    toolCallsThisTurn: 0,
  };
}

export type EpisodeMachine = typeof episodeMachine;
