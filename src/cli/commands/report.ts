/** `usersim report <dir>`: write report.html, results.csv and junit.xml from stored results, and print the summary. */
import { renderSummaryTable } from '../../report/summary-table.js';
import { writeReport } from '../../report/write-report.js';
import { EXIT, type Io } from '../io.js';

export async function reportCommand(dir: string, flags: { failOnLeak: boolean }, io: Io): Promise<number> {
  const written = await writeReport(dir, { failOnLeak: flags.failOnLeak });
  io.out(renderSummaryTable(written.summary));
  io.out(`\nreport:  ${written.html}\ncsv:     ${written.csv}\njunit:   ${written.junit}`);
  return EXIT.ok;
}
