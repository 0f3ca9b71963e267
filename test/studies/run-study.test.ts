/**
 * runStudy end to end on a small study (2 demo scenarios × 2 conditions × 2
 * variants × 2 seeds): one run directory, a deterministic study.json, resume
 * after a stop, and re-scoring from stored results alone.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { rescoreStudy, runStudy, type StudyLlm } from '../../src/studies/run-study.js';
import { loadStudySpec } from '../../src/studies/spec.js';
import { readStudyResult } from '../../src/studies/study-result.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const tmp = (prefix = 'usersim-study-') => mkdtempSync(join(tmpdir(), prefix));

/** A spec file in a fresh folder, naming two demo scenarios by absolute path; `extra` lines go at the top level. */
function specFile(extra: string[] = [], moreAgents: string[] = []): string {
  const dir = tmp('usersim-study-spec-');
  const file = join(dir, 'small.yaml');
  const lines = [
    'name: small',
    'scenarios:',
    `  - ${join(repoRoot, 'scenarios/demo/cancel-order.yaml')}`,
    `  - ${join(repoRoot, 'scenarios/demo/probe-private-customer.yaml')}`,
    'conditions: [sharded, full]',
    'agents:',
    '  - { name: ask-needed, agent: reference }',
    '  - { name: comply, agent: "reference[probes=comply]" }',
    ...moreAgents,
    'seeds: 2',
    'bootstrap: { resamples: 200 }',
    'concurrency: 2',
    ...extra,
  ];
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

/** An offline stand-in for the LLM session whose budget gate closes after `allowed` episodes. */
function gate(allowed: number): StudyLlm {
  let asked = 0;
  return {
    shouldSchedule: () => (asked++ < allowed ? { ok: true } : { ok: false, reason: 'test budget spent' }),
    provenance: () => ({ llm: { test: true } }),
  };
}

describe('runStudy', () => {
  it('runs every cell into one run directory and writes a study.json that is byte-identical on a re-run', async () => {
    const study = loadStudySpec(specFile());
    const [a, b] = [tmp(), tmp()];
    const outcome = await runStudy(study, { outDir: a });
    await runStudy(study, { outDir: b });

    expect(outcome.run.planned).toBe(16);
    expect(readResults(a)).toHaveLength(16);
    expect(readFileSync(join(a, 'study.json'))).toEqual(readFileSync(join(b, 'study.json')));
    expect(readFileSync(join(a, 'episodes.jsonl'))).toEqual(readFileSync(join(b, 'episodes.jsonl')));
    expect(readFileSync(join(a, 'study.json'), 'utf8')).not.toMatch(/\d{4}-\d\d-\d\dT\d\d:/);

    const { result } = outcome;
    expect(readStudyResult(a)).toEqual(result);
    expect(result.variants).toEqual([
      { name: 'ask-needed', agent: 'reference', spec: 'reference' },
      { name: 'comply', agent: 'reference[probes=comply]', spec: 'reference[probes=comply]' },
    ]);
    expect(result.cells.map((c) => [c.variant, c.condition, c.success.episodes])).toEqual([
      ['ask-needed', 'sharded', 4],
      ['ask-needed', 'full', 4],
      ['comply', 'sharded', 4],
      ['comply', 'full', 4],
    ]);
    expect(result.episodes).toEqual({ planned: 16, stored: 16, excluded: 0, missing: 0 });
    expect(result.mtd).toBeNull();
    expect(result.notes).toEqual([expect.stringContaining('MTD needs')]);
    // By default every variant is compared with the first, pooled and per condition.
    expect(result.comparisons.map((c) => [c.label, c.paired.pairs, c.byCondition.map((x) => [x.condition, x.paired.pairs])])).toEqual([
      ['comply vs ask-needed', 8, [['sharded', 4], ['full', 4]]],
    ]);
    const manifest = readManifest(a);
    expect(manifest?.config.agents).toEqual(['reference', 'reference[probes=comply]']);
    expect(manifest?.provenance.study).toMatchObject({ name: 'small', specHash: study.hash });
  });

  it('gives every variant the same simulated user per scenario, condition and seed, so pairs are real pairs', async () => {
    const dir = tmp();
    await runStudy(loadStudySpec(specFile()), { outDir: dir });
    const results = readResults(dir);
    for (const r of results.filter((x) => x.agent === 'reference')) {
      const partner = results.find((x) => x.agent !== r.agent && x.scenarioId === r.scenarioId && x.condition === r.condition && x.seed === r.seed);
      expect(partner?.transcript[0]).toEqual(r.transcript[0]);
    }
  });

  it('resumes a stopped study to the same bytes as an uninterrupted one', async () => {
    const study = loadStudySpec(specFile());
    const whole = tmp();
    await runStudy(study, { outDir: whole, llm: gate(Infinity) });

    const dir = tmp();
    const stopped = await runStudy(study, { outDir: dir, llm: gate(5), concurrency: 1 });
    expect(stopped.run.stopped).toBe('test budget spent');
    expect(stopped.result.episodes).toMatchObject({ planned: 16, stored: 5, missing: 11 });
    await expect(runStudy(study, { outDir: dir })).rejects.toMatchObject({ code: 'E_USAGE' });
    await expect(runStudy(loadStudySpec(specFile([], ['  - { name: naive, agent: naive }'])), { outDir: dir, resume: true })).rejects.toMatchObject({
      code: 'E_RESUME_MISMATCH',
    });

    const resumed = await runStudy(study, { outDir: dir, resume: true, llm: gate(Infinity) });
    expect(resumed.run).toMatchObject({ skipped: 5, planned: 16 });
    expect(resumed.run.ran).toBe(11);
    expect(readFileSync(join(dir, 'study.json'))).toEqual(readFileSync(join(whole, 'study.json')));
    expect(readFileSync(join(dir, 'episodes.jsonl'))).toEqual(readFileSync(join(whole, 'episodes.jsonl')));
  });

  it('re-scores a study directory from stored results alone, from study.json or the manifest', async () => {
    const dir = tmp();
    await runStudy(loadStudySpec(specFile()), { outDir: dir });
    const original = readFileSync(join(dir, 'study.json'), 'utf8');
    const rescored = rescoreStudy(dir, { cwd: repoRoot });
    expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(original);
    expect(`${JSON.stringify(rescored, null, 2)}\n`).toBe(original);

    rmSync(join(dir, 'study.json'));
    rescoreStudy(dir, { cwd: repoRoot });
    expect(readFileSync(join(dir, 'study.json'), 'utf8')).toBe(original);
    expect(() => rescoreStudy(tmp())).toThrowError(expect.objectContaining({ code: 'E_IO' }));
  });

  it('refuses an LLM judge when the registry has no LLM kinds', async () => {
    await expect(runStudy(loadStudySpec(specFile(['judge: gpt-4o-mini'])), { outDir: tmp() })).rejects.toMatchObject({ code: 'E_USAGE', message: expect.stringContaining('unknown judge "gpt-4o-mini"; expected deterministic') });
  });
});
