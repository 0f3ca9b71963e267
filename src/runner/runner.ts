/**
 * The runner: plans scenarios × conditions × agent variants × seeds, runs the
 * episodes with bounded concurrency (`schedule.ts`), and appends each result to the run's
 * store in plan order (a reorder buffer holds early finishers), so two runs
 * with the same seeds write byte-identical files. A resumed run skips keys
 * already stored. Dependencies (clock, environments, actors) come in from
 * outside so tests can substitute them.
 */
import type { Environment } from '../environment/environment.js';
import { terminationFromError } from '../machines/episode-context.js';
import { UsersimError } from '../errors.js';
import type { Judge } from '../judge/judge.js';
import { createUsageMeter, type UsageMeter, type UsageSnapshot } from '../llm/usage.js';
import { withLlmCallCounts } from './manifest-usage.js';
import { dropStoredResults, sortStoredResults } from './store-rewrite.js';
import { isExcludedReason } from '../machines/termination.js';
import type { LoadedScenario, Scenario } from '../scenario/schema.js';
import type { AskRecogniserVariant } from '../core/ask-recogniser.js';
import type { AgentVariant, UserVariant } from '../core/variants.js';
import { systemClock, type Clock } from '../util/clock.js';
import { createIdGenerator } from '../util/ids.js';
import { createRng } from '../util/rng.js';
import { applyCondition, conditionFacts } from './conditions.js';
import { assertSamePlan, readManifest, writeManifest, type Manifest } from './manifest.js';
import { buildManifest, USERSIM_VERSION } from './run-manifest.js';
import { planEpisodes } from './plan.js';
import { shardSlice, type Shard } from './shard.js';
import type { Condition, EpisodeResult, EpisodeSpec, EpisodeUsage } from './result.js';
import { openResultsStore } from './results-store.js';
import { runEpisode } from './run-episode.js';
import { schedule } from './schedule.js';
import { writeTrace } from './traces.js';
import { worldEnvironments } from './world-environments.js';
import type { Registry } from '../registry/registry.js';

export interface RunProgress {
  total: number;
  skipped: number;
  done: number;
  result: EpisodeResult;
}

export interface RunConfig {
  scenarios: readonly LoadedScenario[];
  agents: readonly AgentVariant[];
  user: UserVariant;
  /** The ask recogniser users consult (`--asks llm:<model>`); the deterministic one when absent. */
  asks?: AskRecogniserVariant;
  judge: Judge;
  seeds: readonly number[];
  conditions?: readonly Condition[];
  concurrency?: number;
  /**
   * Once no more than `concurrency` episodes are left to start, start them all
   * (see `schedule.ts`): for runs bounded by an endpoint limit, whose limiter
   * still caps the requests in flight. The plan's `finalStretch` says when.
   */
  finalStretch?: boolean;
  outDir: string;
  resume?: boolean;
  /** Write per-episode inspection traces under `traces/`. */
  traces?: boolean;
  onProgress?: (progress: RunProgress) => void;
  /** Asked before each episode starts; returning false stops scheduling (in-flight episodes finish). */
  shouldSchedule?: () => { ok: true } | { ok: false; reason: string };
  signal?: AbortSignal;
  /** Extra provenance for the manifest (prompt hashes, models). */
  provenance?: Record<string, unknown>;
  /** The session's model usage, read when the run ends to record retries per role in the manifest. */
  usage?: () => UsageSnapshot;
  /** With `resume`: run again the stored episodes that ended in `infrastructure_error`. */
  retryErrors?: boolean;
  /** Run only this deterministic slice of the plan (`--shard i/n`); combine the shards with `mergeRuns`. */
  shard?: Shard;
}

export interface RunOutcome {
  outDir: string;
  /** Episodes this run plans: the whole plan, or the shard's slice of it. */
  planned: number;
  /** Episodes skipped because a resumed store already had them. */
  skipped: number;
  /**
   * How many episodes ran now. A count, not the results: a long run must not
   * hold every result in memory; read them back with `forEachResult(outDir, …)`.
   */
  ran: number;
  /** Set when scheduling stopped before the plan was done. */
  stopped?: string;
}

