/**
 * Locating problems in a parsed world YAML file: zod issues become `Issue`s
 * that point at the offending node (an unknown key at the key itself, a
 * missing key at the mapping that lacks it). Positions come from the
 * scenario loader's locator, so every YAML input reports places alike.
 */
import type { Document, LineCounter } from 'yaml';
import { createLocator } from '../scenario/locator.js';
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

/** Line and column of the deepest node along `path`; with `key`, of the last segment's key rather than its value. */
export function locate(src: YamlSource, path: readonly PropertyKey[], key = false): { line: number; column: number } {
  const segments = path.map((seg) => (typeof seg === 'number' ? seg : String(seg)));
  const locator = createLocator(src.doc, src.lines);
  return key && segments.length > 0 ? locator(segments.slice(0, -1), String(segments.at(-1))) : locator(segments);
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
