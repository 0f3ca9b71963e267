/**
 * The floor for the episode machine: bare xstate v5 running a statechart of
 * the same shape (a user turn, a deadline check, an agent turn, routing, a
 * tool call, scoring) with promise actors that return at once and a context
 * of counters. Whatever usersim costs per transition beyond this is its own:
 * the actors, the context it keeps, the episode wrapper. (The floor uses
 * stock `fromPromise`, whose AbortController per call usersim's actors skip;
 * see `src/machines/call-actor.ts`.)
 */
import { assign, createActor, fromPromise, setup, toPromise } from 'xstate';
import { createTraceRecorder } from '../src/machines/trace.js';

interface Ctx {
  turns: number;
  steps: number;
  maxTurns: number;
  last: 'message' | 'tool' | 'answer';
}

const machine = setup({
  types: { context: {} as Ctx, input: {} as { turns: number } },
  actors: {
    user: fromPromise(async () => ({ text: 'reply', now: 0 })),
    agent: fromPromise(async ({ input }: { input: { steps: number; turns: number } }) => ({
      type: input.turns < 10 ? 'message' : input.steps < 10 ? 'tool' : 'answer',
      now: 0,
    })),
    tool: fromPromise(async () => ({ ok: true, now: 0 })),
    judge: fromPromise(async () => ({ score: 1, now: 0 })),
  },
  guards: {
    isTool: ({ context }) => context.last === 'tool',
    isAnswer: ({ context }) => context.last === 'answer',
    pastDeadline: () => false,
    outOfTurns: ({ context }) => context.turns >= context.maxTurns,
  },
}).createMachine({
  context: ({ input }) => ({ turns: 0, steps: 0, maxTurns: input.turns, last: 'message' }),
  initial: 'userTurn',
  states: {
    userTurn: {
      invoke: { src: 'user', onDone: { target: 'checkDeadline', actions: assign({ turns: ({ context }) => context.turns + 1 }) } },
    },
    checkDeadline: { always: [{ guard: 'pastDeadline', target: 'judging' }, { target: 'agentTurn' }] },
    agentTurn: {
      invoke: {
        src: 'agent',
        input: ({ context }) => ({ steps: context.steps, turns: context.turns }),
        onDone: { target: 'route', actions: assign({ steps: ({ context }) => context.steps + 1, last: ({ event }) => event.output.type as Ctx['last'] }) },
      },
    },
    route: { always: [{ guard: 'isTool', target: 'toolCall' }, { guard: 'isAnswer', target: 'judging' }, { target: 'routeToUser' }] },
    routeToUser: { always: [{ guard: 'outOfTurns', target: 'judging' }, { target: 'userTurn' }] },
    toolCall: { invoke: { src: 'tool', onDone: { target: 'checkDeadline' } } },
    judging: { invoke: { src: 'judge', onDone: { target: 'done' } } },
    done: { type: 'final' },
  },
  output: ({ context }) => ({ turns: context.turns, steps: context.steps }),
});

/** One bare episode. */
export async function bareOnce(inspect?: ReturnType<typeof createTraceRecorder>['inspect']): Promise<void> {
  const actor = createActor(machine, { input: { turns: 20 }, ...(inspect ? { inspect } : {}) });
  actor.start();
  await toPromise(actor);
}

/** Transitions per bare episode, counted the way usersim's trace counts them. */
export async function bareTransitions(): Promise<number> {
  const recorder = createTraceRecorder();
  await bareOnce(recorder.inspect);
  return recorder.lines.length;
}

/** µs per transition of the bare machine over `episodes` episodes (after a warm-up). */
export async function benchBareXstate(episodes = 500): Promise<{ transitions: number; microsPerTransition: number }> {
  const transitions = await bareTransitions();
  for (let i = 0; i < 50; i++) await bareOnce();
  const start = process.hrtime.bigint();
  for (let i = 0; i < episodes; i++) await bareOnce();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  return { transitions, microsPerTransition: (seconds * 1e6) / (episodes * transitions) };
}
