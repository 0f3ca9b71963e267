/**
 * Runs one episode: supplies the real actors to the pure episode machine
 * through `provide()`, stamps every actor output with the injected clock's
 * time, and enforces the deadline for actors that hang by aborting them.
 * Whatever happens, it resolves with an `EpisodeOutput`: failures are data.
 */
import { createActor, fromPromise, toPromise } from 'xstate';
import type { Agent, Observation } from '../agents/agent.js';
import type { EnvDiff, Environment } from '../environment/environment.js';
import { UsersimError } from '../errors.js';
import type { Judge, StateReferenceVerdict } from '../judge/judge.js';
import { compareWithReference } from './reference-state.js';
import type { UsageMeter } from '../llm/usage.js';
import { episodeMachine } from '../machines/episode.js';
import type { AgentActorOutput, EnvironmentActorOutput, EpisodeOutput, JudgeActorInput, JudgeActorOutput, UserActorOutput } from '../machines/episode-context.js';
import { createTraceRecorder, type TraceLine } from '../machines/trace.js';
import type { ToolCall } from '../core/transcript.js';
import type { Scenario } from '../scenario/schema.js';
import type { SimulatedUser, UserView } from '../simulated-user/user.js';
import type { Clock } from '../util/clock.js';
import type { IdGenerator } from '../util/ids.js';

export interface EpisodeActors {
  agent: Agent;
  user: SimulatedUser;
  environment: Environment;
  judge: Judge;
}

export interface RunEpisodeOptions extends EpisodeActors {
  scenario: Scenario;
  seed: number;
  clock: Clock;
  /** Ids for tool calls; from the episode's seeded generator. */
  createId: IdGenerator;
  /** Cancels the episode from outside (e.g. the run is stopping). */
  signal?: AbortSignal;
  /** Collect the inspection trace. */
  trace?: boolean;
  /** The episode's usage meter, handed to the judge (agents and users get theirs at creation). */
  meter?: UsageMeter;
  /** A fresh environment for replaying the reference (`expect.state: reference`); closed after use. */
  referenceEnvironment?: () => Environment;
  /** Facts the condition stated in the opening (see `conditionFacts`), recorded in the ledger with reason `condition`. */
  conditionFacts?: readonly string[];
}

export interface EpisodeRun {
  output: EpisodeOutput;
  trace: TraceLine[];
  /** Database changes, present when a writing tool was called. */
  envDiff?: EnvDiff;
}

/** One episode's actors, as the machine's four promise actors call them. */
interface EpisodeImplementation {
  simulatedUser(input: UserView, signal: AbortSignal): Promise<UserActorOutput>;
  agent(input: Observation, signal: AbortSignal): Promise<AgentActorOutput>;
  environment(input: ToolCall, signal: AbortSignal): Promise<EnvironmentActorOutput>;
  judge(input: JudgeActorInput, signal: AbortSignal): Promise<JudgeActorOutput>;
}

/**
 * Each episode's actors, by the actor system of the episode's root actor.
 * The machine is provided once, with actors that look their episode up here:
 * providing it per episode built a new machine every time, and xstate then
 * re-derived its state nodes and transitions (about a tenth of an offline
 * episode's time).
 */
const implementations = new WeakMap<object, EpisodeImplementation>();

function implementationOf(system: unknown): EpisodeImplementation {
  const impl = implementations.get(system as object);
  if (!impl) throw new UsersimError('E_INTERNAL', "no actors are bound to this episode's machine");
  return impl;
}

const boundMachine = episodeMachine.provide({
  actors: {
    simulatedUser: fromPromise<UserActorOutput, UserView>(({ input, signal, system }) => implementationOf(system).simulatedUser(input, signal)),
    agent: fromPromise<AgentActorOutput, Observation>(({ input, signal, system }) => implementationOf(system).agent(input, signal)),
    environment: fromPromise<EnvironmentActorOutput, ToolCall>(({ input, signal, system }) => implementationOf(system).environment(input, signal)),
    judge: fromPromise<JudgeActorOutput, JudgeActorInput>(({ input, signal, system }) => implementationOf(system).judge(input, signal)),
  },
});

