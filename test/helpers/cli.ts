/**
 * Runs the CLI in-process with captured output, or as a child process from
 * source for tests that need real exit codes and signals.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const entry = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));

export async function cli(...args: string[]): Promise<{ code: number; out: string; err: string; progress: string }> {
  let out = '';
  let err = '';
  let progress = '';
  // Progress (lines mode, since this is no terminal) is captured apart so it neither clutters the test log nor the `err` assertions.
  const stderr = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      progress += chunk.toString();
      callback();
    },
  });
  const io: Io = {
    out: (t) => (out += t.endsWith('\n') ? t : `${t}\n`),
    err: (t) => (err += t.endsWith('\n') ? t : `${t}\n`),
    isTTY: false,
    stderr,
  };
  const code = await main(['node', 'usersim', ...args], io);
  return { code, out, err, progress };
}

export function cliProcess(args: string[], cwd = repoRoot, env?: NodeJS.ProcessEnv): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', entry, ...args], { cwd, stdio: ['ignore', 'pipe', 'pipe'], ...(env ? { env } : {}) });
}

export function cliSync(args: string[], cwd = repoRoot): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', entry, ...args], { cwd, encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
