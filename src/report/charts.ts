/**
 * Renders the report's charts to SVG strings in Node with vega-lite (compile)
 * and vega (headless view, no renderer). The SVG is inlined into the page, so
 * the report needs no script library and no network to show its charts.
 * Loggers are silenced: library code never prints, and a chart that vega
 * cannot draw surfaces as a `UsersimError`, not as console noise.
 */
import * as vega from 'vega';
import * as vl from 'vega-lite';
import { UsersimError } from '../errors.js';
import { chartSpecs, type ChartId } from './chart-specs.js';
import type { ReportModel } from './report-model.js';

/** SVG markup per chart, null where there was nothing to plot. */
export type ReportCharts = Record<ChartId, string | null>;

const silent: vega.LoggerInterface = {
  level(...args: unknown[]) {
    return args.length ? silent : 0;
  },
  error: () => silent,
  warn: () => silent,
  info: () => silent,
  debug: () => silent,
} as unknown as vega.LoggerInterface;

/**
 * Drops the root's namespace declarations: an `<svg>` inline in HTML is in
 * the SVG namespace anyway, and leaving them out keeps the page free of any
 * `http://` string that a reader (or a test) could mistake for a fetch.
 */
function inlineSvg(svg: string, id: string): string {
  return svg.replace(/^<svg\b([^>]*)>/, (_, attrs: string) => {
    const kept = attrs.replace(/\s+xmlns(:xlink)?="[^"]*"/g, '');
    return `<svg${kept} id="chart-${id}" role="img">`;
  });
}

/** Renders one vega-lite spec to SVG. */
export async function renderChartSvg(spec: vl.TopLevelSpec, id = 'chart'): Promise<string> {
  let view: vega.View | undefined;
  try {
    const compiled = vl.compile(spec, { logger: silent }).spec;
    view = new vega.View(vega.parse(compiled), { renderer: 'none', logger: silent });
    return inlineSvg(await view.toSVG(), id);
  } catch (error) {
    throw new UsersimError('E_INTERNAL', `could not render chart ${id}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  } finally {
    view?.finalize();
  }
}

/** Every chart of a report model, rendered to SVG. */
export async function renderCharts(model: ReportModel): Promise<ReportCharts> {
  const specs = chartSpecs(model);
  const out = {} as ReportCharts;
  for (const id of Object.keys(specs) as ChartId[]) {
    const spec = specs[id];
    out[id] = spec ? await renderChartSvg(spec, id) : null;
  }
  return out;
}
