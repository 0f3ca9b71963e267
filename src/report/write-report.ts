/**
 * `usersim report <dir>`: reads a run (or study) directory and writes
 * `report.html`, `results.csv` and `junit.xml` into it, returning their paths
 * and the summary rows for the terminal. Scenario definitions (titles,
 * skills, and the facts the clarification metrics need) come from the caller
 * or, failing that, from the scenario files the manifest names, used only
 * when their hash still matches the one the run stored, so a scenario edited
 * since the run cannot relabel or re-score its results. A study directory's
 * `study.json` adds the paired comparisons.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import { readManifest } from '../runner/manifest.js';
import { readResults } from '../runner/results-store.js';
import { scenariosFromManifest } from '../studies/manifest-scenarios.js';
import { STUDY_FILE } from '../studies/study-result.js';
import { buildReportModel, scenarioMetaFrom, type BuildReportOptions } from './build-report-model.js';
import { resultsCsv } from './csv.js';
import { renderHtmlReport } from './html.js';
import { junitXml } from './junit.js';
import type { ReportModel } from './report-model.js';
import { summarize, type SummaryRow } from './summary.js';

/** Options of `writeReport`: those of `buildReportModel` plus file-writing ones. */
export interface WriteReportOptions extends Omit<BuildReportOptions, 'study'> {
  /** Fail JUnit cases that leaked even when the task succeeded. */
  failOnLeak?: boolean;
  /** Directory the manifest's scenario paths are relative to. Default: the working directory. */
  cwd?: string;
}

/** Paths of the written files, the summary rows for the terminal, and the model the page was made from. */
export interface WrittenReport {
  html: string;
  csv: string;
  junit: string;
  summary: SummaryRow[];
  model: ReportModel;
}

function readStudy(dir: string): unknown {
  const path = join(dir, STUDY_FILE);
  if (!existsSync(path)) return undefined;
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as unknown;
  } catch (error) {
    throw new UsersimError('E_IO', `${path}: not valid JSON`, { cause: error });
  }
}

function writeAtomic(path: string, text: string): void {
  writeFileSync(`${path}.tmp`, text);
  renameSync(`${path}.tmp`, path);
}

/**
 * Writes report.html, results.csv and junit.xml into a run directory.
 *
 * @example
 * const { html, summary } = await writeReport('runs/demo');
 * console.log(renderSummaryTable(summary)); // in src/cli
 */
export async function writeReport(dir: string, options: WriteReportOptions = {}): Promise<WrittenReport> {
  const results = readResults(dir);
  const manifest = readManifest(dir);
  const study = readStudy(dir);
  const scenarios = options.scenarios ?? scenariosFromManifest(manifest, options.cwd ?? process.cwd());
  const scenarioMeta = options.scenarioMeta ?? scenarioMetaFrom([...scenarios.values()]);
  const model = buildReportModel(results, manifest, { ...options, scenarios, scenarioMeta, ...(study === undefined ? {} : { study }) });
  const paths = { html: join(dir, 'report.html'), csv: join(dir, 'results.csv'), junit: join(dir, 'junit.xml') };
  writeAtomic(paths.html, await renderHtmlReport(model));
  writeAtomic(paths.csv, resultsCsv(results, scenarioMeta));
  writeAtomic(paths.junit, junitXml(results, { agents: model.run.agents, failOnLeak: options.failOnLeak ?? false }));
  return { ...paths, summary: summarize(results), model };
}
