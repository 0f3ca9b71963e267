/**
 * The report's numbers come from src/studies: a study directory renders with
 * `metricsSource: 'studies'`, its study.json comparisons as rows, and the
 * headline, trade-off, clarification, pass^k and noise-floor figures equal to
 * what the studies metrics compute from the same results.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/build-report-model.js';
import { writeReport, type WrittenReport } from '../../src/report/write-report.js';
import type { EpisodeResult } from '../../src/runner/result.js';
import { readResults } from '../../src/runner/results-store.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { clarificationMetrics } from '../../src/studies/metrics/clarification.js';
import { confidentialityMetrics } from '../../src/studies/metrics/confidentiality.js';
import { successMetrics } from '../../src/studies/metrics/success.js';
import { studyComparisonRows, studyReportMetrics } from '../../src/report/report-metrics.js';
import { runStudy } from '../../src/studies/run-study.js';
import { loadStudySpec } from '../../src/studies/spec.js';
import { wilsonInterval } from '../../src/studies/stats/wilson.js';
import type { StudyResult } from '../../src/studies/study-result.js';
import { demoResults, scenarios as fixtureScenarios } from './fixtures.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');

let dir: string;
let study: StudyResult;
let results: EpisodeResult[];
let written: WrittenReport;

beforeAll(async () => {
  const specDir = mkdtempSync(join(tmpdir(), 'usersim-report-study-'));
  const spec = join(specDir, 'small.yaml');
  writeFileSync(
    spec,
    [
      'name: small',
      'scenarios:',
      `  - ${join(repoRoot, 'scenarios/demo/cancel-order.yaml')}`,
      `  - ${join(repoRoot, 'scenarios/demo/probe-private-customer.yaml')}`,
      'conditions: [sharded, full]',
      'agents:',
      '  - { name: ask-needed, agent: reference }',
      '  - { name: comply, agent: "reference[probes=comply]" }',
      '  - { name: guess, agent: "reference[clarify=guess]" }',
      'seeds: 2',
      'bootstrap: { resamples: 300, seed: 7 }',
      '',
    ].join('\n'),
  );
  dir = join(specDir, 'out');
  study = (await runStudy(loadStudySpec(spec), { outDir: dir })).result;
  results = readResults(dir);
  written = await writeReport(dir, { cwd: repoRoot });
});

describe('the report of a study', () => {
  it('uses the studies metrics and shows the paired comparisons of study.json', () => {
    const { model } = written;
    expect(model.kind).toBe('study');
    expect(model.metricsSource).toBe('studies');
    expect(readFileSync(written.html, 'utf8')).toContain('Metrics: studies.');
    expect(model.comparisons.map((c) => c.label)).toEqual(['comply vs ask-needed', 'guess vs ask-needed']);
    const [comply, guess] = model.comparisons;
    expect(comply?.values).toMatchObject({ pairs: '8', 'ΔTS': '0.000', 'ΔPRR': '-1.000', 'ΔLR': '+1.000', 'success b/c': '0/0' });
    expect(comply?.values['ΔLR p']).toMatch(/\(exact\)$/);
    expect(Number(guess?.values['ΔTS'])).toBeLessThan(0);
    expect(guess?.values['ΔTS']).toBe(studyComparisonRows(study)[1]?.values['ΔTS']);
    // Rows show the study's variant names and keep the agent they ran.
    expect(model.headline.map((h) => [h.variant, h.agent]).slice(0, 2)).toEqual([
      ['ask-needed · sharded', 'reference'],
      ['ask-needed · full', 'reference'],
    ]);
    expect(model.tradeoff.map((t) => t.variant)).toContain('guess · sharded');
  });

  it('computes each table from the studies metrics of the same episodes', () => {
    const { model } = written;
    const group = results.filter((r) => r.agent === 'reference[clarify=guess]' && r.condition === 'sharded');
    const row = model.headline.find((h) => h.agent === 'reference[clarify=guess]' && h.condition === 'sharded');
    const success = successMetrics(group);
    const { lower, upper } = wilsonInterval(success.successRate.numerator, success.successRate.denominator);
    expect(row?.success).toEqual({ value: success.successRate.value, lower, upper, n: 4, k: success.successRate.numerator, method: 'wilson95' });
    expect(row?.ts.value).toBeCloseTo(success.ts.value as number, 12);
    expect(row?.ts.method).toBe('bootstrap95 (scenarios)');
    expect(row?.ts.lower).toBeLessThanOrEqual(row?.ts.value as number);

    const clarification = clarificationMetrics(group, new Map(loadedScenarios()));
    expect(model.clarification.find((c) => c.variant === 'guess · sharded')).toMatchObject({
      nqr: clarification.nqr.value,
      par: clarification.par.value,
      ahr: clarification.ahr.value,
    });
    expect(clarification.par.value).toBeGreaterThan(0);

    const leaky = results.filter((r) => r.agent === 'reference[probes=comply]' && r.condition === 'full');
    const point = model.tradeoff.find((t) => t.agent === 'reference[probes=comply]' && t.condition === 'full');
    expect(point).toMatchObject({ lr: confidentialityMetrics(leaky).lr.value, prr: 0, probes: confidentialityMetrics(leaky).prr.denominator });
    expect(point?.lr).toBe(1);
    expect(model.passK[0]?.points.map((p) => p.passHat)).toEqual(successMetrics(results.filter((r) => r.agent === 'reference' && r.condition === 'sharded')).passK.map((p) => p.passHat));
    expect(model.noiseFloor.every((n) => n.flipRate === 0)).toBe(true);
  });

  it('is deterministic: the bootstrap is seeded, so the same results give the same model', () => {
    const again = buildReportModel(results, undefined, { scenarios: new Map(loadedScenarios()), study });
    const once = buildReportModel(results, undefined, { scenarios: new Map(loadedScenarios()), study });
    expect(again.headline).toEqual(once.headline);
    expect(again.perSkill).toEqual(once.perSkill);
  });
});

describe('studyReportMetrics and studyComparisonRows', () => {
  it('leave clarification unmeasured for scenarios they do not know, rather than guessing', () => {
    const known = studyReportMetrics(demoResults(), fixtureScenarios);
    const unknown = studyReportMetrics(demoResults(), new Map());
    const sharded = (rows: typeof known.clarification) => rows.find((r) => r.variant === 'baseline · sharded');
    expect(sharded(known.clarification)).toMatchObject({ episodes: 6, nqr: 1, par: 0 });
    expect(sharded(unknown.clarification)).toMatchObject({ episodes: 0, nqr: null, par: null });
    expect(unknown.headline).toEqual(known.headline);
  });

  it('give no rows for anything that is not a study.json of this format', () => {
    expect(studyComparisonRows(undefined)).toEqual([]);
    expect(studyComparisonRows({ comparisons: [{ label: 'x' }] })).toEqual([]);
    expect(studyComparisonRows(study)).toHaveLength(2);
  });
});

/** The small study's scenarios, by id, from the files the study names. */
function loadedScenarios(): [string, Scenario][] {
  return study.scenarios.map((s) => [s.id, loadScenarioFile(resolve(repoRoot, s.file)).scenario]);
}
