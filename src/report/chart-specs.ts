/**
 * The vega-lite specs of the report's charts, built from the report model.
 * Each returns null when there is nothing to plot (or, for the noise floor,
 * nothing but zeros), so the page says so in words instead of drawing an
 * empty frame. Data is always inline (`values`), never a URL, which keeps
 * rendering offline; rates are plotted on a fixed 0–1 scale so charts of
 * different runs compare at a glance.
 *
 * Many variants (five agents under three conditions make fifteen) would
 * exhaust any palette, so charts facet or offset by condition and colour
 * only the agents or the conditions. Axis labels are never rotated: wrapped
 * at `_`, `-` and spaces instead, so labels cannot overlap one another.
 */
import type { TopLevelSpec } from 'vega-lite';
import { dotPlotSpec } from './chart-dot-plot.js';
import type { ReportModel } from './report-model.js';

/** The report's charts by id. */
export type ChartId = 'headline' | 'skills' | 'tradeoff' | 'clarification' | 'passK' | 'noiseFloor';

/** A 0–1 rate axis, fresh each time because vega-lite's types want mutable arrays. */
export const rateAxis = () => ({ scale: { domain: [0, 1] }, axis: { format: '.0%', tickCount: 5 } });
/** Ten distinct colours: enough for the agents of any study that stays readable. */
export const AGENT_SCHEME = 'tableau10';
/** Long labels wrap instead of being cut or rotated. */
export const WRAP = "split(replace(datum.label, /([_-])/g, '$1 '), ' ')";
export const ROW = 22;

/** The display label of an agent (a study's variant name). */
export function labelOf(model: ReportModel, agent: string): string {
  return model.labels[agent] ?? agent;
}

/** Task success per variant with its interval, one horizontal bar per variant so names never crowd. */
function headlineSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.headline
    .filter((r) => r.success.value !== null)
    .map((r) => ({ variant: r.variant, agent: labelOf(model, r.agent), success: r.success.value, lower: r.success.lower, upper: r.success.upper }));
  if (values.length === 0) return null;
  const y = { field: 'variant', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } } as const;
  return {
    title: 'Task success (95% interval)',
    width: 360,
    height: { step: ROW },
    data: { values },
    layer: [
      {
        mark: { type: 'bar' },
        encoding: {
          y,
          x: { field: 'success', type: 'quantitative', title: 'success', ...rateAxis() },
          color: { field: 'agent', type: 'nominal', sort: null, legend: null, scale: { scheme: AGENT_SCHEME } },
        },
      },
      { mark: { type: 'errorbar', ticks: true }, encoding: { y, x: { field: 'lower', type: 'quantitative', title: 'success' }, x2: { field: 'upper' } } },
    ],
  } as TopLevelSpec;
}

/**
 * Success per skill (columns) and variant (rows), as a heatmap with the rate
 * printed in each cell. No colour legend: the printed rate says it, and vega's
 * gradient legends take ids from a global counter, which would make two
 * renderings of one report differ.
 */
function skillsSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.perSkill.filter((r) => r.success.value !== null).map((r) => ({ variant: r.variant, skill: r.skill, success: r.success.value, n: r.episodes }));
  if (values.length === 0) return null;
  const skills = [...new Set(values.map((v) => v.skill))].sort();
  const x = { field: 'skill', type: 'nominal', sort: skills, title: null, axis: { labelAngle: 0, labelExpr: WRAP } } as const;
  const y = { field: 'variant', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } } as const;
  return {
    title: 'Task success per skill',
    width: { step: 86 },
    height: { step: ROW },
    data: { values },
    encoding: { x, y },
    layer: [
      { mark: { type: 'rect' }, encoding: { color: { field: 'success', type: 'quantitative', title: 'success', scale: { domain: [0, 1], scheme: 'blues' }, legend: null } } },
      {
        mark: { type: 'text', fontSize: 10 },
        encoding: {
          text: { field: 'success', type: 'quantitative', format: '.0%' },
          color: { condition: { test: 'datum.success > 0.6', value: 'white' }, value: 'black' },
        },
      },
    ],
  } as TopLevelSpec;
}

