/**
 * `usersim demo` (`npm start`): the offline demo study, `studies/demo.yaml`:
 * the reference agent in five knob settings over the shipped suites under
 * all three conditions, with the agenda user and the deterministic judge.
 * It prints the summary and comparisons and writes the report. A previous
 * demo in the same directory is replaced, since the demo is a showcase
 * rather than an experiment to resume.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../../environment/world.js';
import type { Io } from '../io.js';
import type { ProgressMode } from '../progress.js';
import { studyCommand } from './study.js';

export async function demoCommand(flags: { out: string; progress?: ProgressMode }, io: Io): Promise<number> {
  rmSync(flags.out, { recursive: true, force: true });
  return await studyCommand(join(packageRoot(), 'studies', 'demo.yaml'), { out: flags.out, resume: false, cache: false, ...(flags.progress ? { progress: flags.progress } : {}) }, io);
}
