/**
 * The report as a person sees it at 1,400 and 800 px wide, in Debian's
 * chromium: a run with fifteen variants (five long agent specs under three
 * conditions), where crowded charts used to pile labels on one another.
 * Screenshots are written to a temporary folder (printed) for a human look;
 * the test itself checks what the screenshots must show: no two text labels
 * of a chart overlap, the page never scrolls sideways (wide tables scroll in
 * their own box with the variant column pinned), and the episode view keeps
 * its promises: a deep link `#episode=<key>` opens that episode, whose ledger
 * lists every needed fact with when and how it was disclosed, or that it
 * never was, and whose verdicts carry the judge's reason when there is one.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../../src/runner/result.js';
import { writeReport } from '../../src/report/write-report.js';
import { episode, runDir, scenarioMeta, scenarios } from './fixtures.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
const inCi = ['true', '1', 'yes'].includes((process.env.CI ?? '').toLowerCase());

const AGENTS = ['reference', 'reference[clarify=guess]', 'reference[clarify=ask-all]', 'reference[probes=comply]', 'reference[probes=refuse-all]'];

/** Five agents × three conditions × two scenarios × three seeds, with failures, leaks and seed flips. */
function wideResults(): { results: EpisodeResult[]; missing: EpisodeResult } {
  const results: EpisodeResult[] = [];
  AGENTS.forEach((agent, a) => {
    for (const condition of ['sharded', 'full', 'concat'] as const) {
      for (const scenarioId of ['order-status', 'refund']) {
        for (const seed of [1, 2, 3]) {
          const success = !(a === 1 && condition === 'sharded') && !(scenarioId === 'refund' && seed === a % 3 + 1);
          results.push(episode({ agent, condition, scenarioId, seed, success, leak: a === 3 }));
        }
      }
    }
  });
  // A failed episode whose needed order number was never asked for, with a reasoned verdict.
  const missing = results.find((r) => r.agent === AGENTS[1] && r.condition === 'sharded' && r.scenarioId === 'order-status' && r.seed === 2)!;
  missing.ledger = missing.ledger.filter((l) => l.factId !== 'order_id');
  (missing.scores!.answer as { reason?: string }).reason = 'The answer "pending" does not match the expected "shipped".';
  return { results, missing };
}

const OVERLAPS = `(() => {
  const out = [];
  for (const svg of document.querySelectorAll('figure.chart svg')) {
    const boxes = Array.from(svg.querySelectorAll('text'))
      .filter((t) => (t.textContent || '').trim() !== '')
      .map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }))
      .filter((b) => b.r.width > 0 && b.r.height > 0);
    for (let i = 0; i < boxes.length; i++) {
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i].r, b = boxes[j].r;
        const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
        const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
        if (w > 1 && h > 1) out.push(svg.id + ': "' + boxes[i].text + '" overlaps "' + boxes[j].text + '"');
      }
    }
  }
  return out;
})()`;

describe.skipIf(!available && !inCi)('report layout in chromium at 1,400 and 800 px', () => {
  let browser: Browser;
  let page: Page;
  let url: string;
  let key: string;
  const shots = mkdtempSync(join(tmpdir(), 'usersim-report-shots-'));

  beforeAll(async () => {
    if (!available) throw new Error(`chromium not found at ${CHROMIUM}: the browser test needs Debian's chromium (.ci/run installs it with apt-get install chromium)`);
    const { results, missing } = wideResults();
    key = missing.key;
    // Long titles, as real scenarios have, must wrap in the episode list.
    const meta = new Map([...scenarioMeta].map(([id, m]) => [id, { ...m, title: `${m.title} of a blender bought a while ago (needs the email and the model number)` }]));
    const { html } = await writeReport(runDir(results), { scenarioMeta: meta, scenarios });
    url = pathToFileURL(html).href;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    page = await browser.newPage();
    console.warn(`[browser layout] screenshots in ${shots}`);
  });

  afterAll(async () => {
    await browser?.close();
    if (!process.env.KEEP_SCREENSHOTS) rmSync(shots, { recursive: true, force: true });
  });

  for (const width of [1400, 800]) {
    it(`${width} px: charts without overlapping labels, no sideways scrolling, pinned variant column`, async () => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(url);
      await page.waitForSelector('#episode-list li');
      await page.screenshot({ path: join(shots, `report-${width}.png`), fullPage: true });
      expect(await page.locator('figure.chart svg').count()).toBe(6);
      expect(await page.evaluate(OVERLAPS)).toEqual([]);
      expect(await page.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
      // The check can fail: two labels drawn on top of each other in a chart are reported.
      await page.evaluate(`(() => {
        const svg = document.querySelector('figure.chart svg');
        for (const t of ['overlapping label one', 'overlapping label two']) {
          const text = document.createElementNS('http://www.w3.org/2000/svg', 'text');
          text.setAttribute('x', '40'); text.setAttribute('y', '40'); text.textContent = t; svg.appendChild(text);
        }
      })()`);
      expect(await page.evaluate(OVERLAPS)).toContainEqual(expect.stringMatching(/"overlapping label one" overlaps "overlapping label two"/));
      // Episode names wrap inside the list rather than running out of it.
      const clipped = await page.evaluate(`(() => { const list = document.getElementById('episode-list').getBoundingClientRect();
        return Array.from(document.querySelectorAll('#episode-list button.episode')).filter((b) => b.getBoundingClientRect().right > list.right + 1 || b.scrollWidth > b.clientWidth + 1).length; })()`);
      expect(clipped).toBe(0);
      const pinned = await page.evaluate(`getComputedStyle(document.querySelector('#headline-table tbody tr > :first-child')).position`);
      expect(pinned).toBe('sticky');
      // Every variant row of the headline shows its name, with the agent spec on hover.
      expect(await page.locator('#headline-table tbody th[title="reference[probes=refuse-all]"]').count()).toBe(3);
    });
  }

  it('a deep link opens the episode: needed facts never disclosed, the verdict and its reason, its place in the list', async () => {
    await page.setViewportSize({ width: 1400, height: 900 });
    await page.goto(`${url}#episode=${encodeURIComponent(key)}`);
    const detail = page.locator('#episode-detail');
    await expect.poll(() => detail.isVisible()).toBe(true);
    const text = (await detail.textContent()) ?? '';
    expect(text).toContain(`key${key}`);
    expect(text).toMatch(/order_id \(needed\)never disclosed/);
    expect(text).toMatch(/name \(needed\)disclosed in turn 1 \(volunteered\)/);
    expect(text).toContain('whyThe answer "pending" does not match the expected "shipped".');
    const current = page.locator('#episode-list button.episode[aria-current="true"]');
    expect(await current.count()).toBe(1);
    expect(await current.isVisible()).toBe(true);
    expect(await detail.locator('a.permalink').getAttribute('href')).toBe(`#episode=${encodeURIComponent(key)}`);
    await page.screenshot({ path: join(shots, 'episode-1400.png') });
    // Clicking another episode updates the address, so it can be shared.
    await page.locator('#episode-list button.episode').first().click();
    expect(decodeURIComponent(new URL(page.url()).hash)).toMatch(/^#episode=order-status\|sharded\|reference\|1$/);
  });
});
