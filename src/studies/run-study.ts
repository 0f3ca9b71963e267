/**
 * Runs a study: every cell (scenarios × conditions × variants × seeds) in ONE
 * runner run into `<out>/episodes.jsonl`, so all variants share the seed plan
 * (each meets the same simulated user per scenario and seed, which makes
 * pairs real pairs), the LLM cache and the budget. A stopped study resumes
 * like `usersim run --resume`. The metrics are then computed from the stored
 * results and written to `<out>/study.json`; `rescoreStudy` does the same
 * for a finished study directory, without running anything.
 */
import { UsersimError } from '../errors.js';
import { readManifest } from '../runner/manifest.js';
import { defaultSeeds } from '../runner/plan.js';
import { forEachResult } from '../runner/results-store.js';
import type { EpisodeResult } from '../runner/result.js';
import type { Shard } from '../runner/shard.js';
import { createRunner, USERSIM_VERSION, type RunOutcome, type RunProgress } from '../runner/runner.js';
import { worldEnvironments, type WorldEnvironments } from '../runner/world-environments.js';
import { loadScenarios } from '../scenario/load.js';
import { createRegistry, type Registry } from '../registry/registry.js';
import type { ConcurrencyPlan } from '../llm/concurrency-plan.js';
import type { UsageSnapshot } from '../llm/usage.js';
import type { Clock } from '../util/clock.js';
import { computeStudy, type StudyContext } from './compute-study.js';
import { scenariosFromManifest } from './manifest-scenarios.js';
import type { LoadedStudySpec } from './spec.js';
import type { StudySpec } from './spec-schema.js';
import { readStudyResult, writeStudyResult, type StudyResult, type StudyVariant } from './study-result.js';

/** What a study takes from an LLM session (`llmRunHooks(registry, session)`): budget gate, provenance, usage, preflight. */
export interface StudyLlm {
  shouldSchedule(): { ok: true } | { ok: false; reason: string };
  provenance(): Record<string, unknown>;
  /** Run totals per role, for the manifest's retry counts. */
  usage?(): UsageSnapshot;
  /** Checks the endpoints of the resolved actors before anything runs; throws `E_CONFIG`. */
  preflight?(): Promise<void>;
  /** Episodes at once for the resolved actors and what limits throughput (the session's `concurrency`). */
  concurrency?(requested?: number, stated?: number): ConcurrencyPlan;
}

/** Where and how to run a study. */
export interface RunStudyOptions {
  outDir: string;
  /** Continue a study in `outDir`, skipping stored episodes. */
  resume?: boolean;
  /** With `resume`: run again the episodes that ended in `infrastructure_error`. */
  retryErrors?: boolean;
  /** Overrides the spec's `concurrency`. Without either, a run with `llm` derives it from the model endpoints. */
  concurrency?: number;
  /** Told the concurrency plan before the first episode starts, when `llm` makes one (the CLI prints it). */
  onPlan?: (plan: ConcurrencyPlan) => void;
  /** Overrides the spec's `judge` (the judge used is recorded in the manifest and study.json). */
  judge?: string;
  /** `--asks`: the ask recogniser users consult (`llm:<model>` needs the LLM kinds in `registry`); deterministic by default. */
  asks?: string;
  /** The kinds agents, users, judges and ask recognisers resolve through, and the worlds; the built-ins by default. */
  registry?: Registry;
  /** The LLM session's budget gate and provenance, when `registry` has LLM kinds (`llmRunHooks`). */
  llm?: StudyLlm;
  /** The environments; by default from the registry's worlds. */
  environments?: WorldEnvironments;
  clock?: Clock;
  /** The manifest's run id; random by default. */
  runId?: () => string;
  traces?: boolean;
  onProgress?: (progress: RunProgress) => void;
  signal?: AbortSignal;
  /** Run only this slice of the plan (`--shard i/n`); `mergeRuns` and `rescoreStudy` then make the whole study. */
  shard?: Shard;
}

/** What a study run did and found. */
export interface StudyOutcome {
  outDir: string;
  studyFile: string;
  run: RunOutcome;
  result: StudyResult;
}

/** What the manifest's provenance records about the study, for re-scoring. */
interface StudyProvenance {
  name: string;
  specFile: string;
  specHash: string;
  spec: StudySpec;
  variants: StudyVariant[];
}

/**
 * Runs a study and writes `study.json`.
 *
 * @example
 * const outcome = await runStudy(loadStudySpec('studies/demo.yaml'), { outDir: 'runs/demo' });
 * outcome.result.comparisons.map((c) => [c.label, c.paired.ts.delta]);
 */
