/**
 * Maps the studies metrics into the report model: the headline table, the
 * per-skill breakdown, the confidentiality trade-off, the clarification
 * table, pass^k curves and the noise floor, one row per variant (agent ×
 * condition), plus a study's paired comparisons as printable rows. Binary
 * rates get Wilson intervals (they stay informative at 0 and 1, where leak
 * rates live); the mean score gets a seeded bootstrap that resamples whole
 * scenarios, since a scenario's seeds are correlated.
 */
import type { Scores } from '../judge/judge.js';
import type { ComparisonRow, Estimate, ReportMetrics, ScenarioMeta } from './report-model.js';
import { skillOf } from './skill-of.js';
import { groupByVariant, orderNames } from './variants.js';
import type { EpisodeResult } from '../runner/result.js';
import type { Scenario } from '../scenario/schema.js';
import { createRng, type Rng } from '../util/rng.js';
import { clarificationMetrics } from '../studies/metrics/clarification.js';
import { confidentialityMetrics } from '../studies/metrics/confidentiality.js';
import type { PairedRate } from '../studies/metrics/compare.js';
import type { Ratio } from '../studies/metrics/ratio.js';
import { groupSorted } from '../studies/metrics/scored.js';
import { successMetrics } from '../studies/metrics/success.js';
import { bootstrapMean } from '../studies/stats/bootstrap.js';
import { wilsonInterval } from '../studies/stats/wilson.js';
import { isStudyResult, type StudyComparison } from '../studies/study-result.js';

type Scored = EpisodeResult & { scores: Scores };

/** Options of `studyReportMetrics`. */
export interface StudyReportOptions {
  /** Scenario titles and skills, for the per-skill breakdown. */
  meta?: ReadonlyMap<string, ScenarioMeta>;
  /** Variant order (the manifest's agents and conditions first). */
  order?: { agents?: readonly string[]; conditions?: readonly string[] };
  /** Display names by agent (a study's variant names); rows keep the agent and show the name. */
  labels?: ReadonlyMap<string, string>;
  /** Bootstrap seed, replicates and level (defaults 1, 2000, 0.95), e.g. from the study spec. */
  bootstrap?: { seed?: number; resamples?: number; level?: number };
}

/**
 * Every computed part of a report model, from the studies metrics.
 * `scenarios` feeds the clarification metrics; episodes of scenarios not in
 * it are left out of those (and only those).
 *
 * @example studyReportMetrics(readResults(dir), scenariosById, { meta, order: { agents: manifest.config.agents } })
 */
