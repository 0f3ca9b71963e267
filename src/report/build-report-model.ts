/**
 * Builds the report model from a run's stored results, its manifest and what
 * is known about its scenarios. Metrics passed in (e.g. from `src/studies`)
 * win; any part left out is computed by `minimalMetrics`. A study's
 * `study.json`, when given, contributes its comparisons as printable rows;
 * its format is read loosely so the report does not break as it evolves.
 */
import type { Manifest } from '../runner/manifest.js';
import type { EpisodeResult } from '../runner/result.js';
import type { Scenario } from '../scenario/schema.js';
import { episodeView } from './episode-view.js';
import { minimalMetrics } from './minimal-metrics.js';
import type { ComparisonRow, ReportMetrics, ReportModel, ScenarioMeta } from './report-model.js';
import { orderNames } from './variants.js';

/** Inputs to `buildReportModel` beyond the results and manifest. */
export interface BuildReportOptions {
  /** Titles, skills and needed facts by scenario id; episodes of unknown scenarios show their id. */
  scenarioMeta?: ReadonlyMap<string, ScenarioMeta>;
  /** Precomputed parts of the model; the rest is computed minimally. */
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

function printable(value: unknown): string | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toPrecision(4);
  if (typeof value === 'string' || typeof value === 'boolean') return String(value);
  if (value === null) return '–';
  return undefined;
}

/** A study's comparisons (`comparisons: [{label|name, …}]`), scalar fields only. */
function comparisonsOf(study: unknown): ComparisonRow[] {
  const list = (study as { comparisons?: unknown } | null)?.comparisons;
  if (!Array.isArray(list)) return [];
  return list
    .filter((c): c is Record<string, unknown> => c !== null && typeof c === 'object' && !Array.isArray(c))
    .map((c, i) => {
      const values: Record<string, string> = {};
      for (const [k, v] of Object.entries(c)) {
        const text = printable(v);
        if (text !== undefined && k !== 'label' && k !== 'name') values[k] = text;
      }
      return { label: printable(c.label) ?? printable(c.name) ?? `comparison ${i + 1}`, values };
    });
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
  const meta = options.scenarioMeta ?? new Map<string, ScenarioMeta>();
  const agents = orderNames(results.map((r) => r.agent), manifest?.config.agents);
  const conditions = orderNames(results.map((r) => r.condition), manifest?.config.conditions);
  const given = options.metrics ?? {};
  const complete = ['headline', 'perSkill', 'tradeoff', 'clarification', 'passK', 'noiseFloor'].every((k) => k in given);
  const computed = complete ? undefined : minimalMetrics(results, meta, { agents, conditions });
  const pick = <K extends keyof ReportMetrics>(k: K): ReportMetrics[K] => given[k] ?? (computed as ReportMetrics)[k];
  const kind = options.study === undefined ? 'run' : 'study';
  const runId = manifest?.runId ?? null;
  return {
    title: options.title ?? `usersim ${kind} report${runId ? ` — ${runId}` : ''}`,
    kind,
    run: {
      runId,
      createdAt: manifest?.createdAt ?? null,
      usersim: manifest?.usersim ?? null,
      gitSha: manifest?.gitSha ?? null,
      user: manifest?.config.user ?? results[0]?.user ?? null,
      judge: manifest?.config.judge ?? results[0]?.judge ?? null,
      agents,
      conditions,
      seeds: manifest?.config.seeds ?? [...new Set(results.map((r) => r.seed))].sort((a, b) => a - b),
      scenarios: new Set(results.map((r) => r.scenarioId)).size,
      planned: manifest?.planned ?? null,
      notes: manifest?.notes ?? [],
    },
    metricsSource: options.metricsSource ?? (Object.keys(given).length === 0 ? 'minimal (src/report/minimal-metrics.ts)' : 'given'),
    headline: pick('headline'),
    perSkill: pick('perSkill'),
    tradeoff: pick('tradeoff'),
    clarification: pick('clarification'),
    passK: pick('passK'),
    noiseFloor: pick('noiseFloor'),
    comparisons: comparisonsOf(options.study),
    episodes: results.map((r) => episodeView(r, meta.get(r.scenarioId))),
  };
}
