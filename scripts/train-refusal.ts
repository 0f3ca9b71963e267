// Trains the refusal model on the bundled CRM corpus and the XSTest v2 completions (read from
// ../shared/data/xstest, or the folder given as the first argument), cross-validates the same recipe,
// and writes data/confidentiality/refusal-model.json. Deterministic: the same data give the same file.
// Run: npx tsx scripts/train-refusal.ts [xstest-dir]
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readRefusalCorpus } from '../src/confidentiality/refusal-corpus.js';
import { accuracyOf, crossValidateRefusal, sumConfusions } from '../src/confidentiality/refusal-cv.js';
import { recipeFeatures, trainRefusalModel, type RefusalExample } from '../src/confidentiality/refusal-train.js';
import { readXstest } from '../src/confidentiality/xstest.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const xstestDir = path.resolve(process.argv[2] ?? path.join(root, '../shared/data/xstest'));
const xstest = readXstest(xstestDir);
if (!xstest) {
  console.error(`train-refusal: ${xstestDir} is absent; the model is trained on XSTest too, so it cannot be rebuilt without it`);
  process.exit(2);
}
const crm: RefusalExample[] = readRefusalCorpus().map((r) => ({ text: r.text, refusal: r.refusal, source: 'crm', group: r.group }));
const xs: RefusalExample[] = xstest.map((i) => ({ text: i.completion, refusal: i.refusal, source: `xstest:${i.model}`, group: `xstest:${i.model}` }));

const cv = crossValidateRefusal(crm, xs);
const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
console.log(`CRM corpus ${cv.crm.folds}-fold (templates held out): ${pct(accuracyOf(cv.crm))} of ${crm.length}`);
for (const [model, c] of Object.entries(cv.xstest)) console.log(`XSTest held-out ${model}: ${pct(accuracyOf(c))}`);
console.log(`XSTest leave-one-model-out: ${pct(accuracyOf(sumConfusions(Object.values(cv.xstest))))} of ${xs.length}`);
console.log(`uncertainty band: ${cv.band.inside.n} held-out replies inside (${cv.band.inside.wrong} wrong), ${cv.band.outside.n} outside (${cv.band.outside.wrong} wrong)`);

const model = trainRefusalModel([...crm, ...xs].map((e) => ({ ...e, features: recipeFeatures(e.text) })));
const file = {
  format: 'usersim.refusal-model.v1',
  trainedOn: { crm: crm.length, ...Object.fromEntries(Object.entries(cv.xstest).map(([m, c]) => [`xstest:${m}`, c.tp + c.fp + c.tn + c.fn])) },
  crossValidation: cv,
  bias: model.bias,
  weights: model.weights,
};
writeFileSync(path.join(root, 'data/confidentiality/refusal-model.json'), JSON.stringify(file, null, 1) + '\n');
console.log(`wrote data/confidentiality/refusal-model.json (${Object.keys(model.weights).length} weights)`);
