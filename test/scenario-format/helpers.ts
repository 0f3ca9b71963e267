/** Temporary copies of the helpdesk fixture world, with scenarios and world files varied per test. */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const helpdeskDir = 'test/fixtures/helpdesk';

/** A fresh folder holding a copy of the helpdesk world and its scenario. */
export function helpdeskCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'usersim-helpdesk-'));
  cpSync(helpdeskDir, dir, { recursive: true });
  return dir;
}

/** Rewrites a file in `dir` with `edit`. */
export function edit(dir: string, file: string, change: (text: string) => string): string {
  const path = join(dir, file);
  writeFileSync(path, change(readFileSync(path, 'utf8')));
  return path;
}
