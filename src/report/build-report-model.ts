/**
 * Builds the report model from a run's stored results, its manifest and what
 * is known about its scenarios. The numbers come from `src/studies` (see
 * `studyReportMetrics`); metrics passed in win. A study's `study.json`, when
 * given, contributes its paired comparisons and its bootstrap settings.
 */
import type { Manifest } from '../runner/manifest.js';
import type { EpisodeResult } from '../runner/result.js';
import type { Scenario } from '../scenario/schema.js';
import { studyComparisonRows, studyReportMetrics } from './report-metrics.js';
import { isStudyResult } from '../studies/study-result.js';
import { uncertainRefusalNote } from '../studies/uncertain-refusals.js';
import { episodeView } from './episode-view.js';
import { reportHeader } from './findings.js';
import type { ReportMetrics, ReportModel, ScenarioMeta } from './report-model.js';
import { orderNames } from './variants.js';

/** Inputs to `buildReportModel` beyond the results and manifest. */
export interface BuildReportOptions {
  /** Titles, skills and needed facts by scenario id; episodes of unknown scenarios show their id. */
  scenarioMeta?: ReadonlyMap<string, ScenarioMeta>;
  /** Scenario definitions by id, for the clarification metrics; episodes of scenarios left out are left out of those. */
  scenarios?: ReadonlyMap<string, Scenario>;
  /** Precomputed parts of the model; the rest is computed from the studies metrics. */
  metrics?: Partial<ReportMetrics>;
  /** Name of the source of `metrics`, shown in the report footer. */
  metricsSource?: string;
  /** The parsed `study.json` of a study directory. */
  study?: unknown;
  title?: string;
}

/** The report metadata of loaded scenarios. */
export function scenarioMetaFrom(scenarios: readonly Scenario[]): Map<string, ScenarioMeta> {
  return new Map(
    scenarios.map((s) => [
      s.id,
      {
        title: s.title,
        ...(s.skill !== undefined ? { skill: s.skill } : {}),
        ...(s.task_type !== undefined ? { task_type: s.task_type } : {}),
        needed: s.user.facts.filter((f) => f.needed).map((f) => f.id),
      },
    ]),
  );
}

/**
 * The report model of a run.
 *
 * @example buildReportModel(readResults(dir), readManifest(dir), { scenarioMeta: scenarioMetaFrom(scenarios) })
 */
export function buildReportModel(
  results: readonly EpisodeResult[],
  manifest: Manifest | undefined,
  options: BuildReportOptions = {},
): ReportModel {
  const meta = options.scenarioMeta ?? (options.scenarios ? scenarioMetaFrom([...options.scenarios.values()]) : new Map<string, ScenarioMeta>());
  const agents = orderNames(results.map((r) => r.agent), manifest?.config.agents);
  const conditions = orderNames(results.map((r) => r.condition), manifest?.config.conditions);
  const given = options.metrics ?? {};
  const complete = ['headline', 'perSkill', 'tradeoff', 'clarification', 'passK', 'noiseFloor'].every((k) => k in given);
  const study = isStudyResult(options.study) ? options.study : undefined;
  const computed = complete
    ? undefined
    : studyReportMetrics(results, options.scenarios ?? new Map(), {
        meta,
        order: { agents, conditions },
        ...(study ? { bootstrap: study.spec.bootstrap, labels: new Map(study.variants.map((v) => [v.agent, v.name])) } : {}),
      });
  const pick = <K extends keyof ReportMetrics>(k: K): ReportMetrics[K] => given[k] ?? (computed as ReportMetrics)[k];
  const kind = options.study === undefined ? 'run' : 'study';
  const runId = manifest?.runId ?? null;
  const labels = new Map(study ? study.variants.map((v) => [v.agent, v.name] as const) : []);
  const user = manifest?.config.user ?? results[0]?.user ?? null;
  const header = reportHeader({ study, agents, labels, user, noiseFloor: pick('noiseFloor'), excluded: results.filter((r) => r.excluded).length });
  return {
    title: options.title ?? (study ? `${study.name} — usersim study report` : `usersim run report${runId ? ` — ${runId}` : ''}`),
    header,
    labels: Object.fromEntries(labels),
    kind,
    run: {
      runId,
      createdAt: manifest?.createdAt ?? null,
      usersim: manifest?.usersim ?? null,
      gitSha: manifest?.gitSha ?? null,
      user,
      judge: manifest?.config.judge ?? results[0]?.judge ?? null,
      agents,
      conditions,
      seeds: manifest?.config.seeds ?? [...new Set(results.map((r) => r.seed))].sort((a, b) => a - b),
      scenarios: new Set(results.map((r) => r.scenarioId)).size,
      planned: manifest?.planned ?? null,
      notes: [...(manifest?.notes ?? []), ...[uncertainRefusalNote(results)].filter((n) => n !== null)],
    },
    metricsSource: options.metricsSource ?? (Object.keys(given).length === 0 ? 'studies' : 'given'),
    headline: pick('headline'),
    perSkill: pick('perSkill'),
    tradeoff: pick('tradeoff'),
    clarification: pick('clarification'),
    passK: pick('passK'),
    noiseFloor: pick('noiseFloor'),
    comparisons: studyComparisonRows(options.study),
    episodes: results.map((r) => episodeView(r, meta.get(r.scenarioId), labels.get(r.agent))),
  };
}
