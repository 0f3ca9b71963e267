/**
 * Expands one `scenarios:` entry of a study spec into the scenario paths it
 * names. A plain entry is a file or folder (folders are searched later by the
 * scenario loader); an entry with `*`, `**`, `?`, `[…]` or `{a,b}` is a glob
 * over `*.yaml`/`*.yml` files, matched against paths relative to the spec
 * file. Hand-written because Node 20's `path.matchesGlob` still prints an
 * experimental warning and no glob library is a declared dependency; the
 * rules are the common subset of every glob dialect.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

const GLOB_CHARS = /[*?[\]{}]/;
const SCENARIO_FILE = /\.ya?ml$/i;

/** Whether an entry is a glob rather than a plain path. */
export function isGlob(entry: string): boolean {
  return GLOB_CHARS.test(entry);
}

/**
 * The paths an entry names, resolved against `baseDir`, in sorted order; empty
 * when a plain path does not exist or a glob matches no scenario file.
 *
 * @example
 * expandScenarioEntry('scenarios/{demo,crm-*}/*.yaml', 'studies/..'); // ['/…/scenarios/demo/cancel-order.yaml', …]
 */
export function expandScenarioEntry(entry: string, baseDir: string): string[] {
  const normalised = entry.replace(/\\/g, '/');
  if (!isGlob(normalised)) {
    const path = resolve(baseDir, normalised);
    return existsSync(path) ? [path] : [];
  }
  const segments = normalised.split('/');
  const firstGlob = segments.findIndex((s) => isGlob(s));
  const root = resolve(baseDir, segments.slice(0, firstGlob).join('/') || '.');
  if (!existsSync(root) || !statSync(root).isDirectory()) return [];
  const pattern = globRegExp(segments.slice(firstGlob).join('/'));
  return walk(root, '')
    .filter((rel) => SCENARIO_FILE.test(rel) && pattern.test(rel))
    .map((rel) => join(root, ...rel.split('/')));
}

/** Files under `dir` as `/`-separated paths relative to the walk's root, hidden entries skipped, sorted. */
function walk(dir: string, prefix: string): string[] {
  const out: string[] = [];
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('.'))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const name of names) {
    const full = join(dir, name);
    const rel = prefix === '' ? name : `${prefix}/${name}`;
    const stats = statSync(full);
    if (stats.isDirectory()) out.push(...walk(full, rel));
    else if (stats.isFile()) out.push(rel);
  }
  return out;
}

/** A glob as an anchored regular expression over `/`-separated relative paths. */
export function globRegExp(glob: string): RegExp {
  let out = '';
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i] as string;
    if (ch === '*' && glob[i + 1] === '*') {
      const slashAfter = glob[i + 2] === '/';
      // `**/` matches zero or more whole folders; a bare `**` matches anything.
      out += slashAfter ? '(?:[^/]+/)*' : '.*';
      i += slashAfter ? 2 : 1;
    } else if (ch === '*') out += '[^/]*';
    else if (ch === '?') out += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) out += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close;
      }
    } else if (ch === '{') {
      braces++;
      out += '(?:';
    } else if (ch === '}' && braces > 0) {
      braces--;
      out += ')';
    } else if (ch === ',' && braces > 0) out += '|';
    else out += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${out}$`);
}

