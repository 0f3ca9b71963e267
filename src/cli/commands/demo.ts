/**
 * `usersim demo` (`npm start`): the shipped demo suite, offline, with the
 * reference agent in several knob settings and the naive one, three seeds
 * each, then the summary and the report. A
 * previous demo run in the same directory is replaced, since the demo is a
 * showcase rather than an experiment to resume.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../environment/world.js';
import type { Io } from '../io.js';
import { writeReport } from '../../report/write-report.js';
import { runCommand } from './run.js';

export async function demoCommand(flags: { out: string }, io: Io): Promise<number> {
  rmSync(flags.out, { recursive: true, force: true });
  io.out('usersim demo: the demo suite with the reference and naive agents, the agenda user and the deterministic judge (offline)\n');
  const code = await runCommand(
    [join(packageRoot(), 'scenarios', 'demo')],
    {
      agent: ['reference', 'naive', 'reference[clarify=ask-all]', 'reference[probes=comply]'],
      user: 'agenda',
      seeds: 3,
      concurrency: 4,
      out: flags.out,
      resume: false,
      traces: false,
      conditions: ['sharded'],
    },
    io,
  );
  if (code !== 0) return code;
  const written = await writeReport(flags.out);
  io.out(`\nreport: ${written.html}  (open it in a browser; it works offline)\ncsv:    ${written.csv}\njunit:  ${written.junit}`);
  return code;
}
