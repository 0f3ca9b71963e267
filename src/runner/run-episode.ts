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
import type { EpisodeOutput, JudgeActorInput } from '../machines/episode-context.js';
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

  const deadlineController = new AbortController();
  const timer = setTimeout(() => deadlineController.abort(new UsersimError('E_TIMEOUT', `episode deadline of ${scenario.limits.timeout_ms} ms passed`)), scenario.limits.timeout_ms);
  timer.unref?.();
  const signals = [deadlineController.signal, ...(options.signal ? [options.signal] : [])];

  /** Races an actor call against the deadline so a hung actor cannot hang the run. */
  const guarded = <T>(actorSignal: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> =>
    race(AbortSignal.any([actorSignal, ...signals]), work);

  const machine = episodeMachine.provide({
    actors: {
      simulatedUser: fromPromise(async ({ input, signal }: { input: UserView; signal: AbortSignal }) => {
        const reply = await guarded(signal, (s) => options.user.reply(input, { signal: s }));
        return { reply, now: clock.now() };
      }),
      agent: fromPromise(async ({ input, signal }: { input: Observation; signal: AbortSignal }) => {
        const action = await guarded(signal, (s) => options.agent.act(input, { signal: s, nextCallId: options.createId }));
        return { action, now: clock.now() };
      }),
      environment: fromPromise(async ({ input, signal }: { input: ToolCall; signal: AbortSignal }) => {
        const known = tools.some((t) => t.name === input.name);
        if (known && writes.has(input.name) && !before) before = environment.snapshot(snapshotScope);
        const outcome = known
          ? await guarded(signal, (s) => environment.call(input.name, input.args, { signal: s }))
          : ({ ok: false, error: { code: 'E_TOOL_UNKNOWN', message: `unknown tool "${input.name}"; available: ${tools.map((t) => t.name).join(', ')}` } } as const);
        if (writes.has(input.name) && outcome.ok) wrote = true;
        return { outcome, now: clock.now() };
      }),
      judge: fromPromise(async ({ input, signal }: { input: JudgeActorInput; signal: AbortSignal }) => {
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
      }),
    },
  });

  const recorder = options.trace ? createTraceRecorder() : undefined;
  const actor = createActor(machine, {
    input: { scenario, tools, deadline: clock.now() + scenario.limits.timeout_ms, ...(options.conditionFacts?.length ? { conditionFacts: options.conditionFacts } : {}) },
    ...(recorder ? { inspect: recorder.inspect } : {}),
  });
  try {
    actor.start();
    const output = await toPromise(actor);
    const envDiff = wrote && before ? environment.diff(before, environment.snapshot(snapshotScope)) : undefined;
    return { output, trace: recorder?.lines ?? [], ...(envDiff ? { envDiff } : {}) };
  } finally {
    clearTimeout(timer);
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
