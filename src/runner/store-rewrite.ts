/**
 * The two rewrites of a results store that `--resume --retry-errors` needs:
 * dropping the episodes that ended in `infrastructure_error` so they run
 * again, and putting the lines back in plan order afterwards, so the file is
 * byte-identical to one from a run where those episodes never failed. Both
 * write a temporary file, fsync it and rename it over the store, so a crash
 * leaves either the old file or the new one, never a mix.
 */
import { closeSync, existsSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EpisodeResult } from './result.js';
import { EPISODES_FILE, readResults } from './results-store.js';

function rewrite(dir: string, lines: readonly string[]): void {
  const path = join(dir, EPISODES_FILE);
  const tmp = `${path}.tmp`;
  const fd = openSync(tmp, 'w');
  try {
    const text = Buffer.from(lines.map((l) => `${l}\n`).join(''));
    for (let done = 0; done < text.length; ) done += writeSync(fd, text, done, text.length - done);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}

/** The complete lines of the store, each with its parsed result. */
function storedLines(dir: string): { line: string; result: EpisodeResult }[] {
  const path = join(dir, EPISODES_FILE);
  if (!existsSync(path)) return [];
  const results = readResults(dir);
  const text = readFileSync(path, 'utf8');
  const lines = text.slice(0, text.lastIndexOf('\n') + 1).split('\n').filter(Boolean);
  return lines.map((line, i) => ({ line, result: results[i] as EpisodeResult }));
}

/** Removes the stored episodes `drop` selects; returns their keys. */
export function dropStoredResults(dir: string, drop: (result: EpisodeResult) => boolean): string[] {
  const all = storedLines(dir);
  const dropped = all.filter((l) => drop(l.result)).map((l) => l.result.key);
  if (dropped.length) rewrite(dir, all.filter((l) => !drop(l.result)).map((l) => l.line));
  return dropped;
}

/** Rewrites the store with its lines in the order of `keys` (keys not listed keep their place at the end). */
export function sortStoredResults(dir: string, keys: readonly string[]): void {
  const rank = new Map(keys.map((k, i) => [k, i]));
  const all = storedLines(dir);
  const sorted = [...all].sort((a, b) => (rank.get(a.result.key) ?? keys.length) - (rank.get(b.result.key) ?? keys.length));
  if (sorted.some((l, i) => l !== all[i])) rewrite(dir, sorted.map((l) => l.line));
}
