/** `usersim calibrate`: print each language-reading detector's accuracy on the bundled labelled sets, with Wilson intervals. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { calibrateDetectors } from '../../studies/calibrate-detectors.js';
import { EXIT, type Io } from '../io.js';

/** Flags of `usersim calibrate`. */
export interface CalibrateFlags {
  xstest?: string;
  folds: string;
}

export function calibrateCommand(flags: CalibrateFlags, io: Io): number {
  const folds = Number(flags.folds);
  if (!Number.isInteger(folds) || folds < 2) {
    io.err(`usersim: --folds must be an integer of at least 2 (got "${flags.folds}")\n`);
    return EXIT.invalid;
  }
  const fallback = path.resolve('../shared/data/xstest');
  const xstestDir = flags.xstest ?? (existsSync(fallback) ? fallback : undefined);
  const result = calibrateDetectors({ folds, ...(xstestDir ? { xstestDir } : {}) });
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const width = Math.max(...result.rates.map((r) => r.label.length));
  for (const r of result.rates) io.out(`${r.label.padEnd(width)}  ${pct(r.estimate).padStart(6)}  [${pct(r.lower)}, ${pct(r.upper)}]  ${r.k}/${r.n}\n`);
  const { band } = result;
  io.out(`refusal uncertainty band: ${band.inside} held-out verdicts inside (${band.insideWrong} wrong), ${band.outside} outside (${band.outsideWrong} wrong)\n`);
  if (result.xstestMissing) io.out(`XSTest not found (${result.xstestMissing}): pass --xstest <dir> for the leave-one-model-out figures\n`);
  return EXIT.ok;
}
