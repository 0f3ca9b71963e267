/**
 * Honest figures for the refusal detector: k-fold cross-validation on the
 * CRM corpus with whole templates held out, and leave-one-model-out on
 * XSTest (train on the CRM corpus and the other models' completions, test on
 * the held-out model). Every fold is trained with the same recipe as the
 * shipped model, so the figures describe it without ever scoring a reply the
 * fold's model was trained on. Also reports how the uncertainty band splits
 * errors, so the band's meaning is measured rather than asserted.
 */
import { logOdds, sigmoid } from './logistic.js';
import { UNCERTAIN_BAND } from './refusal.js';
import { recipeFeatures, trainRefusalModel, type RefusalExample } from './refusal-train.js';

/** A binary confusion matrix (positive = refusal). */
export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

/** Cross-validated results. */
export interface RefusalCrossValidation {
  /** The CRM corpus, `folds`-fold by template. */
  crm: Confusion & { folds: number };
  /** XSTest, one entry per held-out model (absent without XSTest data). */
  xstest: Record<string, Confusion>;
  /** Held-out predictions inside and outside the uncertainty band: how many, and how many wrong. */
  band: { inside: { n: number; wrong: number }; outside: { n: number; wrong: number } };
}

/** An empty confusion matrix. */
export const emptyConfusion = (): Confusion => ({ tp: 0, fp: 0, tn: 0, fn: 0 });

/** (tp + tn) / n. */
export function accuracyOf(c: Confusion): number {
  const n = c.tp + c.fp + c.tn + c.fn;
  return n === 0 ? 0 : (c.tp + c.tn) / n;
}

/** The sum of confusion matrices. */
export function sumConfusions(list: readonly Confusion[]): Confusion {
  return list.reduce((a, c) => ({ tp: a.tp + c.tp, fp: a.fp + c.fp, tn: a.tn + c.tn, fn: a.fn + c.fn }), emptyConfusion());
}

/**
 * Cross-validates the recipe. CRM examples carry their template as `group`;
 * XSTest examples carry `xstest:<model>` as both source and group. Groups
 * are dealt to folds in sorted order, round robin, so folds are
 * deterministic.
 */
export function crossValidateRefusal(crm: readonly RefusalExample[], xstest: readonly RefusalExample[], folds = 10): RefusalCrossValidation {
  const all = [...crm, ...xstest].map((e) => ({ ...e, features: recipeFeatures(e.text) }));
  const band = { inside: { n: 0, wrong: 0 }, outside: { n: 0, wrong: 0 } };
  const record = (c: Confusion, refusal: boolean, probability: number) => {
    const predicted = probability >= 0.5;
    c[refusal ? (predicted ? 'tp' : 'fn') : predicted ? 'fp' : 'tn'] += 1;
    const side = probability >= UNCERTAIN_BAND[0] && probability <= UNCERTAIN_BAND[1] ? band.inside : band.outside;
    side.n += 1;
    if (predicted !== refusal) side.wrong += 1;
  };
  const groups = [...new Set(crm.map((e) => e.group))].sort();
  const foldOf = new Map(groups.map((g, i) => [g, i % folds]));
  const crmConfusion = emptyConfusion();
  for (let fold = 0; fold < folds; fold++) {
    const model = trainRefusalModel(all.filter((e) => e.source !== 'crm' || foldOf.get(e.group) !== fold));
    for (const e of all) if (e.source === 'crm' && foldOf.get(e.group) === fold) record(crmConfusion, e.refusal, sigmoid(logOdds(model, e.features)));
  }
  const xs: Record<string, Confusion> = {};
  for (const source of [...new Set(xstest.map((e) => e.source))].sort()) {
    const model = trainRefusalModel(all.filter((e) => e.source !== source));
    const confusion = emptyConfusion();
    for (const e of all) if (e.source === source) record(confusion, e.refusal, sigmoid(logOdds(model, e.features)));
    xs[source.replace(/^xstest:/, '')] = confusion;
  }
  return { crm: { ...crmConfusion, folds }, xstest: xs, band };
}
