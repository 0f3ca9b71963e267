/**
 * Locating problems in a parsed YAML file: turns a path into the document
 * (`tools[2].sql`) into the line and column of the node it names, and zod
 * issues into `Issue`s that point at the offending node. An unknown key points
 * at the key itself; a missing key at the mapping that lacks it.
 */
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { z } from 'zod';
import type { Issue } from '../errors.js';

/** A YAML document with what is needed to locate its nodes. */
export interface YamlSource {
  file: string;
  doc: Document;
  lines: LineCounter;
}

/** `tools[2].sql`-style rendering of a path. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((seg, i) => (typeof seg === 'number' ? `[${seg}]` : i === 0 ? String(seg) : `.${String(seg)}`))
    .join('');
}

function position(src: YamlSource, offset: number | undefined): { line: number; column: number } {
  if (offset === undefined) return { line: 1, column: 1 };
  const { line, col } = src.lines.linePos(offset);
  return { line: Math.max(line, 1), column: Math.max(col, 1) };
}

/** Line and column of the deepest node along `path`; with `key`, of the last segment's key rather than its value. */
export function locate(src: YamlSource, path: readonly PropertyKey[], key = false): { line: number; column: number } {
  let node: unknown = src.doc.contents;
  let offset = (node as Node | null)?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: unknown;
    if (isMap(node)) {
      const pair = node.items.find((p) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(seg));
      if (!pair) break;
      if (key && i === path.length - 1) return position(src, (pair.key as Node).range?.[0]);
      next = pair.value;
      if (!next) return position(src, (pair.key as Node).range?.[0]);
    } else if (isSeq(node) && typeof seg === 'number') {
      next = node.items[seg];
    }
    const start = (next as Node | null | undefined)?.range?.[0];
    if (start === undefined) break;
    node = next;
    offset = start;
  }
  return position(src, offset);
}

/** A problem at `path`, as an Issue. */
export function issueAt(src: YamlSource, path: readonly PropertyKey[], message: string, key = false): Issue {
  return { file: src.file, ...locate(src, path, key), path: formatPath(path), message };
}

/** zod issues as Issues located in the document; `prefix` is prepended to each issue's path. */
export function zodIssues(src: YamlSource, error: z.ZodError, prefix: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const k of issue.keys) out.push(issueAt(src, [...path, k], `unknown key "${k}"`, true));
    } else {
      out.push(issueAt(src, path, issue.message));
    }
  }
  return out;
}
