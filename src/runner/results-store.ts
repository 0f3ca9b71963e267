/**
 * The results store: `episodes.jsonl` in a run directory, one complete JSON
 * line per finished episode. Each line goes out in a single write followed by
 * fdatasync, so a crash can at worst leave a torn last line, which `open`
 * trims before appending again. Earlier lines are never rewritten.
 */
import { closeSync, existsSync, fdatasyncSync, ftruncateSync, mkdirSync, openSync, readFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { UsersimError } from '../errors.js';
import type { EpisodeResult } from './result.js';
import { cappedLine, MAX_EPISODE_LINE_BYTES } from './line-cap.js';

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
    const text = readFileSync(path, 'utf8');
    if (text.length > 0 && !options.resume) {
      throw new UsersimError('E_USAGE', `${path} already holds results; pass --resume to continue that run or choose another --out`);
    }
    const complete = text.lastIndexOf('\n') + 1;
    for (const result of parseLines(path, text.slice(0, complete))) keys.add(result.key);
    if (complete < text.length) {
      const fd = openSync(path, 'r+');
      ftruncateSync(fd, Buffer.byteLength(text.slice(0, complete)));
      closeSync(fd);
    }
  }
  const fd = openSync(path, 'a');
  return {
    path,
    keys,
    append(result) {
      if (keys.has(result.key)) throw new UsersimError('E_INTERNAL', `episode ${result.key} is already stored`);
      // writeSync may write less than asked (a full disk); finish the line or fail, never leave half of it.
      const line = Buffer.from(`${cappedLine(result, options.maxLineBytes ?? MAX_EPISODE_LINE_BYTES)}\n`);
      for (let done = 0; done < line.length; ) done += writeSync(fd, line, done, line.length - done);
      fdatasyncSync(fd);
      keys.add(result.key);
    },
    close: () => closeSync(fd),
  };
}

/** Reads every complete result line of a run directory (or a path to episodes.jsonl). */
export function readResults(dirOrFile: string): EpisodeResult[] {
  const path = dirOrFile.endsWith('.jsonl') ? dirOrFile : join(dirOrFile, EPISODES_FILE);
  if (!existsSync(path)) throw new UsersimError('E_IO', `no results at ${path}`);
  const text = readFileSync(path, 'utf8');
  return parseLines(path, text.slice(0, text.lastIndexOf('\n') + 1));
}

/** Parses complete result lines; a line that is not a result is an `E_IO` naming its line number. */
function parseLines(path: string, complete: string): EpisodeResult[] {
  const results: EpisodeResult[] = [];
  complete.split('\n').forEach((line, i) => {
    if (!line) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new UsersimError('E_IO', `${path}:${i + 1}: not a JSON line (${(error as Error).message}); the file was damaged outside usersim: restore it, or delete that line to run the episode again`);
    }
    if (!parsed || typeof parsed !== 'object' || typeof (parsed as { key?: unknown }).key !== 'string') {
      throw new UsersimError('E_IO', `${path}:${i + 1}: not an episode result (no "key"); delete that line to run the episode again`);
    }
    results.push(parsed as EpisodeResult);
  });
  return results;
}
