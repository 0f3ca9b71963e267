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
export function openResultsStore(dir: string, options: { resume: boolean }): ResultsStore {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, EPISODES_FILE);
  const keys = new Set<string>();
  if (existsSync(path)) {
    const text = readFileSync(path, 'utf8');
    if (text.length > 0 && !options.resume) {
      throw new UsersimError('E_USAGE', `${path} already holds results; pass --resume to continue that run or choose another --out`);
    }
    const complete = text.lastIndexOf('\n') + 1;
    for (const line of text.slice(0, complete).split('\n')) {
      if (line) keys.add((JSON.parse(line) as EpisodeResult).key);
    }
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
      const line = Buffer.from(`${JSON.stringify(result)}\n`);
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
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  return complete
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as EpisodeResult);
}
