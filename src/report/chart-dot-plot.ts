/**
 * The small-multiples dot plot the report uses wherever many variants meet
 * many rates (the confidentiality trade-off, the clarification metrics): one
 * panel per rate on a shared 0–1 axis, one row per agent, and one dot per
 * condition, offset within the row and told apart by colour and shape. Names
 * are row labels rather than legend entries or point labels, so fifteen
 * variants need only as many colours as there are conditions and no two
 * labels can collide.
 */
import type { TopLevelSpec } from 'vega-lite';

/** One dot: an agent's rate under one condition. */
export interface DotValue {
  agent: string;
  condition: string;
  measure: string;
  value: number;
}

const CONDITION_COLORS = ['#4c78a8', '#f58518', '#54a24b', '#e45756', '#72b7b2', '#b279a2'];

/** A dot plot faceted by `measures` (in that order), rows in first-seen agent order. */
export function dotPlotSpec(title: string, values: readonly DotValue[], measures: readonly string[], conditions: readonly string[]): TopLevelSpec {
  const agents = [...new Set(values.map((v) => v.agent))];
  const present = conditions.filter((c) => values.some((v) => v.condition === c));
  const conditionEncoding = { field: 'condition', type: 'nominal', title: 'condition', sort: present } as const;
  return {
    title,
    data: { values: [...values] },
    facet: { column: { field: 'measure', type: 'nominal', title: null, sort: [...measures], header: { labelFontSize: 11 } } },
    // Room between panels, so one panel's "100%" never meets the next one's "0%".
    spacing: 28,
    spec: {
      width: 130,
      height: agents.length * (present.length > 1 ? 9 * present.length + 8 : 20),
      mark: { type: 'point', filled: true, size: 60, opacity: 0.9 },
      encoding: {
        y: { field: 'agent', type: 'nominal', sort: agents, title: null, axis: { labelLimit: 200, grid: true } },
        ...(present.length > 1 ? { yOffset: { ...conditionEncoding, scale: { paddingOuter: 0.3 } } } : {}),
        // A little margin each side, so dots at exactly 0% or 100% are not cut in half by the panel's edge.
        x: { field: 'value', type: 'quantitative', title: null, scale: { domain: [-0.06, 1.06], nice: false }, axis: { format: '.0%', values: [0, 0.5, 1] } },
        color: { ...conditionEncoding, scale: { range: CONDITION_COLORS.slice(0, Math.max(1, present.length)) }, legend: { orient: 'top' } },
        shape: { ...conditionEncoding, legend: { orient: 'top' } },
        tooltip: [
          { field: 'agent', type: 'nominal' },
          { field: 'condition', type: 'nominal' },
          { field: 'measure', type: 'nominal' },
          { field: 'value', type: 'quantitative', format: '.1%' },
        ],
      },
    },
    resolve: { scale: { x: 'shared' } },
  } as TopLevelSpec;
}