export async function runStudy(study: LoadedStudySpec, options: RunStudyOptions): Promise<StudyOutcome> {
  const { spec } = study;
  const registry = options.registry ?? createRegistry();
  const environments = options.environments ?? worldEnvironments({ registry });
  const scenarios = loadScenarios(study.scenarioPaths, environments);
  const resolved = spec.agents.map((v) => ({ label: v.name, spec: v.agent, variant: registry.agent(v.agent) }));
  assertDistinctAgents(resolved);
  const variants: StudyVariant[] = resolved.map((r) => ({ name: r.label, agent: r.variant.name, spec: r.spec }));
  const user = registry.user(spec.user);
  const judge = registry.judge(options.judge ?? spec.judge);
  const asks = registry.asks(options.asks);
  const seeds = typeof spec.seeds === 'number' ? defaultSeeds(spec.seeds) : [...spec.seeds];
  const provenance: StudyProvenance = { name: spec.name, specFile: study.file, specHash: study.hash, spec, variants };
  await options.llm?.preflight?.();
  const plan = options.llm?.concurrency?.(options.concurrency, study.concurrencyStated ? spec.concurrency : undefined);
  if (plan) options.onPlan?.(plan);

  const run = await createRunner({
    environmentFor: environments.environmentFor,
    ...(options.clock ? { clock: options.clock } : {}),
    ...(options.runId ? { runId: options.runId } : {}),
  }).run({
    scenarios,
    agents: resolved.map((r) => r.variant),
    user,
    ...(asks ? { asks } : {}),
    judge,
    seeds,
    conditions: spec.conditions,
    concurrency: plan?.episodes ?? options.concurrency ?? spec.concurrency,
    finalStretch: plan?.finalStretch ?? false,
    outDir: options.outDir,
    resume: options.resume ?? false,
    traces: options.traces ?? false,
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    ...(options.llm ? { shouldSchedule: () => (options.llm as StudyLlm).shouldSchedule() } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
    provenance: { ...(options.llm?.provenance() ?? {}), study: provenance },
    ...(options.llm?.usage ? { usage: () => (options.llm as Required<StudyLlm>).usage() } : {}),
    ...(options.retryErrors ? { retryErrors: true } : {}),
    ...(options.shard ? { shard: options.shard } : {}),
  });

  const result = computeStudy(studyResults(options.outDir), {
    spec,
    specFile: study.file,
    specHash: study.hash,
    usersim: USERSIM_VERSION,
    user: user.name,
    judge: judge.name,
    seeds,
    variants,
    scenarios: scenarios.map((s) => ({ id: s.scenario.id, file: s.file, hash: s.hash })),
    definitions: new Map(scenarios.map((s) => [s.scenario.id, s.scenario])),
    planned: run.planned,
    ...(options.shard ? { notes: [`shard ${options.shard.index}/${options.shard.count}: these metrics cover this shard's episodes only; merge the shards (usersim merge) for the study's`] } : {}),
  });
  return { outDir: options.outDir, studyFile: writeStudyResult(options.outDir, result), run, result };
}

/**
 * Computes `study.json` again from a study directory's stored results, with
 * the metrics of this version of usersim. The spec comes from the existing
 * `study.json`, else from the manifest; scenario definitions from the files
 * the manifest names, used only while their hash still matches the run's.
 *
 * @example
 * const result = rescoreStudy('runs/demo'); // rewrites runs/demo/study.json
 */
export function rescoreStudy(dir: string, options: { cwd?: string; write?: boolean } = {}): StudyResult {
  const manifest = readManifest(dir);
  if (!manifest) throw new UsersimError('E_IO', `no manifest.json in ${dir}: not a run directory`);
  const stored = readStudyResult(dir);
  const provenance = stored
    ? { name: stored.name, specFile: stored.specFile, specHash: stored.specHash, spec: stored.spec, variants: stored.variants }
    : (manifest.provenance.study as StudyProvenance | undefined);
  if (!provenance) throw new UsersimError('E_IO', `${dir} holds a run, not a study: no study.json and no study in the manifest`);
  const context: StudyContext = {
    spec: provenance.spec,
    specFile: provenance.specFile,
    specHash: provenance.specHash,
    usersim: USERSIM_VERSION,
    user: manifest.config.user,
    judge: manifest.config.judge,
    seeds: manifest.config.seeds,
    variants: provenance.variants,
    scenarios: manifest.scenarios,
    definitions: scenariosFromManifest(manifest, options.cwd ?? process.cwd()),
    planned: manifest.planned,
  };
  const result = computeStudy(studyResults(dir), context);
  if (options.write ?? true) writeStudyResult(dir, result);
  return result;
}

/**
 * The stored results as the study metrics read them, streamed from the file
 * and without the parts no metric uses (database diffs, model usage), which
 * on CRM write tasks are most of a line.
 */
function studyResults(dir: string): EpisodeResult[] {
  const results: EpisodeResult[] = [];
  forEachResult(dir, (result) => {
    const { envDiff: _diff, usage: _usage, ...kept } = result;
    results.push(kept);
  });
  return results;
}

/** Two spec strings may still name one agent once resolved (e.g. a registered alias); that would run the same episodes twice. */
function assertDistinctAgents(resolved: readonly { label: string; variant: { name: string } }[]): void {
  const seen = new Map<string, string>();
  for (const { label, variant } of resolved) {
    const other = seen.get(variant.name);
    if (other !== undefined) throw new UsersimError('E_CONFIG', `variants "${other}" and "${label}" both run agent "${variant.name}"`);
    seen.set(variant.name, label);
  }
}
