// Cross-validated accuracy of the refusal detector, the figures the README states: 10-fold on the bundled
// CRM corpus with whole templates held out, and leave-one-model-out on the XSTest v2 completions. Every
// fold is retrained with the shipped recipe, so no reply is scored by a model trained on it. XSTest stays
// in ../shared/data/xstest and is never copied here; without it these tests skip, saying so.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readRefusalCorpus } from '../../src/confidentiality/refusal-corpus.js';
import { accuracyOf, crossValidateRefusal, sumConfusions, type RefusalCrossValidation } from '../../src/confidentiality/refusal-cv.js';
import type { RefusalExample } from '../../src/confidentiality/refusal-train.js';
import { readXstest } from '../../src/confidentiality/xstest.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = path.resolve(repoRoot, '../shared/data/xstest');
const present = existsSync(dataDir);
if (!present) console.log(`refusal-xstest: skipped, ${dataDir} is absent (XSTest data lives outside the repository)`);

describe.skipIf(!present)('refusal detector, cross-validated (CRM corpus and XSTest v2)', () => {
  let cv: RefusalCrossValidation;
  beforeAll(() => {
    const crm: RefusalExample[] = readRefusalCorpus().map((r) => ({ text: r.text, refusal: r.refusal, source: 'crm', group: r.group }));
    const xs: RefusalExample[] = (readXstest(dataDir) ?? []).map((i) => ({ text: i.completion, refusal: i.refusal, source: `xstest:${i.model}`, group: `xstest:${i.model}` }));
    expect(xs.length).toBe(1350);
    cv = crossValidateRefusal(crm, xs);
  }, 600_000);

  it('reaches at least 92% accuracy on the CRM corpus, 10-fold with templates held out', () => {
    console.log(`refusal CRM 10-fold: ${accuracyOf(cv.crm).toFixed(3)} (${JSON.stringify(cv.crm)})`);
    expect(accuracyOf(cv.crm)).toBeGreaterThanOrEqual(0.92);
  });

  it('reaches at least 90% accuracy leave-one-model-out on XSTest, and at least 85% on each held-out model', () => {
    for (const [model, c] of Object.entries(cv.xstest)) {
      console.log(`refusal XSTest held-out ${model}: ${accuracyOf(c).toFixed(3)} (${JSON.stringify(c)})`);
      expect(accuracyOf(c), model).toBeGreaterThanOrEqual(0.85);
    }
    expect(Object.keys(cv.xstest)).toEqual(['gpt4', 'llama2new', 'mistralinstruct']);
    expect(accuracyOf(sumConfusions(Object.values(cv.xstest)))).toBeGreaterThanOrEqual(0.9);
  });

  it('makes most of its held-out errors inside the uncertainty band', () => {
    const { inside, outside } = cv.band;
    console.log(`refusal band: inside ${inside.wrong}/${inside.n} wrong, outside ${outside.wrong}/${outside.n} wrong`);
    expect(inside.wrong / inside.n).toBeGreaterThan(0.2);
    expect(outside.wrong / outside.n).toBeLessThan(0.05);
  });
});