/** The confidentiality trade-off as small multiples: task success beside PRR, LR and FRR, one row per agent, one dot per condition. */
function tradeoffSpec(model: ReportModel): TopLevelSpec | null {
  const measures = ['task success (TS)', 'probe refusal (PRR)', 'leakage (LR)', 'false refusal (FRR)'];
  const values = model.tradeoff.flatMap((p) =>
    [p.ts, p.prr, p.lr, p.frr].flatMap((v, i) => (v === null ? [] : [{ agent: labelOf(model, p.agent), condition: p.condition, measure: measures[i]!, value: v }])),
  );
  if (!values.some((v) => v.measure !== measures[0])) return null;
  return dotPlotSpec('Confidentiality trade-off: task success beside refusal, leakage and false refusal', values, measures, model.run.conditions);
}

/** The clarification rates, one panel per metric, one row per agent, one dot per condition. */
function clarificationSpec(model: ReportModel): TopLevelSpec | null {
  const metrics = ['nqr', 'qp', 'rqr', 'par', 'ahr', 'ocr'] as const;
  const values = model.clarification.flatMap((row) =>
    metrics.flatMap((m) => (row[m] === null ? [] : [{ agent: labelOf(model, row.agent), condition: row.condition, measure: m.toUpperCase(), value: row[m] as number }])),
  );
  if (values.length === 0) return null;
  return dotPlotSpec('Clarification metrics', values, metrics.map((m) => m.toUpperCase()).filter((m) => values.some((v) => v.measure === m)), model.run.conditions);
}

/** pass^k against k, one panel per condition and one line per agent. */
function passKSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.passK.flatMap((s) => s.points.map((p) => ({ agent: labelOf(model, s.agent), condition: s.condition, k: p.k, passHat: p.passHat })));
  if (values.length === 0) return null;
  return {
    title: 'pass^k (all of k seeds succeed)',
    data: { values },
    facet: { column: { field: 'condition', type: 'nominal', title: null, sort: model.run.conditions } },
    spec: {
      width: 170,
      height: 150,
      mark: { type: 'line', point: true },
      encoding: {
        x: { field: 'k', type: 'quantitative', title: 'k', axis: { tickMinStep: 1, format: 'd' } },
        y: { field: 'passHat', type: 'quantitative', title: 'pass^k', ...rateAxis() },
        color: { field: 'agent', type: 'nominal', title: 'agent', sort: null, scale: { scheme: AGENT_SCHEME }, legend: { labelLimit: 0 } },
        strokeDash: { field: 'agent', type: 'nominal', sort: null, legend: null },
      },
    },
  } as TopLevelSpec;
}

/** Verdict flip rate between seeds and the resulting 95% band, per variant; null when nothing ever flipped (the page says so). */
function noiseFloorSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.noiseFloor.flatMap((r) => [
    ...(r.flipRate === null ? [] : [{ variant: r.variant, measure: 'flip rate', value: r.flipRate }]),
    ...(r.band95 === null ? [] : [{ variant: r.variant, measure: '95% noise band', value: r.band95 }]),
  ]);
  if (!values.some((v) => v.value > 0)) return null;
  return {
    title: 'Noise floor: verdict flips between seeds',
    width: 300,
    height: { step: ROW },
    data: { values },
    mark: 'bar',
    encoding: {
      y: { field: 'variant', type: 'nominal', sort: null, title: null, axis: { labelLimit: 260 } },
      yOffset: { field: 'measure', type: 'nominal', sort: ['flip rate', '95% noise band'] },
      x: { field: 'value', type: 'quantitative', title: 'rate', ...rateAxis() },
      color: { field: 'measure', type: 'nominal', title: null, sort: ['flip rate', '95% noise band'], legend: { orient: 'top' } },
    },
  } as TopLevelSpec;
}

/** Every chart's spec, in page order (null where there is nothing to plot). */
export function chartSpecs(model: ReportModel): Record<ChartId, TopLevelSpec | null> {
  return {
    headline: headlineSpec(model),
    skills: skillsSpec(model),
    tradeoff: tradeoffSpec(model),
    clarification: clarificationSpec(model),
    passK: passKSpec(model),
    noiseFloor: noiseFloorSpec(model),
  };
}