/** Runs one episode to its end. Never rejects for actor failures; those become termination reasons. */
export async function runEpisode(options: RunEpisodeOptions): Promise<EpisodeRun> {
  const { scenario, clock, environment } = options;
  environment.reset(options.seed);
  const allowed = scenario.agent.tools;
  const tools = environment.tools().filter((t) => !allowed || allowed.includes(t.name));
  const writes = new Set(tools.filter((t) => t.writes).map((t) => t.name));
  // Snapshotting a large org costs far more than an episode, so take it only just before the first write.
  // Only tables a write tool can change need comparing; the rest cannot differ.
  const tablesWritten = writes.size > 0 ? environment.writableTables() : null;
  const snapshotScope = tablesWritten ? { tables: tablesWritten } : undefined;
  let before: ReturnType<Environment['snapshot']> | undefined;
  let wrote = false;

  // One signal per episode, aborted by the deadline, by the run's signal, or by xstate stopping an actor
  // mid-call (the episode is then being torn down). Combining signals per actor call (AbortSignal.any) cost
  // a controller and weak references every call: about 4 % of an offline episode.
  const episode = new AbortController();
  const timer = setTimeout(() => episode.abort(new UsersimError('E_TIMEOUT', `episode deadline of ${scenario.limits.timeout_ms} ms passed`)), scenario.limits.timeout_ms);
  timer.unref?.();
  const runSignal = options.signal;
  const onRunAbort = () => episode.abort(runSignal?.reason);
  if (runSignal?.aborted) onRunAbort();
  else runSignal?.addEventListener('abort', onRunAbort, { once: true });

  /** Races an actor call against the episode's signal so a hung actor cannot hang the run. */
  const guarded = <T>(actorSignal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> => {
    if (actorSignal.aborted) episode.abort(actorSignal.reason);
    else if (!episode.signal.aborted) {
      const forward = () => episode.abort(actorSignal.reason);
      actorSignal.addEventListener('abort', forward, { once: true });
      return race(episode.signal, work).finally(() => actorSignal.removeEventListener('abort', forward));
    }
    return race(episode.signal, work);
  };

  const impl: EpisodeImplementation = {
      simulatedUser: async (input, signal) => {
        const reply = await guarded(signal, (s) => options.user.reply(input, { signal: s }));
        return { reply, now: clock.now() };
      },
      agent: async (input, signal) => {
        const action = await guarded(signal, (s) => options.agent.act(input, { signal: s, nextCallId: options.createId }));
        return { action, now: clock.now() };
      },
      environment: async (input, signal) => {
        const known = tools.some((t) => t.name === input.name);
        if (known && writes.has(input.name) && !before) before = environment.snapshot(snapshotScope);
        const outcome = known
          ? await guarded(signal, (s) => environment.call(input.name, input.args, { signal: s }))
          : ({ ok: false, error: { code: 'E_TOOL_UNKNOWN', message: `unknown tool "${input.name}"; available: ${tools.map((t) => t.name).join(', ')}` } } as const);
        if (writes.has(input.name) && outcome.ok) wrote = true;
        return { outcome, now: clock.now() };
      },
      judge: async (input, signal) => {
        // The judge scores episodes that ended at the deadline too, so it gets a budget of its own
        // (one more timeout_ms) rather than the episode's spent one; run cancellation still stops it.
        const judgeDeadline = AbortSignal.timeout(scenario.limits.timeout_ms);
        const stop = AbortSignal.any([signal, judgeDeadline, ...(options.signal ? [options.signal] : [])]);
        const referenceState = referenceReplay(options);
        const scores = await race(stop, (s) =>
          options.judge.score({
            scenario,
            ...input,
            query: (sql) => environment.query(sql),
            signal: s,
            writeTools: [...writes],
            ...(referenceState ? { referenceState } : {}),
            ...(options.meter ? { meter: options.meter } : {}),
          }),
        );
        return { scores, now: clock.now() };
      },
  };

  const recorder = options.trace ? createTraceRecorder() : undefined;
  const actor = createActor(boundMachine, {
    input: { scenario, tools, deadline: clock.now() + scenario.limits.timeout_ms, ...(options.conditionFacts?.length ? { conditionFacts: options.conditionFacts } : {}) },
    ...(recorder ? { inspect: recorder.inspect } : {}),
  });
  implementations.set(actor.system, impl);
  try {
    actor.start();
    const output = await toPromise(actor);
    const envDiff = wrote && before ? environment.diff(before, environment.snapshot(snapshotScope)) : undefined;
    return { output, trace: recorder?.lines ?? [], ...(envDiff ? { envDiff } : {}) };
  } finally {
    clearTimeout(timer);
    runSignal?.removeEventListener('abort', onRunAbort);
    actor.stop();
  }
}

/** The reference comparison for `expect.state: reference`, when a fresh environment can be had. */
function referenceReplay(options: RunEpisodeOptions): (() => Promise<StateReferenceVerdict>) | undefined {
  const factory = options.referenceEnvironment;
  if (options.scenario.expect.state !== 'reference' || !factory) return undefined;
  return async () => {
    const fresh = factory();
    try {
      return await compareWithReference(options.scenario, options.seed, options.environment, fresh);
    } finally {
      fresh.close();
    }
  };
}

/** Runs `work` with `signal`, rejecting as soon as the signal aborts even if the work ignores it. */
async function race<T>(signal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  if (signal.aborted) throw abortReason(signal);
  return await new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortReason(signal));
    signal.addEventListener('abort', onAbort, { once: true });
    work(signal).then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new UsersimError('E_TIMEOUT', 'episode aborted');
}
