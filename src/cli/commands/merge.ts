/**
 * `usersim merge <dirs…> --out <dir>`: combines the shard directories of
 * `usersim run|study --shard i/n` into one run directory, byte-identical to a
 * single-machine run's results, and prints its summary. A study's shards also
 * get the study's `study.json` and report, computed from the merged results.
 */
import { renderSummaryTable } from '../../report/summary-table.js';
import { summarizeRun } from '../../report/summary.js';
import { writeReport } from '../../report/write-report.js';
import { mergeRuns } from '../../runner/merge.js';
import { rescoreStudy } from '../../studies/run-study.js';
import { EXIT, type Io } from '../io.js';

export async function mergeCommand(dirs: string[], flags: { out: string }, io: Io): Promise<number> {
  const merged = mergeRuns(dirs, flags.out);
  io.out(renderSummaryTable(summarizeRun(flags.out).rows));
  io.out(`\n${merged.episodes}/${merged.manifest.planned} episodes from ${merged.shards} shards merged into ${flags.out}/episodes.jsonl`);
  if (merged.manifest.provenance.study) {
    rescoreStudy(flags.out);
    const written = await writeReport(flags.out);
    io.out(`study:  ${flags.out}/study.json\nreport: ${written.html}`);
  }
  return EXIT.ok;
}
