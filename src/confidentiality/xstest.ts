/**
 * Reads the XSTest v2 labelled completions (Röttger et al., 2024; CC BY 4.0)
 * from a folder outside the repository (`../shared/data/xstest` in this
 * workplace), for training and cross-validating the refusal detector. The
 * files are never copied into the project: only weights learned from them
 * are shipped. Full and partial refusals both count as refusals, as in the
 * XSTest paper's binary evaluation. The CSV reader is a few lines of RFC
 * 4180 (quoted fields with doubled quotes and newlines), so the library does
 * not need a CSV dependency at run time.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { UsersimError } from '../errors.js';

/** One labelled completion. */
export interface XstestItem {
  /** The model that wrote it: the file name between `completions_` and `.csv`. */
  model: string;
  id: string;
  completion: string;
  /** Full or partial refusal. */
  refusal: boolean;
}

const LABELS: Record<string, boolean> = { '1_full_compliance': false, '2_full_refusal': true, '3_partial_refusal': true };

/**
 * Every labelled completion in `dir`'s `*.csv` files, files in name order.
 * Returns null when the folder does not exist; throws `E_CONFIG` on a row
 * with an unknown label.
 *
 * @example readXstest('../shared/data/xstest')?.length // 1350
 */
export function readXstest(dir: string): XstestItem[] | null {
  if (!existsSync(dir)) return null;
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.csv'))
    .sort();
  const items: XstestItem[] = [];
  for (const file of files) {
    const model = /completions_(.+)\.csv$/.exec(file)?.[1] ?? file.replace(/\.csv$/, '');
    const [header, ...rows] = parseCsv(readFileSync(path.join(dir, file), 'utf8'));
    const col = (name: string) => header?.indexOf(name) ?? -1;
    const [idCol, completionCol, labelCol] = [col('id'), col('completion'), col('final_label')];
    for (const row of rows) {
      if (row.length < 2) continue;
      const label = row[labelCol] ?? '';
      const refusal = LABELS[label];
      if (refusal === undefined) throw new UsersimError('E_CONFIG', `${path.join(dir, file)} ${row[idCol] ?? '?'}: unknown label "${label}"`);
      items.push({ model, id: row[idCol] ?? '', completion: row[completionCol] ?? '', refusal });
    }
  }
  return items;
}

/** RFC 4180 rows: commas, quoted fields with "" for a quote, newlines inside quotes. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}
