/**
 * `extends:` — variants of one scenario share a base file. The base (a
 * partial scenario, conventionally `*.base.yaml`, which folder walks skip) is
 * read relative to the extending file and may itself extend another. The
 * child is deep-merged over it: mappings merge key by key, lists of items
 * with an `id` (facts, probes, unknowns) merge item by item and append new
 * ids, any other list or value is replaced, and `null` removes the base's key.
 * Problems in the merged scenario are reported in the file that wrote the
 * offending key, so an error in the base points into the base.
 */
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve, isAbsolute } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import type { Issue } from '../errors.js';
import { createLocator, type Locator } from './locator.js';
import type { PathSegment } from './problem.js';

/** One file that contributed to a merged scenario: the extending file first, then its bases. */
export interface ScenarioSource {
  file: string;
  data: unknown;
  locate: Locator;
}

type Result = { data: Record<string, unknown>; sources: ScenarioSource[] } | { issues: Issue[] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Resolves `extends:` in a parsed scenario `data` read from `file` (shown
 * relative to `cwd`). Returns the merged data and its sources, or the issues
 * that stop it: a missing or unreadable base, YAML errors in it, a cycle.
 */
export function applyExtends(data: Record<string, unknown>, source: ScenarioSource, cwd = process.cwd(), seen: string[] = []): Result {
  const ref = data.extends;
  const { extends: _drop, ...own } = data;
  if (ref === undefined) return { data: own, sources: [source] };
  const at = (message: string): { issues: Issue[] } => {
    const { line, column } = source.locate(['extends']);
    return { issues: [{ file: source.file, line, column, path: 'extends', message }] };
  };
  if (typeof ref !== 'string' || ref.trim() === '') return at('expected a path to a base scenario file');
  const absolute = resolve(cwd, dirname(source.file), ref);
  const chain = [...seen, resolve(cwd, source.file)];
  if (chain.includes(absolute)) return at(`extends cycle: ${[...chain, absolute].map((f) => shown(f, cwd)).join(' → ')}`);
  let text: string;
  try {
    text = readFileSync(absolute, 'utf8');
  } catch {
    return at(`cannot read base scenario "${ref}" (looked for ${shown(absolute, cwd)})`);
  }
  const file = shown(absolute, cwd);
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const locate = createLocator(doc, lines);
  const syntax = doc.errors[0];
  if (syntax !== undefined) {
    const { line, col } = lines.linePos(syntax.pos[0]);
    return { issues: [{ file, line, column: col, path: '', message: syntax.message.split('\n')[0] ?? syntax.message }] };
  }
  const baseData: unknown = doc.toJS();
  if (!isRecord(baseData)) return { issues: [{ file, line: 1, column: 1, path: '', message: 'a base scenario must be a mapping' }] };
  const base = applyExtends(baseData, { file, data: baseData, locate }, cwd, chain);
  if ('issues' in base) return base;
  return { data: merge(base.data, own) as Record<string, unknown>, sources: [source, ...base.sources] };
}

function merge(base: unknown, child: unknown): unknown {
  if (isRecord(base) && isRecord(child)) {
    const out: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(child)) {
      if (value === null) delete out[key];
      else out[key] = key in base ? merge(base[key], value) : value;
    }
    return out;
  }
  if (Array.isArray(base) && Array.isArray(child) && [...base, ...child].every((x) => isRecord(x) && typeof x.id === 'string')) {
    const out = base.map((b: Record<string, unknown>) => {
      const over = child.find((c: Record<string, unknown>) => c.id === b.id) as unknown;
      return over === undefined ? b : merge(b, over);
    });
    return [...out, ...child.filter((c: Record<string, unknown>) => !base.some((b: Record<string, unknown>) => b.id === c.id))];
  }
  return child;
}

/** The source that wrote `path`: the first (closest) file where it exists, else the extending file. */
export function sourceOf(sources: readonly ScenarioSource[], path: readonly PathSegment[]): ScenarioSource {
  const first = sources[0] as ScenarioSource;
  if (sources.length === 1) return first;
  return sources.find((s) => hasPath(s.data, path)) ?? first;
}

function hasPath(data: unknown, path: readonly PathSegment[]): boolean {
  let node = data;
  for (const segment of path) {
    if (Array.isArray(node) && typeof segment === 'number') node = node[segment];
    else if (isRecord(node) && typeof segment === 'string' && segment in node) node = node[segment];
    else return false;
  }
  return true;
}

function shown(absolute: string, cwd: string): string {
  const rel = relative(cwd, absolute);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : absolute;
}
