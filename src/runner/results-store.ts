/**
 * The results store: `episodes.jsonl` in a run directory, one complete JSON
 * line per finished episode. Each line goes out in plain `write()` calls, so
 * a killed process can at worst leave a torn last line, which `open` trims
 * before appending again. Earlier lines are never rewritten.
 *
 * Durability: a line handed to `write()` is in the kernel's page cache, which
 * outlives the process: SIGKILL, an OOM kill or a crash of node lose nothing
 * written, so a resumed run still ends with exactly one result per planned
 * episode. Only a crash of the machine itself can lose what is not yet on the
 * disk, and that costs nothing but re-running those episodes (they are then
 * missing, never half there). So the store syncs at checkpoints and at close,
 * not per line: an fdatasync per episode was 14 % of an offline run's time.
 *
 * Reading is streamed (`forEachResult`): memory stays that of one line
 * however long the run.
 */
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, mkdirSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import type { EpisodeResult } from './result.js';
import { cappedLine, MAX_EPISODE_LINE_BYTES } from './line-cap.js';
import { forEachLine } from './result-lines.js';

/** Lines appended between two syncs to the disk (see the module note). */
const SYNC_EVERY_LINES = 1000;

export const EPISODES_FILE = 'episodes.jsonl';

export interface ResultsStore {
  readonly path: string;
  /** Keys already stored (for resume). */
  readonly keys: ReadonlySet<string>;
  append(result: EpisodeResult): void;
  close(): void;
}

/**
 * Opens (creating if needed) the store in `dir`. With `resume: false` an
 * existing non-empty store is an error rather than something silently mixed into.
 */
export function openResultsStore(dir: string, options: { resume: boolean; maxLineBytes?: number }): ResultsStore {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, EPISODES_FILE);
  const keys = new Set<string>();
  if (existsSync(path)) {
    if (statSync(path).size > 0 && !options.resume) {
      throw new UsersimError('E_USAGE', `${path} already holds results; pass --resume to continue that run or choose another --out`);
    }
    const scan = forEachLine(path, (line, n) => keys.add(parseLine(path, line, n).key));
    if (scan.tailBytes > 0) {
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, scan.completeBytes);
      closeSync(fd);
    }
  }
  const fd = openSync(path, 'a');
  let unsynced = 0;
  return {
    path,
    keys,
    append(result) {
      if (keys.has(result.key)) throw new UsersimError('E_INTERNAL', `episode ${result.key} is already stored`);
      // writeSync may write less than asked (a full disk); finish the line or fail, never leave half of it.
      const line = Buffer.from(`${cappedLine(result, options.maxLineBytes ?? MAX_EPISODE_LINE_BYTES)}\n`);
      for (let done = 0; done < line.length; ) done += writeSync(fd, line, done, line.length - done);
      keys.add(result.key);
      if (++unsynced >= SYNC_EVERY_LINES) {
        fdatasyncSync(fd);
        unsynced = 0;
      }
    },
    close() {
      try {
        if (unsynced > 0) fdatasyncSync(fd);
      } finally {
        closeSync(fd);
      }
    },
  };
}

/** The path of a run directory's results (or `dirOrFile` itself when it names a .jsonl file); `E_IO` when there is none. */
export function resultsPath(dirOrFile: string): string {
  const path = dirOrFile.endsWith('.jsonl') ? dirOrFile : join(dirOrFile, EPISODES_FILE);
  if (!existsSync(path)) throw new UsersimError('E_IO', `no results at ${path}`);
  return path;
}

/**
 * Calls `onResult` with every complete result of a run directory (or a path
 * to episodes.jsonl), in file order, holding one line in memory at a time.
 * The raw line comes along for callers that copy results byte for byte.
 *
 * @example
 * let n = 0;
 * forEachResult('runs/demo', (r) => { if (r.scores?.success) n++; });
 */
export function forEachResult(dirOrFile: string, onResult: (result: EpisodeResult, line: string) => void): void {
  const path = resultsPath(dirOrFile);
  forEachLine(path, (line, n) => onResult(parseLine(path, line, n), line));
}

/**
 * Reads every complete result line of a run directory (or a path to
 * episodes.jsonl) into memory. For large runs prefer `forEachResult`.
 */
export function readResults(dirOrFile: string): EpisodeResult[] {
  const results: EpisodeResult[] = [];
  forEachResult(dirOrFile, (r) => results.push(r));
  return results;
}

/** Parses one result line; a line that is not a result is an `E_IO` naming its line number. */
function parseLine(path: string, line: string, lineNumber: number): EpisodeResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch (error) {
    throw new UsersimError('E_IO', `${path}:${lineNumber}: not a JSON line (${(error as Error).message}); the file was damaged outside usersim: restore it, or delete that line to run the episode again`);
  }
  if (!parsed || typeof parsed !== 'object' || typeof (parsed as { key?: unknown }).key !== 'string') {
    throw new UsersimError('E_IO', `${path}:${lineNumber}: not an episode result (no "key"); delete that line to run the episode again`);
  }
  return parsed as EpisodeResult;
}
