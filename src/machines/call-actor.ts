/**
 * The episode's actor calls as xstate promise actors, without the abort
 * controller that xstate's `fromPromise` makes for every call. That controller
 * only serves to abort the work when the actor is stopped mid-call; the episode
 * machine stops an actor mid-call only when the whole episode is torn down,
 * and `runEpisode` aborts every call through one signal per episode instead.
 * Making and dropping a controller and its signal per call was about 5 % of
 * an offline episode's CPU. Otherwise this is `fromPromise` (xstate 5.x): the
 * same snapshots, the same done and error events for the parent. Hand-written
 * because xstate offers no promise logic without the controller.
 */
import type { PromiseActorLogic, PromiseSnapshot } from 'xstate';

const RESOLVE = 'usersim.call.resolve';
const REJECT = 'usersim.call.reject';
const STOP = 'xstate.stop';

/**
 * Promise actor logic for `call`, which gets the actor's input and system.
 *
 * @example
 * const agent = fromCall<AgentActorOutput, Observation>(({ input }) => act(input));
 */
export function fromCall<TOutput, TInput>(call: (args: { input: TInput; system: unknown }) => PromiseLike<TOutput>): PromiseActorLogic<TOutput, TInput> {
  return {
    config: call,
    transition: (snapshot, event) => {
      if (snapshot.status !== 'active') return snapshot;
      switch (event.type) {
        case RESOLVE:
          return { ...snapshot, status: 'done', output: event.data as TOutput, input: undefined };
        case REJECT:
          return { ...snapshot, status: 'error', error: event.data, input: undefined };
        case STOP:
          return { ...snapshot, status: 'stopped', input: undefined };
        default:
          return snapshot;
      }
    },
    start: (snapshot, { self, system }) => {
      if (snapshot.status !== 'active') return;
      Promise.resolve(call({ input: snapshot.input as TInput, system })).then(
        (data) => {
          if (self.getSnapshot().status === 'active') self.send({ type: RESOLVE, data });
        },
        (data: unknown) => {
          if (self.getSnapshot().status === 'active') self.send({ type: REJECT, data });
        },
      );
    },
    getInitialSnapshot: (_, input): PromiseSnapshot<TOutput, TInput> => ({ status: 'active', output: undefined, error: undefined, input }),
    getPersistedSnapshot: (snapshot) => snapshot,
    restoreSnapshot: (snapshot) => snapshot as PromiseSnapshot<TOutput, TInput>,
  };
}
