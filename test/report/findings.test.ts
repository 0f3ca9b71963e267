import { describe, expect, it } from 'vitest';
import { agentKind, reportHeader } from '../../src/report/findings.js';
import { buildReportModel } from '../../src/report/build-report-model.js';
import { renderHtmlReport } from '../../src/report/html.js';
import type { StudyResult } from '../../src/studies/study-result.js';
import { episode } from './fixtures.js';

const rate = (delta: number | null, p: number | null, ci: [number, number] | null = null) => ({
  pairs: 10,
  baseline: { numerator: 0, denominator: 0, value: null },
  variant: { numerator: 0, denominator: 0, value: null },
  delta,
  ci: ci ? { estimate: delta ?? 0, lower: ci[0], upper: ci[1], level: 0.95 } : null,
  mcnemar: p === null ? null : { b: 0, c: 0, n: 10, statistic: 0, pValue: p, method: 'exact' },
});

function comparison(label: string, ts: number, success: number, lr: number, lrP: number) {
  return {
    label,
    paired: { ts: { baseline: 1, variant: 1 + ts, delta: ts, ci: { estimate: ts, lower: ts - 0.05, upper: ts + 0.05, level: 0.95 } }, success: rate(success, 0.0004), prr: rate(0, null), lr: rate(lr, lrP, [lr - 0.1, lr]), frr: rate(null, null) },
  };
}

describe('report findings', () => {
  it('names what kind each agent is', () => {
    expect(['reference', 'naive', 'reference[clarify=guess]', 'scripted', 'openai-tools:gpt-4o-mini', 'react:qwen', 'http:http://127.0.0.1:1/act'].map(agentKind)).toEqual([
      'oracle',
      'oracle',
      'oracle',
      'scripted',
      'model',
      'model',
      'external',
    ]);
  });

  it('states the biggest effects first, with interval and significance, the null comparisons, and the noise floor', () => {
    const study = {
      name: 'ablation',
      description: 'What a confidentiality prompt buys.',
      specFile: 'studies/ablation.yaml',
      variants: [
        { name: 'base', agent: 'openai-tools:m', spec: 'openai-tools:m' },
        { name: 'conf', agent: 'openai-tools:m[prompts=baseline+confidentiality]', spec: 'openai-tools:m[prompts=baseline+confidentiality]' },
        { name: 'same', agent: 'openai-tools:m[answer=last-message]', spec: 'openai-tools:m[answer=last-message]' },
      ],
      comparisons: [comparison('conf vs base', -0.1, -0.1, -0.3, 0.02), { ...comparison('same vs base', 0, 0, 0, 1), label: 'same vs base' }],
    } as unknown as StudyResult;
    const h = reportHeader({
      study,
      agents: [],
      labels: new Map(),
      user: 'llm:m',
      noiseFloor: [{ agent: 'a', condition: 'sharded', variant: 'a', cells: 4, pairs: 12, discordantPairs: 3, flipRate: 0.25, band95: 0.2 }],
      excluded: 2,
    });
    expect(h.name).toBe('ablation');
    expect(h.variants.map((v) => v.kind)).toEqual(['model', 'model', 'model']);
    const text = h.findings.join(' ');
    expect(text).toContain('All 3 variants are LLM agents. The simulated user is llm:m.');
    expect(text).toContain('conf vs base: leakage (LR) −30.0 points [−40.0, −30.0] (McNemar p = 0.020, significant at 0.05); conf vs base: task score (TS) −10.0 points [−15.0, −5.0] (McNemar p = 4.0e-4, significant at 0.05)');
    expect(text).toContain('No difference in task success, refusal, leakage or false refusal: same vs base.');
    expect(text).toContain('verdicts flipped in 25.0% of seed pairs; two single runs of the same agent differ by up to 20.0 points by chance');
    expect(text).toContain('2 episodes failed for infrastructure reasons');
  });

  it('says "no flips observed" instead of drawing an empty noise-floor chart', async () => {
    const results = [1, 2].map((seed) => episode({ seed }));
    const html = await renderHtmlReport(buildReportModel(results, undefined));
    expect(html).toContain('No flips observed: no verdict changed between seeds of the same scenario (1 seed pairs), so the noise floor is 0.');
    expect(html).not.toContain('id="chart-noiseFloor"');
    expect(html).toContain('The one variant is');
  });
});
