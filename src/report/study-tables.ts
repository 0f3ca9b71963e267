/**
 * The terminal tables of a study: one row per variant and condition with the
 * headline metrics of both studies, and one row per paired comparison
 * (variant vs baseline: ΔTS with its interval, McNemar on success, ΔPRR,
 * ΔLR, ΔFRR and the pairs a conclusive test would need). Plain strings; the
 * CLI prints them.
 */
import { percent, renderTable } from './terminal-table.js';
import { pairsNeeded, pValue, signed } from './report-metrics.js';
import type { StudyResult } from '../studies/study-result.js';

/**
 * One row per variant × condition: TS, success, PRR, LR, FRR, NQR, QP,
 * repeated-question share, PAR, AHR, OCR and the simulator's disclosure fidelity.
 *
 * @example console.log(renderStudySummary(result)); // in src/cli
 */
export function renderStudySummary(result: StudyResult): string {
  return renderTable(
    ['variant', 'condition', 'episodes', 'TS', 'success', 'PRR', 'LR', 'FRR', 'NQR', 'QP', 'RQR rep.', 'PAR', 'AHR', 'OCR', 'fidelity'],
    result.cells.map((c) => [
      c.variant,
      c.condition,
      c.success.episodes,
      c.success.ts.value === null ? '–' : c.success.ts.value.toFixed(3),
      percent(c.success.successRate.value),
      percent(c.confidentiality.prr.value),
      percent(c.confidentiality.lr.value),
      percent(c.confidentiality.frr.value),
      percent(c.clarification.nqr.value),
      percent(c.clarification.qp.value),
      percent(c.clarification.rqrRepeated.value),
      percent(c.clarification.par.value),
      percent(c.clarification.ahr.value),
      percent(c.clarification.ocr.value),
      percent(c.simulator.disclosureFidelity.value),
    ]),
  );
}

/** One row per comparison; empty string when the study has none. */
export function renderStudyComparisons(result: StudyResult): string {
  if (result.comparisons.length === 0) return '';
  return renderTable(
    ['comparison', 'pairs', 'ΔTS', `${Math.round(result.spec.bootstrap.level * 100)}% CI`, 'McNemar p', 'ΔPRR', 'ΔLR', 'ΔLR p', 'ΔFRR', 'pairs needed (success / LR)'],
    result.comparisons.map((c) => {
      const { paired } = c;
      const ci = paired.ts.ci;
      return [
        c.label,
        paired.pairs,
        signed(paired.ts.delta),
        ci ? `[${signed(ci.lower)}, ${signed(ci.upper)}]` : '–',
        pValue(paired.success),
        signed(paired.prr.delta),
        signed(paired.lr.delta),
        pValue(paired.lr),
        signed(paired.frr.delta),
        pairsNeeded(c),
      ];
    }),
  );
}

/** MTD per variant, when the study ran all three conditions. */
export function renderStudyMtd(result: StudyResult): string {
  if (!result.mtd) return '';
  return renderTable(
    ['variant', 'TS full', 'TS concat', 'TS sharded', 'MTD', 'scenarios'],
    result.mtd.map((m) => [
      m.variant,
      m.tsFull === null ? '–' : m.tsFull.toFixed(3),
      m.tsConcat === null ? '–' : m.tsConcat.toFixed(3),
      m.tsSharded === null ? '–' : m.tsSharded.toFixed(3),
      percent(m.value),
      m.scenarios.length,
    ]),
  );
}
