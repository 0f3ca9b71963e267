import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/build-report-model.js';
import { renderChartSvg } from '../../src/report/charts.js';
import { escapeHtml, jsonForScript } from '../../src/report/escape.js';
import { renderHtmlReport } from '../../src/report/html.js';
import type { ScenarioMeta } from '../../src/report/report-model.js';
import { demoResults, episode, manifestFor, scenarioMeta, scenarios } from './fixtures.js';

const ALERT_SCRIPT = '<script>alert(1)</script>';
const ALERT_IMG = '<img src=x onerror=alert(1)>';

async function page(): Promise<{ html: string; model: ReturnType<typeof buildReportModel> }> {
  const results = [
    ...demoResults(),
    episode({ agent: 'careful', seed: 7, question: `Order number? ${ALERT_SCRIPT}`, reply: `${ALERT_IMG} it is A-1234 </script><!--` }),
  ];
  const meta = new Map<string, ScenarioMeta>([...scenarioMeta, ['order-status', { title: `Order <b>status</b>`, skill: '<i>retrieval</i>' }]]);
  const model = buildReportModel(results, manifestFor(results), { scenarioMeta: meta, scenarios });
  return { html: await renderHtmlReport(model), model };
}

/** The page with the JSON data block emptied: what the browser parses as markup. */
function markup(html: string): string {
  return html.replace(/(<script type="application\/json" id="episode-data">)[\s\S]*?(<\/script>)/, '$1$2');
}

/** Inline `<script>` elements: [attributes, content]. */
function scripts(html: string): [string, string][] {
  return [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => [m[1] ?? '', m[2] ?? '']);
}

describe('renderHtmlReport', () => {
  it('references no external resource', async () => {
    const { html: page_ } = await page();
    expect(page_).not.toMatch(/https?:\/\//i);
    // Tags only: script bodies are our own code and inert JSON, checked by the other tests.
    const html = page_.replace(/(<script\b[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
    const tags = [...html.matchAll(/<[a-z][^>]*>/gi)].map((m) => m[0]).join('\n');
    const refs = [...tags.matchAll(/\s(?:src|href|action|xlink:href|srcset|poster|data|background)\s*=\s*["']?([^"'\s>]*)/gi)].map((m) => m[1] ?? '');
    expect(refs.length).toBeGreaterThan(0);
    for (const ref of refs) expect(ref).toMatch(/^#[\w-]+$/);
    for (const m of html.matchAll(/url\(([^)]*)\)/gi)) expect(m[1]).toMatch(/^#[\w-]+$/);
    expect(html).not.toMatch(/@import/i);
    expect(html).not.toMatch(/<(link|iframe|object|embed|img|base)\b/i);
  });

  it('has a Content-Security-Policy that forbids fetches and allows exactly its own script', async () => {
    const { html } = await page();
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)?.[1] ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("img-src data:");
    expect(csp).not.toContain("'unsafe-inline'; script-src 'unsafe-inline'");
    const executable = scripts(html).filter(([attrs]) => !attrs.includes('application/json'));
    expect(executable).toHaveLength(1);
    const hash = createHash('sha256').update(executable[0]?.[1] ?? '', 'utf8').digest('base64');
    expect(csp).toContain(`script-src 'sha256-${hash}'`);
  });

  it('contains every chart as inline SVG', async () => {
    const { html } = await page();
    for (const id of ['headline', 'skills', 'tradeoff', 'clarification', 'passK', 'noiseFloor']) {
      expect(html).toMatch(new RegExp(`<figure class="chart" id="figure-${id}"><svg [^>]*id="chart-${id}"`));
    }
    expect(html.match(/<svg\b/g)).toHaveLength(6);
    expect(html).toContain('Task success (95% interval)');
  });

  it('escapes model text: markup reaches the page only as inert JSON data', async () => {
    const { html, model } = await page();
    expect(html).not.toContain(ALERT_SCRIPT);
    expect(html).not.toContain(ALERT_IMG);
    expect(markup(html)).not.toContain('onerror');
    expect(html).not.toContain('<b>status</b>');
    expect(html).not.toContain('<!--');
    // Two <script> elements: the JSON data block and the browser script; the model's </script> ended neither.
    expect(html.match(/<script\b/g)).toHaveLength(2);
    const data = scripts(html).find(([attrs]) => attrs.includes('id="episode-data"'))?.[1] ?? '';
    expect(data).toContain('\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(JSON.parse(data)).toEqual(JSON.parse(JSON.stringify(model.episodes)));
    // Server-rendered cells are escaped too.
    expect(html).toContain('<td>&lt;i&gt;retrieval&lt;/i&gt;</td>');
  });

  it('is deterministic: the same model renders to the same bytes', async () => {
    const a = await page();
    const b = await page();
    expect(a.html).toBe(b.html);
  });

  it('says "no data" for a chart with nothing to plot', async () => {
    const results = [episode({ excluded: true })];
    const html = await renderHtmlReport(buildReportModel(results, undefined));
    expect(html).toContain('id="figure-headline"');
    expect(html).toContain('Task success per variant, with 95% intervals: no data.');
    expect(html).not.toMatch(/<svg\b/);
  });
});

describe('escaping helpers', () => {
  it('escapeHtml escapes the five markup characters', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('jsonForScript cannot close its script element and parses back to the value', () => {
    const value = { text: '</script><script>x()</script><!-- & \u2028\u2029' };
    const json = jsonForScript(value);
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual(value);
  });

  it('vega escapes text drawn in a chart', async () => {
    const svg = await renderChartSvg(
      { data: { values: [{ name: '<script>alert(1)</script>', v: 1 }] }, mark: 'bar', encoding: { x: { field: 'name', type: 'nominal' }, y: { field: 'v', type: 'quantitative' } } },
      'x',
    );
    expect(svg.startsWith('<svg ')).toBe(true);
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&lt;script&gt;');
  });
});
