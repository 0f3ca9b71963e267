/**
 * Runs one episode: supplies the real actors to the pure episode machine
 * through `provide()`, stamps every actor output with the injected clock's
 * time, and enforces the deadline for actors that hang by aborting them.
 * Whatever happens, it resolves with an `EpisodeOutput`: failures are data.
 */
import { createActor, toPromise } from 'xstate';
import type { Agent, Observation } from '../agents/agent.js';
import type { EnvDiff, Environment } from '../environment/environment.js';
import { UsersimError } from '../errors.js';
import type { Judge, StateReferenceVerdict } from '../judge/judge.js';
import { compareWithReference } from './reference-state.js';
import type { UsageMeter } from '../llm/usage.js';
import { fromCall } from '../machines/call-actor.js';
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
  simulatedUser(input: UserView): Promise<UserActorOutput>;
  agent(input: Observation): Promise<AgentActorOutput>;
  environment(input: ToolCall): Promise<EnvironmentActorOutput>;
  judge(input: JudgeActorInput): Promise<JudgeActorOutput>;
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

// The episode machine leaves an invoking state only when its actor settles, so an actor is stopped
// mid-call only when the episode is torn down after a machine error: runEpisode then aborts the
// episode's signal once, and the actors need no abort signal of their own (see fromCall).
const boundMachine = episodeMachine.provide({
  actors: {
    simulatedUser: fromCall<UserActorOutput, UserView>(({ input, system }) => implementationOf(system).simulatedUser(input)),
    agent: fromCall<AgentActorOutput, Observation>(({ input, system }) => implementationOf(system).agent(input)),
    environment: fromCall<EnvironmentActorOutput, ToolCall>(({ input, system }) => implementationOf(system).environment(input)),
    judge: fromCall<JudgeActorOutput, JudgeActorInput>(({ input, system }) => implementationOf(system).judge(input)),
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

  // One signal per episode, aborted by the deadline, by the run's signal, or when the episode is torn
  // down with a call in flight. Every actor call races the same promise of that abort: combining
  // signals or adding listeners per call cost a controller, weak references or closures every call.
  const episode = new AbortController();
  const stopped = abortOf(episode.signal);
  const timer = setTimeout(() => episode.abort(new UsersimError('E_TIMEOUT', `episode deadline of ${scenario.limits.timeout_ms} ms passed`)), scenario.limits.timeout_ms);
  timer.unref?.();
  const runSignal = options.signal;
  const onRunAbort = () => episode.abort(runSignal?.reason);
  if (runSignal?.aborted) onRunAbort();
  else runSignal?.addEventListener('abort', onRunAbort, { once: true });
  const { signal } = episode;
  let judging: AbortController | undefined;

  const impl: EpisodeImplementation = {
    simulatedUser: async (input) => {
      const reply = await race(signal, stopped, () => options.user.reply(input, { signal }));
      return { reply, now: clock.now() };
    },
    agent: async (input) => {
      const action = await race(signal, stopped, () => options.agent.act(input, { signal, nextCallId: options.createId }));
      return { action, now: clock.now() };
    },
    environment: async (input) => {
      const known = tools.some((t) => t.name === input.name);
      if (known && writes.has(input.name) && !before) before = environment.snapshot(snapshotScope);
      const outcome = known
        ? await race(signal, stopped, () => environment.call(input.name, input.args, { signal }))
        : ({ ok: false, error: { code: 'E_TOOL_UNKNOWN', message: `unknown tool "${input.name}"; available: ${tools.map((t) => t.name).join(', ')}` } } as const);
      if (writes.has(input.name) && outcome.ok) wrote = true;
      return { outcome, now: clock.now() };
    },
    judge: async (input) => {
      // The judge scores episodes that ended at the deadline too, so it gets a budget of its own
      // (one more timeout_ms) rather than the episode's spent one; run cancellation still stops it.
      judging = new AbortController();
      const stop = judging.signal;
      const judgeTimer = setTimeout(() => judging?.abort(new DOMException('The operation was aborted due to timeout', 'TimeoutError')), scenario.limits.timeout_ms);
      judgeTimer.unref?.();
      const onRunStop = () => judging?.abort(runSignal?.reason);
      if (runSignal?.aborted) onRunStop();
      else runSignal?.addEventListener('abort', onRunStop, { once: true });
      const referenceState = referenceReplay(options);
      try {
        const scores = await race(stop, abortOf(stop), () =>
          options.judge.score({
            scenario,
            ...input,
            query: (sql) => environment.query(sql),
            signal: stop,
            writeTools: [...writes],
            ...(referenceState ? { referenceState } : {}),
            ...(options.meter ? { meter: options.meter } : {}),
          }),
        );
        return { scores, now: clock.now() };
      } finally {
        clearTimeout(judgeTimer);
        runSignal?.removeEventListener('abort', onRunStop);
      }
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
  } catch (error) {
    // The machine failed, perhaps with a call in flight: stop that call's work, as xstate stopping the actor would.
    episode.abort();
    judging?.abort();
    throw error;
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

/**
 * Runs `work` with `signal`, rejecting as soon as the signal aborts even if the work ignores it.
 * `stopped` is `abortOf(signal)`, made once per signal and shared by every call.
 */
function race<T>(signal: AbortSignal, stopped: Promise<never>, work: () => Promise<T>): Promise<T> {
  if (signal.aborted) return Promise.reject(abortReason(signal));
  let started: Promise<T>;
  try {
    started = work();
  } catch (error) {
    return Promise.reject(error);
  }
  return Promise.race([started, stopped]);
}

/** A promise that rejects when `signal` aborts and never settles otherwise. */
function abortOf(signal: AbortSignal): Promise<never> {
  const stopped = new Promise<never>((_, reject) => signal.addEventListener('abort', () => reject(abortReason(signal)), { once: true }));
  stopped.catch(() => undefined); // nothing may be racing it when it aborts
  return stopped;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason instanceof Error ? signal.reason : new UsersimError('E_TIMEOUT', 'episode aborted');
}
