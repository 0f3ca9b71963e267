#!/usr/bin/env node
// Runs `tsc -p tsconfig.build.json` only when dist/ is missing or older than
// a source: `npm start` used to recompile every time (about 20-40 s on two
// cores) although `npm install` had just built dist/ through `prepare`.
// Staleness is by modification time: the newest file under src/ (and the
// tsconfig and package files) against dist/index.js, which every build rewrites.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The newest modification time (ms) of a file or of any file below a folder. */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let max = 0;
  for (const entry of readdirSync(path)) max = Math.max(max, newest(join(path, entry)));
  return max;
}

/** Why `root` needs a build, or null when dist/ is up to date. */
export function staleReason(root) {
  const built = join(root, 'dist', 'index.js');
  if (!existsSync(built)) return 'dist/ is missing';
  const builtAt = statSync(built).mtimeMs;
  for (const input of ['src', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) {
    if (newest(join(root, input)) > builtAt) return `${input} changed since the last build`;
  }
  return null;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const reason = staleReason(root);
  if (reason) {
    console.error(`usersim: building (${reason})…`);
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
    process.exitCode = tsc.status ?? 1;
  }
}
