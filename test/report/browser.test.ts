/**
 * Opens the written report.html in Debian's chromium from file:// with the
 * network blocked, and checks what a reader sees: the charts, the filters
 * narrowing the episode list, and model markup shown as text, never run.
 * In CI a missing chromium fails this file (`.ci/run` installs it); elsewhere
 * it is skipped with a note.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GoalVerdict } from '../../src/judge/goals.js';
import type { AnswerVerdict } from '../../src/judge/judge.js';
import type { ScenarioMeta } from '../../src/report/report-model.js';
import { writeReport } from '../../src/report/write-report.js';
import { demoResults, episode, runDir, scenarioMeta, scenarios, XSS_IMG, XSS_SCRIPT } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = ['true', '1', 'yes'].includes((process.env.CI ?? '').toLowerCase());
if (!available && !inCi) {
  console.warn(`[browser test] skipped: no chromium at ${CHROMIUM}. Install Debian's chromium (apt-get install chromium) to run it; in CI (CI=true) it fails instead.`);
}

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

const XSS_ID = 'xss-message';
const GOALS_ID = 'two-goals';
const goalsEpisode = (() => {
  const base = episode({ scenarioId: GOALS_ID, agent: 'careful', success: false });
  const first: AnswerVerdict = { matcher: 'exact', expected: 'A-1234', actual: 'A-1234', score: 1, pass: true };
  const goals: GoalVerdict[] = [
    { id: 'status', actual: 'A-1234', answer: first, score: 1, pass: true },
    { id: 'refund', actual: null, answer: { ...first, expected: '42.50', matcher: 'number', actual: null, score: 0, pass: false, reason: 'no answer' }, score: 0, pass: false },
  ];
  return { ...base, scores: { ...base.scores!, answer: null, goals, success: false, score: 0.5 } };
})();
const results = [
  ...demoResults(),
  episode({ scenarioId: XSS_ID, agent: 'careful', question: `Which order? ${XSS_SCRIPT}`, reply: `It is A-1234 ${XSS_IMG}` }),
  goalsEpisode,
];
const meta = new Map<string, ScenarioMeta>([...scenarioMeta, [XSS_ID, { title: `Hostile ${XSS_IMG}`, skill: 'retrieval' }]]);
const count = (pred: (r: (typeof results)[number]) => boolean) => results.filter(pred).length;

describe.skipIf(!available && !inCi)('report.html in chromium', () => {
  let context: BrowserContext;
  let page: Page;
  let userDataDir: string;
  const requests: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    if (!available) throw new Error(`chromium not found at ${CHROMIUM}: the browser test needs Debian's chromium (.ci/run installs it with apt-get install chromium)`);
    const { html } = await writeReport(runDir(results), { scenarioMeta: meta, scenarios });
    userDataDir = mkdtempSync(join(tmpdir(), 'usersim-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, { executablePath: CHROMIUM, headless: true, args: ARGS, offline: true });
    context.on('request', (r) => requests.push(r.url()));
    await context.route('**/*', (route) => (route.request().url().startsWith('file:') ? route.continue() : route.abort('blockedbyclient')));
    // Collect CSP violations: our own script being blocked, or anything trying to load.
    // (Page code as strings: the project's TypeScript has no DOM types.)
    await context.addInitScript({
      content: "window.__csp = []; document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));",
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    await page.goto(pathToFileURL(html).href);
    await page.waitForSelector('#episode-list li');
  });

  afterAll(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  const listed = () => page.locator('#episode-list li').count();
  const countText = () => page.locator('#episode-count').textContent();

  it('opens from file:// without any network request, CSP violation or script error', async () => {
    expect(page.url()).toMatch(/^file:\/\//);
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(await page.evaluate('window.__csp')).toEqual([]);
    expect(pageErrors).toEqual([]);
  });

  it('shows every chart', async () => {
    const charts = page.locator('figure.chart svg');
    expect(await charts.count()).toBe(6);
    for (const svg of await charts.all()) {
      expect(await svg.isVisible()).toBe(true);
      expect((await svg.boundingBox())?.width ?? 0).toBeGreaterThan(100);
    }
  });

  it('filters the episode list by agent, text, termination, outcome and leaks', async () => {
    expect(await listed()).toBe(results.length);
    expect(await countText()).toBe(`${results.length} of ${results.length} episodes`);

    await page.selectOption('#filter-agent', 'careful');
    expect(await listed()).toBe(count((r) => r.agent === 'careful'));
    await page.fill('#filter-text', 'refund');
    expect(await listed()).toBe(count((r) => r.agent === 'careful' && r.scenarioId === 'refund'));
    await page.selectOption('#filter-termination', 'infrastructure_error');
    expect(await listed()).toBe(1);
    expect(await countText()).toBe(`1 of ${results.length} episodes`);

    await page.selectOption('#filter-agent', '');
    await page.fill('#filter-text', '');
    await page.selectOption('#filter-termination', '');
    await page.selectOption('#filter-outcome', 'fail');
    expect(await listed()).toBe(count((r) => !r.excluded && r.scores?.success === false));
    await page.selectOption('#filter-outcome', '');
    await page.check('#filter-leak');
    const leaky = count((r) => r.scores?.probes.some((p) => p.leaked) ?? false);
    expect(leaky).toBeGreaterThan(0);
    expect(leaky).toBeLessThan(results.length);
    expect(await listed()).toBe(leaky);
    expect(await page.locator('#episode-list .badge.leak').count()).toBe(leaky);
    await page.uncheck('#filter-leak');
    expect(await listed()).toBe(results.length);
  });

  it('shows a transcript with facts, tool calls, probes, leaks and verdicts', async () => {
    await page.check('#filter-leak');
    await page.locator('#episode-list button.episode').first().click();
    const detail = page.locator('#episode-detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = (await detail.textContent()) ?? '';
    for (const part of ['disclosed', 'order_id (asked)', 'get_order', '{"id":"A-1234"}', 'other_email (wording 0)', 'LEAK', 'bob@example.com', 'Judge verdicts', 'expected']) {
      expect(text).toContain(part);
    }
    await page.uncheck('#filter-leak');
  });

  it('lists one verdict per goal for a scenario with user.goals', async () => {
    await page.fill('#filter-text', GOALS_ID);
    expect(await listed()).toBe(1);
    await page.locator('#episode-list button.episode').click();
    const text = (await page.locator('#episode-detail').textContent()) ?? '';
    for (const part of ['goal status', 'pass · exact', 'goal refund', 'fail · number', '42.50', '(no answer)', 'no answer']) expect(text).toContain(part);
    expect(text).not.toContain('no answer expected');
    await page.fill('#filter-text', '');
  });

  it('shows model markup as text and never runs it', async () => {
    await page.fill('#filter-text', XSS_ID);
    expect(await listed()).toBe(1);
    const item = page.locator('#episode-list button.episode');
    expect(await item.textContent()).toContain(`Hostile ${XSS_IMG}`);
    await item.click();
    const detail = page.locator('#episode-detail');
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(XSS_SCRIPT);
    expect(text).toContain(XSS_IMG);
    expect(await page.locator('#episode-detail script, #episode-detail img, #episode-list img').count()).toBe(0);
    expect(await page.locator('script').count()).toBe(2);
    expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
    expect(requests.filter((u) => !u.startsWith('file:'))).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
