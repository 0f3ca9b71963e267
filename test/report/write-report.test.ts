import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReport } from '../../src/report/write-report.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { computeStudy } from '../../src/studies/compute-study.js';
import { StudySpecSchema } from '../../src/studies/spec-schema.js';
import { writeStudyResult } from '../../src/studies/study-result.js';
import { demoResults, episode, manifestFor, runDir, scenarioMeta, scenarios } from './fixtures.js';

const repoRoot = resolve(import.meta.dirname, '../..');

describe('writeReport', () => {
  it('writes report.html, results.csv and junit.xml into the run directory and returns the summary', async () => {
    const results = demoResults();
    const dir = runDir(results);
    const out = await writeReport(dir, { scenarioMeta });
    expect([out.html, out.csv, out.junit]).toEqual(['report.html', 'results.csv', 'junit.xml'].map((f) => join(dir, f)));
    expect(readFileSync(out.html, 'utf8')).toMatch(/^<!doctype html>[\s\S]*Content-Security-Policy[\s\S]*<\/html>\n$/);
    expect(readFileSync(out.csv, 'utf8').split('\r\n')).toHaveLength(results.length + 2);
    expect(readFileSync(out.junit, 'utf8')).toContain('<testsuites name="usersim" tests="24" failures="2" errors="0" skipped="1"');
    expect(out.summary.map((r) => [r.agent, r.condition, r.episodes, r.excluded])).toEqual([
      ['baseline', 'sharded', 6, 0],
      ['baseline', 'full', 6, 0],
      ['careful', 'sharded', 6, 0],
      ['careful', 'full', 6, 1],
    ]);
    expect(out.model.kind).toBe('run');
  });

  it('includes a study.json when present', async () => {
    const results = [episode({ leak: true }), episode({ agent: 'careful' })];
    const dir = runDir(results);
    const variants = ['baseline', 'careful'].map((name) => ({ name, agent: name, spec: name }));
    const spec = StudySpecSchema.parse({ name: 't', scenarios: ['x'], agents: variants.map(({ name, agent }) => ({ name, agent })) });
    const context = { spec, specFile: 't.yaml', specHash: 'h', usersim: '0.1.0', user: 'agenda', judge: 'deterministic', seeds: [1], variants };
    writeStudyResult(dir, computeStudy(results, { ...context, scenarios: [{ id: 'order-status', file: 'x', hash: 'h' }], definitions: scenarios, planned: 2 }));
    const out = await writeReport(dir);
    expect(out.model.kind).toBe('study');
    const html = readFileSync(out.html, 'utf8');
    // One episode pair; the careful agent refuses the probe the baseline leaked: ΔLR = −1.
    expect(html).toContain('<th scope="row">careful vs baseline</th><td>1</td>');
    expect(out.model.comparisons[0]?.values['ΔLR']).toBe('-1.000');
    writeFileSync(join(dir, 'study.json'), '{not json');
    await expect(writeReport(dir)).rejects.toMatchObject({ code: 'E_IO' });
  });

  it("reads titles from the manifest's scenario files only while their hash matches the run", async () => {
    const file = 'test/fixtures/scenarios/good/f1-answer.yaml';
    const loaded = loadScenarioFile(resolve(repoRoot, file), { cwd: repoRoot });
    const results = [episode({ scenarioId: loaded.scenario.id })];
    const manifest = manifestFor(results);
    manifest.scenarios = [{ id: loaded.scenario.id, file, hash: loaded.hash }];
    const same = await writeReport(runDir(results, manifest), { cwd: repoRoot });
    expect(same.model.episodes[0]?.title).toBe(loaded.scenario.title);
    manifest.scenarios = [{ id: loaded.scenario.id, file, hash: 'edited-since' }];
    const edited = await writeReport(runDir(results, manifest), { cwd: repoRoot });
    expect(edited.model.episodes[0]?.title).toBe(loaded.scenario.id);
  });

  it('works without a manifest and fails clearly without results', async () => {
    const out = await writeReport(runDir([episode()], null));
    expect(out.model.run.runId).toBeNull();
    await expect(writeReport(join(runDir([]), 'missing'))).rejects.toMatchObject({ code: 'E_IO' });
  });
});