export interface RunnerDeps {
  clock?: Clock;
  /** The kinds and worlds of the run; the built-ins by default. Its worlds serve episodes unless `environmentFor` is given. */
  registry?: Registry;
  /** A fresh environment for a scenario's world, one per episode; by default from the registry's worlds. */
  environmentFor?(scenario: Scenario): Environment;
  /** The run id for the manifest; random by default (the only id that may be). */
  runId?: () => string;
}

/** Dependencies with every default filled in. */
type ResolvedDeps = RunnerDeps & { environmentFor(scenario: Scenario): Environment };

export interface Runner {
  run(config: RunConfig): Promise<RunOutcome>;
}

/** Creates a runner with its dependencies injected. */
export function createRunner(given: RunnerDeps = {}): Runner {
  const deps: ResolvedDeps = { ...given, environmentFor: given.environmentFor ?? worldEnvironments(given.registry ? { registry: given.registry } : {}).environmentFor };
  const clock = deps.clock ?? systemClock;
  return {
    async run(config) {
      const conditions = config.conditions ?? ['sharded'];
      const plan = planEpisodes({
        scenarios: config.scenarios,
        conditions,
        agents: config.agents.map((a) => a.name),
        user: config.user.name,
        seeds: config.seeds,
      });
      const specs = shardSlice(plan, config.shard);
      const manifest = buildManifest(config, conditions, plan.length, deps.runId?.() ?? globalThis.crypto.randomUUID(), clock, specs.length);
      const stored = readManifest(config.outDir);
      // Refuse a mismatched resume before the store is touched (opening it trims a torn last line).
      if (stored && config.resume) assertSamePlan(stored, manifest);
      const retried = stored && config.resume && config.retryErrors ? dropStoredResults(config.outDir, (r) => r.termination.reason === 'infrastructure_error') : [];
      const store = openResultsStore(config.outDir, { resume: config.resume ?? false });
      const resumedNote = `resumed at ${manifest.createdAt}${retried.length ? `, running again ${retried.length} episodes that ended in infrastructure_error` : ''}`;
      writeManifest(config.outDir, stored && config.resume ? { ...stored, notes: [...stored.notes, resumedNote] } : manifest);

      const todo = specs.filter((s) => !store.keys.has(s.key));
      const byId = new Map(config.scenarios.map((s) => [s.scenario.id, s.scenario]));
      const agents = new Map(config.agents.map((a) => [a.name, a]));
      const concurrency = Math.max(1, config.concurrency ?? 1);
      // Results are only counted here; they live in the store, so memory does not grow with the run.
      let ran = 0;
      const pending = new Map<number, EpisodeResult>();
      let nextToWrite = 0;
      let stopped: string | undefined;
      let configError: string | undefined;

      const flush = () => {
        while (pending.has(nextToWrite)) {
          const result = pending.get(nextToWrite) as EpisodeResult;
          pending.delete(nextToWrite);
          store.append(result);
          ran++;
          config.onProgress?.({ total: specs.length, skipped: specs.length - todo.length, done: ran, result });
          nextToWrite++;
        }
      };

      const runTask = async (spec: EpisodeSpec, index: number): Promise<void> => {
        if (stopped || config.signal?.aborted) return;
        const gate = config.shouldSchedule?.();
        if (gate && !gate.ok) {
          stopped = gate.reason;
          return;
        }
        const scenario = byId.get(spec.scenarioId) as Scenario;
        const result = await runOne(spec, scenario, agents.get(spec.agent) as AgentVariant, config, deps, clock);
        if (config.signal?.aborted) return;
        if (result.termination.error?.code === 'E_CONFIG') {
          // A wrong key, model or URL fails every episode alike: stop, store nothing that blames the actor.
          configError ??= result.termination.error.message;
          stopped = 'a configuration error';
          return;
        }
        pending.set(index, result);
        flush();
      };

      try {
        // The store stays open until every started episode has finished (see `schedule`).
        await schedule(todo.length, { concurrency, finalStretch: config.finalStretch ?? false }, (index) => runTask(todo[index] as EpisodeSpec, index));
      } finally {
        store.close();
        if (config.usage) writeManifest(config.outDir, withLlmCallCounts(readManifest(config.outDir) as Manifest, config.usage()));
      }
      if (configError !== undefined) {
        const current = readManifest(config.outDir) as Manifest;
        writeManifest(config.outDir, { ...current, notes: [...current.notes, `stopped by a configuration error after ${ran} episodes: ${configError}`] });
        throw new UsersimError('E_CONFIG', `${configError}\nThe run stopped: fix the configuration and continue with --resume (${ran} finished episodes are kept).`);
      }
      // Episodes run again come last in the file; plan order makes it the file an untroubled run writes.
      if (retried.length) sortStoredResults(config.outDir, specs.map((s) => s.key));
      if (stopped) {
        const current = readManifest(config.outDir) as Manifest;
        writeManifest(config.outDir, { ...current, notes: [...current.notes, `scheduling stopped after ${ran} of ${todo.length} episodes: ${stopped}`] });
      }
      return { outDir: config.outDir, planned: specs.length, skipped: specs.length - todo.length, ran, ...(stopped ? { stopped } : {}) };
    },
  };
}

