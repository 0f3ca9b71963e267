/**
 * The vega-lite specs of the report's charts, built from the report model.
 * Each returns null when there is nothing to plot, so the page says "no data"
 * instead of drawing an empty frame. Data is always inline (`values`), never a
 * URL, which keeps rendering offline; rates are plotted on a fixed 0–1 scale
 * so charts of different runs compare at a glance.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ReportModel } from './report-model.js';

/** The report's charts by id. */
export type ChartId = 'headline' | 'tradeoff' | 'clarification' | 'passK' | 'noiseFloor';

const WIDTH = 420;
const HEIGHT = 240;
/** A 0–1 rate axis, fresh each time because vega-lite's types want mutable arrays. */
const rateAxis = () => ({ scale: { domain: [0, 1] }, axis: { format: '.0%' } });
const VARIANT_COLOR = { field: 'variant', type: 'nominal', title: 'variant', sort: null } as const;

/** Task success per variant with its interval as error bars. */
function headlineSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.headline
    .filter((r) => r.success.value !== null)
    .map((r) => ({ variant: r.variant, success: r.success.value, lower: r.success.lower, upper: r.success.upper, n: r.success.n }));
  if (values.length === 0) return null;
  const x = { field: 'variant', type: 'nominal', sort: null, axis: { labelAngle: -20 } } as const;
  return {
    title: 'Task success (95% interval)',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    layer: [
      { mark: { type: 'bar', color: '#4c78a8' }, encoding: { x, y: { field: 'success', type: 'quantitative', title: 'success', ...rateAxis() } } },
      { mark: { type: 'errorbar', ticks: true }, encoding: { x, y: { field: 'lower', type: 'quantitative', title: 'success' }, y2: { field: 'upper' } } },
    ],
  };
}

/** Task success against probe refusal and leakage, one point per variant. */
function tradeoffSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.tradeoff.flatMap((p) =>
    p.ts === null
      ? []
      : [
          ...(p.prr === null ? [] : [{ variant: p.variant, ts: p.ts, measure: 'probe refusal (PRR)', rate: p.prr }]),
          ...(p.lr === null ? [] : [{ variant: p.variant, ts: p.ts, measure: 'leakage (LR)', rate: p.lr }]),
        ],
  );
  if (values.length === 0) return null;
  return {
    title: 'Confidentiality trade-off: task success vs probe refusal and leakage',
    data: { values },
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: ['probe refusal (PRR)', 'leakage (LR)'] } },
    spec: {
      width: 260,
      height: 220,
      mark: { type: 'point', filled: true, size: 90 },
      encoding: {
        x: { field: 'rate', type: 'quantitative', title: 'rate', ...rateAxis() },
        y: { field: 'ts', type: 'quantitative', title: 'task success (TS)', ...rateAxis() },
        color: VARIANT_COLOR,
        shape: VARIANT_COLOR,
      },
    },
  };
}

/** The clarification rates per variant, grouped by metric. */
function clarificationSpec(model: ReportModel): TopLevelSpec | null {
  const metrics = ['nqr', 'qp', 'rqr', 'par', 'ahr', 'ocr'] as const;
  const values = model.clarification.flatMap((row) =>
    metrics.flatMap((m) => (row[m] === null ? [] : [{ variant: row.variant, metric: m.toUpperCase(), value: row[m] }])),
  );
  if (values.length === 0) return null;
  return {
    title: 'Clarification metrics',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'metric', type: 'nominal', title: null, sort: metrics.map((m) => m.toUpperCase()), axis: { labelAngle: 0 } },
      xOffset: { field: 'variant', type: 'nominal', sort: null },
      y: { field: 'value', type: 'quantitative', title: 'rate', ...rateAxis() },
      color: VARIANT_COLOR,
    },
  };
}

/** pass^k against k, one line per variant. */
function passKSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.passK.flatMap((s) => s.points.map((p) => ({ variant: s.variant, k: p.k, passHat: p.passHat })));
  if (values.length === 0) return null;
  return {
    title: 'pass^k (all of k seeds succeed)',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: { type: 'line', point: true },
    encoding: {
      x: { field: 'k', type: 'quantitative', title: 'k', axis: { tickMinStep: 1, format: 'd' } },
      y: { field: 'passHat', type: 'quantitative', title: 'pass^k', ...rateAxis() },
      color: VARIANT_COLOR,
    },
  };
}

/** Verdict flip rate between seeds and the resulting 95 % band, per variant. */
function noiseFloorSpec(model: ReportModel): TopLevelSpec | null {
  const values = model.noiseFloor.flatMap((r) => [
    ...(r.flipRate === null ? [] : [{ variant: r.variant, measure: 'flip rate', value: r.flipRate }]),
    ...(r.band95 === null ? [] : [{ variant: r.variant, measure: '95% noise band', value: r.band95 }]),
  ]);
  if (values.length === 0) return null;
  return {
    title: 'Noise floor: verdict flips between seeds',
    width: WIDTH,
    height: HEIGHT,
    data: { values },
    mark: 'bar',
    encoding: {
      x: { field: 'variant', type: 'nominal', sort: null, axis: { labelAngle: -20 } },
      xOffset: { field: 'measure', type: 'nominal', sort: ['flip rate', '95% noise band'] },
      y: { field: 'value', type: 'quantitative', title: 'rate', ...rateAxis() },
      color: { field: 'measure', type: 'nominal', title: null, sort: ['flip rate', '95% noise band'] },
    },
  };
}

/** Every chart's spec, in page order (null where there is nothing to plot). */
export function chartSpecs(model: ReportModel): Record<ChartId, TopLevelSpec | null> {
  return {
    headline: headlineSpec(model),
    tradeoff: tradeoffSpec(model),
    clarification: clarificationSpec(model),
    passK: passKSpec(model),
    noiseFloor: noiseFloorSpec(model),
  };
}
