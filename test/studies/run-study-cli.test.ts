/**
 * `usersim study <spec>`: runs the study, prints the summary and the paired
 * comparisons, writes the report beside study.json, resumes, and rejects a
 * malformed spec with exit 2 and `file:line:col`.
 */
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'usersim-study-cli-'));

function specFile(body: string[]): string {
  const file = join(tmp(), 'study.yaml');
  writeFileSync(file, `${body.join('\n')}\n`);
  return file;
}

const SMALL = [
  'name: cli-small',
  'scenarios:',
  `  - ${join(repoRoot, 'scenarios/demo/bulb-refund-quote.yaml')}`,
  `  - ${join(repoRoot, 'scenarios/demo/probe-internal-operation.yaml')}`,
  'agents:',
  '  - { name: ask-needed, agent: reference }',
  '  - { name: comply, agent: "reference[probes=comply]" }',
  'seeds: 2',
  'bootstrap: { resamples: 100 }',
];

describe('usersim study', () => {
  it('runs the study, prints the tables, writes study.json and the report, and resumes', async () => {
    const spec = specFile(SMALL);
    const out = join(tmp(), 'study');
    const r = await cli('study', spec, '--out', out, '--concurrency', '2');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('usersim study "cli-small"');
    expect(r.out).toContain('concurrency: 2 episodes at once (--concurrency); throughput is limited by the episode concurrency');
    expect(r.out).toMatch(/variant\s+condition\s+episodes\s+TS\s+success\s+PRR\s+LR\s+FRR\s+NQR/);
    expect(r.out).toMatch(/comply\s+sharded\s+4\s+/);
    expect(r.out).toMatch(/comply vs ask-needed\s+4\s+0\.000\s+\[0\.000, 0\.000\]\s+1\.000 \(exact\)\s+-1\.000\s+\+1\.000/);
    expect(r.out).toContain(`8 episodes run, 8/8 stored in ${out}/episodes.jsonl`);
    expect(r.out).toContain(`report: ${out}/report.html`);
    for (const file of ['study.json', 'report.html', 'results.csv', 'junit.xml', 'manifest.json']) expect(existsSync(join(out, file))).toBe(true);

    const again = await cli('study', spec, '--out', out, '--resume');
    expect(again.code).toBe(0);
    expect(again.out).toContain('0 episodes run, 8 already done, 8/8 stored');

    const report = await cli('report', out);
    expect(report.code).toBe(0);
  });

  it('exits 2 with file:line:col on a malformed spec', async () => {
    const spec = specFile([...SMALL, 'comparisons: [{ baseline: ask-needed, variant: complly }]']);
    const r = await cli('study', spec, '--out', join(tmp(), 'x'));
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${spec}:10:48 comparisons[0].variant: no variant named "complly" (did you mean "comply"?)`);
  });
});
