/**
 * The `line:col` of a path in a scenario file on disk, for findings made after
 * loading (the sanity warnings of `usersim check`), when the parsed document
 * is no longer at hand.
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import type { Issue } from '../errors.js';
import { createLocator } from './locator.js';
import { formatPath, type PathSegment } from './problem.js';

/** An issue at `path` in `file` (as shown to the user, relative to the working directory). */
export function issueInFile(file: string, path: readonly PathSegment[], message: string): Issue {
  let position = { line: 1, column: 1 };
  try {
    const lines = new LineCounter();
    const doc = parseDocument(readFileSync(file, 'utf8'), { lineCounter: lines, prettyErrors: false });
    position = createLocator(doc, lines)(path);
  } catch {
    // A file that cannot be re-read still gets its warning, at its top.
  }
  return { file, line: position.line, column: position.column, path: formatPath([...path]), message };
}
