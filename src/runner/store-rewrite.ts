/**
 * The two rewrites of a results store that `--resume --retry-errors` needs:
 * dropping the episodes that ended in `infrastructure_error` so they run
 * again, and putting the lines back in plan order afterwards, so the file is
 * byte-identical to one from a run where those episodes never failed. Both
 * write a temporary file, fsync it and rename it over the store, so a crash
 * leaves either the old file or the new one, never a mix. Both stream: lines
 * are copied as bytes, and only each line's place is held in memory.
 */
import { closeSync, existsSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { EpisodeResult } from './result.js';
import { forEachLine, readSpan, type LineSpan } from './result-lines.js';
import { EPISODES_FILE, forEachResult } from './results-store.js';

const NEWLINE = Buffer.from('\n');

function writeAll(fd: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done, bytes.length - done);
}

/** Writes `spans` of the store, in the order given, to a temporary file and renames it over the store. */
function rewrite(dir: string, spans: readonly LineSpan[]): void {
  const path = join(dir, EPISODES_FILE);
  const tmp = `${path}.tmp`;
  const source = openSync(path, 'r');
  const fd = openSync(tmp, 'w');
  try {
    for (const span of spans) {
      writeAll(fd, readSpan(source, span));
      writeAll(fd, NEWLINE);
    }
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw error;
  } finally {
    closeSync(source);
  }
  closeSync(fd);
  renameSync(tmp, path);
}

/** Each complete stored line's place, with its parsed result's key, in file order. */
function storedSpans(dir: string, onResult?: (result: EpisodeResult) => boolean): { key: string; span: LineSpan; flagged: boolean }[] {
  const path = join(dir, EPISODES_FILE);
  if (!existsSync(path)) return [];
  const flags: { key: string; flagged: boolean }[] = [];
  forEachResult(dir, (result) => flags.push({ key: result.key, flagged: onResult?.(result) ?? false }));
  const spans: LineSpan[] = [];
  forEachLine(path, (_line, _n, span) => spans.push(span));
  return flags.map((f, i) => ({ ...f, span: spans[i] as LineSpan }));
}

/** Removes the stored episodes `drop` selects; returns their keys. */
export function dropStoredResults(dir: string, drop: (result: EpisodeResult) => boolean): string[] {
  const all = storedSpans(dir, drop);
  const dropped = all.filter((l) => l.flagged).map((l) => l.key);
  if (dropped.length) rewrite(dir, all.filter((l) => !l.flagged).map((l) => l.span));
  return dropped;
}

/** Rewrites the store with its lines in the order of `keys` (keys not listed keep their place at the end). */
export function sortStoredResults(dir: string, keys: readonly string[]): void {
  const rank = new Map(keys.map((k, i) => [k, i]));
  const all = storedSpans(dir);
  const sorted = [...all].sort((a, b) => (rank.get(a.key) ?? keys.length) - (rank.get(b.key) ?? keys.length));
  if (sorted.some((l, i) => l !== all[i])) rewrite(dir, sorted.map((l) => l.span));
}
