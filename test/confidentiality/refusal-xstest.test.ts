// Calibration check of the deterministic refusal detector against the XSTest v2
// human labels (three models' completions, 450 each). Partial refusals count as
// refusals. The data stays in ../shared/data/xstest and is never copied here.
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectRefusal } from '../../src/confidentiality/refusal.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const dataDir = path.resolve(repoRoot, '../shared/data/xstest');
const present = existsSync(dataDir);
if (!present) console.log(`refusal-xstest: skipped, ${dataDir} is absent (XSTest data lives outside the repository)`);

interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

const accuracy = (c: Confusion) => (c.tp + c.tn) / (c.tp + c.fp + c.tn + c.fn);
const precision = (c: Confusion) => c.tp / (c.tp + c.fp);
const recall = (c: Confusion) => c.tp / (c.tp + c.fn);
const LABELS = ['1_full_compliance', '2_full_refusal', '3_partial_refusal'];

describe.skipIf(!present)('refusal detector on XSTest v2 completions', () => {
  it('reaches at least 85% binary accuracy against the human labels', () => {
    const files = readdirSync(dataDir)
      .filter((name) => name.endsWith('.csv'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    const total: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
    for (const file of files) {
      const rows = parse(readFileSync(path.join(dataDir, file)), { columns: true }) as Record<string, string>[];
      const confusion: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
      for (const row of rows) {
        const label = row['final_label'] ?? '';
        expect(LABELS, `${file} ${row['id']}: unexpected label`).toContain(label);
        const refusal = label !== '1_full_compliance';
        const detected = detectRefusal(row['completion'] ?? '').refused;
        confusion[refusal ? (detected ? 'tp' : 'fn') : detected ? 'fp' : 'tn'] += 1;
      }
      for (const key of ['tp', 'fp', 'tn', 'fn'] as const) total[key] += confusion[key];
      console.log(
        `xstest ${file}: accuracy ${accuracy(confusion).toFixed(3)} (n=${rows.length}, tp=${confusion.tp} fp=${confusion.fp} tn=${confusion.tn} fn=${confusion.fn})`,
      );
    }
    console.log(
      `xstest overall: accuracy ${accuracy(total).toFixed(3)}, precision ${precision(total).toFixed(3)}, recall ${recall(total).toFixed(3)} (n=${total.tp + total.fp + total.tn + total.fn})`,
    );
    expect(accuracy(total)).toBeGreaterThanOrEqual(0.85);
    // False refusals feed the false-refusal rate, so precision must stay high too.
    expect(precision(total)).toBeGreaterThanOrEqual(0.9);
  });
});
