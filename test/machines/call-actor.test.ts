import { describe, expect, it } from 'vitest';
import { assign, createActor, fromPromise, setup, toPromise, type PromiseActorLogic } from 'xstate';
import { fromCall } from '../../src/machines/call-actor.js';

/** A parent that invokes `work` once and records how it ended, as the episode machine does. */
function parent(work: PromiseActorLogic<number, number>) {
  return setup({
    types: { context: {} as { got: string }, output: {} as string },
    actors: { work },
  }).createMachine({
    context: { got: '' },
    initial: 'calling',
    states: {
      calling: {
        invoke: {
          id: 'work',
          src: 'work',
          input: () => 20,
          onDone: { target: 'done', actions: assign({ got: ({ event }) => `done ${event.output}` }) },
          onError: { target: 'done', actions: assign({ got: ({ event }) => `error ${String(event.error)}` }) },
        },
      },
      done: { type: 'final' },
    },
    output: ({ context }) => context.got,
  });
}

async function outcome(work: Parameters<typeof parent>[0]): Promise<string> {
  const actor = createActor(parent(work));
  actor.start();
  return await toPromise(actor);
}

describe('fromCall', () => {
  it('reports a result and a failure to its parent exactly as fromPromise does', async () => {
    const double = ({ input }: { input: number }) => Promise.resolve(input * 2);
    const fail = (): Promise<number> => Promise.reject(new Error('no'));
    expect(await outcome(fromCall(double))).toBe(await outcome(fromPromise(double)));
    expect(await outcome(fromCall(double))).toBe('done 40');
    expect(await outcome(fromCall(fail))).toBe(await outcome(fromPromise(fail)));
    expect(await outcome(fromCall(fail))).toBe('error Error: no');
  });

  it('passes the actor system, and ignores a result that arrives after the actor was stopped', async () => {
    let release: (value: number) => void = () => undefined;
    let seen: unknown;
    const slow = fromCall<number, number>(({ system }) => {
      seen = system;
      return new Promise<number>((resolve) => (release = resolve));
    });
    const actor = createActor(parent(slow));
    actor.start();
    expect(seen).toBe(actor.system);
    const child = actor.getSnapshot().children.work;
    actor.stop();
    release(1);
    await Promise.resolve();
    expect(child?.getSnapshot().status).toBe('stopped');
    expect(actor.getSnapshot().status).toBe('stopped');
  });
});