/**
 * Runs one planned episode. Whatever fails outside the machine (loading the
 * world, building an actor, writing the trace) becomes the episode's result
 * with a termination reason, so the run goes on.
 */
async function runOne(spec: EpisodeSpec, base: Scenario, variant: AgentVariant, config: RunConfig, deps: ResolvedDeps, clock: Clock): Promise<EpisodeResult> {
  let role: 'agent' | 'user' | 'environment' = 'environment';
  const meter = createUsageMeter();
  let environment: Environment | undefined;
  try {
    const scenario = applyCondition(base, spec.condition);
    // The user's and the ids' streams depend on scenario and seed only, so every agent variant meets the same user: pairs are real pairs.
    const root = createRng(`${spec.scenarioId}/${spec.seed}`);
    environment = deps.environmentFor(scenario);
    role = 'agent';
    const agent = variant.create({ scenario, seed: spec.seed, rng: root.fork(`agent/${spec.agent}`), meter });
    role = 'user';
    const asks = config.asks?.create({ meter });
    const user = config.user.create({ scenario, seed: spec.seed, rng: root.fork('user'), meter, ...(asks ? { asks } : {}) });
    role = 'environment';
    const run = await runEpisode({
      scenario,
      seed: spec.seed,
      clock,
      createId: createIdGenerator(root.fork(`ids/${spec.agent}`)),
      agent,
      user,
      environment,
      referenceEnvironment: () => deps.environmentFor(scenario),
      judge: config.judge,
      meter,
      conditionFacts: conditionFacts(base, spec.condition),
      trace: config.traces ?? false,
      ...(config.signal ? { signal: config.signal } : {}),
    });
    if (config.traces) writeTrace(config.outDir, spec.key, run.trace);
    const { output } = run;
    const excluded = isExcludedReason(output.termination.reason);
    const usage = stableUsage(meter);
    return {
      ...spec,
      judge: config.judge.name,
      termination: output.termination,
      answer: output.answer,
      transcript: output.transcript,
      ledger: output.ledger,
      counts: output.counts,
      scores: excluded ? null : output.scores,
      excluded,
      ...(run.envDiff ? { envDiff: run.envDiff } : {}),
      ...(usage ? { usage } : {}),
    };
  } catch (error) {
    const termination = terminationFromError(error, role);
    const excluded = isExcludedReason(termination.reason);
    return {
      ...spec,
      judge: config.judge.name,
      termination,
      answer: null,
      transcript: [],
      ledger: [],
      counts: { userTurns: 0, agentSteps: 0, toolCalls: 0, probesAsked: 0 },
      // Not the agent's doing unless it is: only infrastructure is excluded, as everywhere else.
      scores: excluded ? null : { answer: null, state: [], probes: [], success: false, score: 0 },
      excluded,
    };
  } finally {
    environment?.close();
  }
}

/** The meter's re-run-stable figures per role, or undefined when no model was called. */
function stableUsage(meter: UsageMeter): EpisodeUsage | undefined {
  const { byRole } = meter.snapshot();
  const usage: EpisodeUsage = {};
  for (const role of ['agent', 'user', 'judge'] as const) {
    const t = byRole[role];
    if (t.requests > 0) usage[role] = { requests: t.requests, inputTokens: t.inputTokens, outputTokens: t.outputTokens, listCostUsd: t.listCostUsd };
  }
  return Object.keys(usage).length ? usage : undefined;
}

export { USERSIM_VERSION };
