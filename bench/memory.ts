/**
 * Peak memory against run length: `usersim run scenarios/demo` at two plan
 * sizes (1,000 and 10,000 episodes by default), each in a fresh child process
 * whose peak RSS the child reports itself. Flat memory means the two peaks
 * are about the same.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface MemoryPoint {
  episodes: number;
  peakRssMiB: number;
  seconds: number;
}

const child = fileURLToPath(new URL('./rss-child.ts', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));
/** The demo suite's scenario count: seeds × this = episodes. */
const DEMO_SCENARIOS = 10;

/** Runs the demo suite for `episodes` episodes in a child process and reads its peak RSS. */
export function peakRss(episodes: number): MemoryPoint {
  const out = mkdtempSync(join(tmpdir(), 'usersim-bench-rss-'));
  try {
    const start = performance.now();
    const r = spawnSync(process.execPath, ['--import', 'tsx', child, String(Math.ceil(episodes / DEMO_SCENARIOS)), out], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 24 });
    if (r.status !== 0) throw new Error(`the ${episodes}-episode run failed (${r.status}): ${r.stderr}`);
    const last = r.stdout.trim().split('\n').at(-1) ?? '';
    const { maxRssBytes } = JSON.parse(last) as { maxRssBytes: number };
    return { episodes, peakRssMiB: maxRssBytes / 1024 / 1024, seconds: (performance.now() - start) / 1000 };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