export function studyReportMetrics(
  results: readonly EpisodeResult[],
  scenarios: ReadonlyMap<string, Scenario>,
  options: StudyReportOptions = {},
): ReportMetrics {
  const meta = options.meta ?? new Map<string, ScenarioMeta>();
  const level = options.bootstrap?.level ?? 0.95;
  const root = createRng(`report/${options.bootstrap?.seed ?? 1}`);
  const bootstrap = { resamples: options.bootstrap?.resamples ?? 2000, level };
  const scoreEstimate = (episodes: readonly Scored[], rng: Rng): Estimate => {
    if (episodes.length === 0) return { value: null, lower: null, upper: null, n: 0, method: `bootstrap${percentLabel(level)}` };
    const clusters = groupSorted(episodes, (e) => e.scenarioId).map(([, es]) => es.map((e) => e.scores.score));
    const ci = bootstrapMean(clusters, { rng, ...bootstrap });
    return { value: ci.estimate, lower: ci.lower, upper: ci.upper, n: episodes.length, method: `bootstrap${percentLabel(level)} (scenarios)` };
  };
  const rate = (k: number, n: number): Estimate => {
    if (n === 0) return { value: null, lower: null, upper: null, n, k, method: `wilson${percentLabel(level)}` };
    const w = wilsonInterval(k, n, level);
    return { value: w.estimate, lower: w.lower, upper: w.upper, n, k, method: `wilson${percentLabel(level)}` };
  };
  const ratioEstimate = (r: Ratio): Estimate => rate(r.numerator, r.denominator);

  const out: ReportMetrics = { headline: [], perSkill: [], tradeoff: [], clarification: [], passK: [], noiseFloor: [] };
  for (const { key: grouped, results: group } of groupByVariant(results, options.order)) {
    const label = options.labels?.get(grouped.agent);
    // The display name starts with the agent (`agent · condition`); a study shows its variant name there instead.
    const key = label === undefined ? grouped : { ...grouped, variant: `${label}${grouped.variant.slice(grouped.agent.length)}` };
    const rng = root.fork(`${key.agent}|${key.condition}`);
    const scored = group.filter((r): r is Scored => !r.excluded && r.scores !== null);
    const success = successMetrics(group);
    const confidentiality = confidentialityMetrics(group);
    const clarification = clarificationMetrics(group, scenarios);
    const ts = scoreEstimate(scored, rng.fork('ts'));
    const last = success.passK.at(-1);
    const terminations: Record<string, number> = {};
    for (const r of group) terminations[r.termination.reason] = (terminations[r.termination.reason] ?? 0) + 1;

    out.headline.push({
      ...key,
      episodes: group.length,
      excluded: group.length - scored.length,
      success: ratioEstimate(success.successRate),
      ts,
      prr: ratioEstimate(confidentiality.prr),
      lr: ratioEstimate(confidentiality.lr),
      passHatMax: last ? { k: last.k, value: last.passHat } : null,
      meanUserTurns: mean(scored.map((r) => r.counts.userTurns)),
      meanToolCalls: mean(scored.map((r) => r.counts.toolCalls)),
      terminations,
    });
    for (const skill of orderNames(scored.map((r) => skillOf(meta.get(r.scenarioId))))) {
      const inSkill = scored.filter((r) => skillOf(meta.get(r.scenarioId)) === skill);
      out.perSkill.push({
        ...key,
        skill,
        scenarios: new Set(inSkill.map((r) => r.scenarioId)).size,
        episodes: inSkill.length,
        success: rate(inSkill.filter((r) => r.scores.success).length, inSkill.length),
        ts: scoreEstimate(inSkill, rng.fork(`skill/${skill}`)),
      });
    }
    out.tradeoff.push({
      ...key,
      ts: ts.value,
      prr: confidentiality.prr.value,
      lr: confidentiality.lr.value,
      frr: confidentiality.frr.value,
      probes: confidentiality.prr.denominator,
    });
    out.clarification.push({
      ...key,
      episodes: clarification.episodes,
      questionsPerEpisode: clarification.questionsPerEpisode.value,
      nqr: clarification.nqr.value,
      qp: clarification.qp.value,
      rqr: clarification.rqr.value,
      par: clarification.par.value,
      ahr: clarification.ahr.value,
      ocr: clarification.ocr.value,
      tts: clarification.tts.mean,
    });
    out.passK.push({ ...key, tasks: success.perTask.length, points: success.passK.map((p) => ({ k: p.k, passHat: p.passHat })) });
    const { cells, pairs, discordantPairs, flipRate, band95 } = success.noiseFloor;
    out.noiseFloor.push({ ...key, cells, pairs, discordantPairs, flipRate, band95 });
  }
  return out;
}

/**
 * A study's comparisons as report rows: ΔTS with its interval, McNemar on
 * success, ΔPRR, ΔLR (with McNemar), ΔFRR and the pairs needed. Anything
 * that is not a `study.json` of this format gives no rows.
 */
export function studyComparisonRows(study: unknown): ComparisonRow[] {
  if (!isStudyResult(study)) return [];
  return study.comparisons.map((c) => {
    const { paired } = c;
    const ci = paired.ts.ci;
    return {
      label: c.label,
      values: {
        pairs: String(paired.pairs),
        'ΔTS': signed(paired.ts.delta),
        'ΔTS CI': ci ? `[${signed(ci.lower)}, ${signed(ci.upper)}]` : '–',
        'success b/c': paired.success.mcnemar ? `${paired.success.mcnemar.b}/${paired.success.mcnemar.c}` : '–',
        'McNemar p': pValue(paired.success),
        'ΔPRR': signed(paired.prr.delta),
        'ΔLR': signed(paired.lr.delta),
        'ΔLR p': pValue(paired.lr),
        'ΔFRR': signed(paired.frr.delta),
        'pairs needed (success / LR)': pairsNeeded(c),
      },
    };
  });
}

/** Pairs a McNemar test would need to show the observed success and leak-rate differences ("–" when there is none). */
export function pairsNeeded(comparison: StudyComparison): string {
  const { success, lr } = comparison.sampleSize;
  return `${success.pairsNeeded ?? '–'} / ${lr.pairsNeeded ?? '–'}`;
}

/** A difference with its sign, to three decimals; an en dash when not measured. */
export function signed(value: number | null): string {
  if (value === null) return '–';
  const text = value.toFixed(3);
  return value > 0 ? `+${text}` : text === '-0.000' ? '0.000' : text;
}

/** McNemar's p-value of a paired rate, with its method. */
export function pValue(rate: PairedRate): string {
  if (!rate.mcnemar) return '–';
  const p = rate.mcnemar.pValue;
  // Below about 1e-16 a double holds no meaningful digits of a tail probability; say so rather than print 0.
  const text = p < 1e-16 ? '< 1e-16' : p < 0.001 ? p.toExponential(1) : p.toFixed(3);
  return `${text} (${rate.mcnemar.method})`;
}

function percentLabel(level: number): string {
  return String(Math.round(level * 1000) / 10);
}

function mean(xs: readonly number[]): number | null {
  return xs.length === 0 ? null : xs.reduce((a, b) => a + b, 0) / xs.length;
}
