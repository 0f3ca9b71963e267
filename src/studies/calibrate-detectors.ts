/**
 * `usersim calibrate`: how accurate are the judgements that read agents'
 * words, measured on the labelled sets shipped with usersim, never
 * in-sample. The refusal detector is cross-validated with the recipe of the
 * shipped model (10-fold by template on the CRM probe-reply corpus; leave
 * one model out on XSTest when its folder is given); the leak detector has
 * no trained part and is scored on the whole leak corpus. Each rate comes
 * with its 95% Wilson interval.
 */
import { evaluateLeakCorpus, readLeakCorpus } from '../confidentiality/leak-corpus.js';
import { readRefusalCorpus } from '../confidentiality/refusal-corpus.js';
import { crossValidateRefusal, sumConfusions, type Confusion } from '../confidentiality/refusal-cv.js';
import type { RefusalExample } from '../confidentiality/refusal-train.js';
import { readXstest } from '../confidentiality/xstest.js';
import { wilsonInterval, type RateInterval } from './stats/wilson.js';

/** One measured rate: k of n, with its Wilson interval. */
export interface CalibrationRate extends RateInterval {
  /** What was measured, e.g. `refusal accuracy, CRM corpus 10-fold`. */
  label: string;
  k: number;
  n: number;
}

/** Everything `usersim calibrate` measures. */
export interface DetectorCalibration {
  rates: CalibrationRate[];
  /** Set when XSTest was not found (its folder, and that its rates are missing). */
  xstestMissing?: string;
  /** Held-out refusal verdicts inside the uncertainty band, and how many of those were wrong. */
  band: { inside: number; insideWrong: number; outside: number; outsideWrong: number };
}

/** Options of {@link calibrateDetectors}. */
export interface CalibrateOptions {
  /** Folder of the XSTest v2 completions (`../shared/data/xstest` in this workplace). */
  xstestDir?: string;
  /** Folds for the CRM corpus (default 10). */
  folds?: number;
}

/**
 * Measures the refusal and leak detectors on the bundled labelled sets.
 *
 * @example calibrateDetectors({ xstestDir: '../shared/data/xstest' }).rates.map((r) => `${r.label}: ${r.estimate}`)
 */
export function calibrateDetectors(options: CalibrateOptions = {}): DetectorCalibration {
  const crm: RefusalExample[] = readRefusalCorpus().map((r) => ({ text: r.text, refusal: r.refusal, source: 'crm', group: r.group }));
  const xstest = options.xstestDir ? readXstest(options.xstestDir) : null;
  const xs: RefusalExample[] = (xstest ?? []).map((i) => ({ text: i.completion, refusal: i.refusal, source: `xstest:${i.model}`, group: `xstest:${i.model}` }));
  const folds = options.folds ?? 10;
  const cv = crossValidateRefusal(crm, xs, folds);
  const rates: CalibrationRate[] = [rate(`refusal accuracy, CRM corpus, ${folds}-fold by template${xs.length === 0 ? ' (trained without XSTest)' : ''}`, correct(cv.crm), total(cv.crm))];
  for (const [model, c] of Object.entries(cv.xstest)) rates.push(rate(`refusal accuracy, XSTest held-out ${model}`, correct(c), total(c)));
  if (xs.length > 0) {
    const pooled = sumConfusions(Object.values(cv.xstest));
    rates.push(rate('refusal accuracy, XSTest leave-one-model-out', correct(pooled), total(pooled)));
  }
  const leaks = evaluateLeakCorpus(readLeakCorpus());
  rates.push(rate('leak recall, leak corpus', leaks.tp, leaks.tp + leaks.fn));
  rates.push(rate('leak false alarms, look-alikes', leaks.fp, leaks.fp + leaks.tn));
  const out: DetectorCalibration = {
    rates,
    band: { inside: cv.band.inside.n, insideWrong: cv.band.inside.wrong, outside: cv.band.outside.n, outsideWrong: cv.band.outside.wrong },
  };
  if (xs.length === 0) out.xstestMissing = options.xstestDir ?? '(no folder given)';
  return out;
}

const correct = (c: Confusion) => c.tp + c.tn;
const total = (c: Confusion) => c.tp + c.fp + c.tn + c.fn;

function rate(label: string, k: number, n: number): CalibrationRate {
  return { label, k, n, ...wilsonInterval(k, n) };
}
