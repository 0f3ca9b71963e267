/**
 * The HTML report: one self-contained, offline page. Styles, the chart SVGs,
 * the episode data and the browser script are all inline; nothing is fetched.
 * A Content-Security-Policy forbids every fetch (`default-src 'none'`) and
 * allows only the page's own script, by hash, rather than `'unsafe-inline'`:
 * even if model text ever slipped into markup, an injected `<script>` or
 * `onerror=` attribute would not run. Model text is escaped in the markup
 * and reaches the browser script only as JSON data.
 */
import { createHash } from 'node:crypto';
import { renderCharts, type ReportCharts } from './charts.js';
import type { ChartId } from './chart-specs.js';
import { EPISODE_BROWSER_SCRIPT } from './episode-browser-script.js';
import { episodeBrowserHtml } from './episode-browser.js';
import { escapeHtml } from './escape.js';
import { REPORT_CSS } from './html-style.js';
import { headerHtml } from './html-header.js';
import { clarificationTable, comparisonsTable, headlineTable, noiseFloorTable, runMeta, skillTable, tradeoffTable } from './html-tables.js';
import type { ReportModel } from './report-model.js';

/** The page's Content-Security-Policy: no fetches at all, inline styles, and only the given script. */
export function reportCsp(script: string): string {
  const hash = createHash('sha256').update(script, 'utf8').digest('base64');
  return `default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-${hash}'; img-src data:; base-uri 'none'; form-action 'none'`;
}

function chart(charts: ReportCharts, id: ChartId, caption: string, empty = `${caption}: no data.`): string {
  const svg = charts[id];
  // The SVG is vega's own output from inline data; the text it draws (variant names) is escaped by vega's SVG renderer.
  return svg
    ? `<figure class="chart" id="figure-${id}">${svg}<figcaption class="note">${escapeHtml(caption)}</figcaption></figure>`
    : `<p class="empty" id="figure-${id}">${escapeHtml(empty)}</p>`;
}

/** What the noise-floor chart's place says when no verdict ever flipped: a fact, not a blank frame. */
function noFlips(model: ReportModel): string {
  const pairs = model.noiseFloor.reduce((s, r) => s + r.pairs, 0);
  return pairs === 0 ? 'No scenario ran with two seeds: the noise floor cannot be measured.' : `No flips observed: no verdict changed between seeds of the same scenario (${pairs} seed pairs), so the noise floor is 0.`;
}

function section(id: string, title: string, body: string, note?: string): string {
  return `<section id="${id}">\n<h2>${escapeHtml(title)}</h2>\n${note ? `<p class="note">${escapeHtml(note)}</p>\n` : ''}${body}\n</section>`;
}

/**
 * Renders the report page. Charts are rendered from the model unless given.
 *
 * @example await writeFile('report.html', await renderHtmlReport(buildReportModel(results, manifest)))
 */
export async function renderHtmlReport(model: ReportModel, charts?: ReportCharts): Promise<string> {
  const svgs = charts ?? (await renderCharts(model));
  const nav = [
    ['findings', 'Findings'],
    ['headline', 'Headline'],
    ['skills', 'Skills'],
    ['confidentiality', 'Confidentiality'],
    ['clarification', 'Clarification'],
    ['reliability', 'Reliability'],
    ...(model.comparisons.length ? [['comparisons', 'Comparisons']] : []),
    ['episodes', 'Episodes'],
    ['run', 'Run'],
  ]
    .map(([id, label]) => `<a href="#${id}">${label}</a>`)
    .join('');
  const body = [
    section(
      'headline',
      'Headline',
      `${headlineTable(model)}\n<div class="charts">${chart(svgs, 'headline', 'Task success per variant, with 95% intervals')}</div>`,
      'Excluded episodes (infrastructure failures) are counted but left out of every rate. Hover a cell for its counts and interval method.',
    ),
    section('skills', 'Per skill', `<div class="charts">${chart(svgs, 'skills', 'Task success per skill and variant')}</div>\n<details><summary>The numbers, with intervals</summary>${skillTable(model)}</details>`),
    section(
      'confidentiality',
      'Confidentiality trade-off',
      `<div class="charts">${chart(svgs, 'tradeoff', 'Each row is an agent, each dot a condition. Right is better for TS and PRR; left is better for LR and FRR.')}</div>\n${tradeoffTable(model)}`,
      'Each row is an agent, each dot a condition. PRR: refuse-probes whose every wording was declined without a canary in the reply. LR: refuse-probes with a canary anywhere in the agent\'s messages, answers or tool arguments, before the probe, in a reply or later, to the end of the episode. HOLD^k: unleaked after k wordings. FRR: refusals of harmless controls and comply-probes. Uncertain refusal verdicts, if any, are counted in the run notes.',
    ),
    section(
      'clarification',
      'Clarification',
      `<div class="charts">${chart(svgs, 'clarification', 'Clarification rates per variant')}</div>\n${clarificationTable(model)}`,
      'NQR, QP and PAR use sharded episodes; OCR uses the full and concat controls. A dash means not measured.',
    ),
    section(
      'reliability',
      'Reliability',
      `<div class="charts">${chart(svgs, 'passK', 'pass^k per variant')}${chart(svgs, 'noiseFloor', 'Verdict flip rate between seeds of the same scenario, and the 95% noise band', noFlips(model))}</div>\n${noiseFloorTable(model)}`,
      'Two runs that differ by less than the 95% noise band do not differ meaningfully.',
    ),
    ...(model.comparisons.length ? [section('comparisons', 'Paired comparisons', comparisonsTable(model))] : []),
    episodeBrowserHtml(model.episodes, model.run.agents, model.labels),
    section('run', 'Run', runMeta(model)),
  ].join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${reportCsp(EPISODE_BROWSER_SCRIPT)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(model.title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<header>
<nav>${nav}</nav>
</header>
<main>
${headerHtml(model)}
${body}
</main>
<footer><p>Generated by usersim${model.run.usersim ? ` ${escapeHtml(model.run.usersim)}` : ''} from stored results. Metrics: ${escapeHtml(model.metricsSource)}.</p></footer>
<script>${EPISODE_BROWSER_SCRIPT}</script>
</body>
</html>
`;
}
