/**
 * Expands the paths given to `usersim validate|run|check` into scenario files.
 * A directory contributes every `*.yaml`/`*.yml` beneath it, recursively and
 * in sorted order, so a suite always loads, plans and hashes the same way
 * whatever order the file system lists it in.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsersimError } from '../errors.js';

const scenarioExtension = /\.ya?ml$/i;
/** Files in a suite folder that are not scenarios: a world beside its scenarios, and `extends:` bases. */
const notScenario = /^world\.ya?ml$|\.base\.ya?ml$/i;

/**
 * The scenario files named by `paths`, as given or joined under each directory.
 * Files named explicitly are kept whatever their extension; hidden entries
 * inside directories (`.git`, `.cache`) are skipped, and so are `world.yaml`
 * files and `*.base.yaml` bases of `extends:`, which live beside scenarios. A file reached twice is
 * listed once. Throws `E_IO` for a missing path or a directory with no scenarios.
 */
export function findScenarioFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const add = (file: string): void => {
    const key = resolve(file);
    if (!seen.has(key)) {
      seen.add(key);
      out.push(file);
    }
  };
  for (const path of paths) {
    let isDirectory: boolean;
    try {
      isDirectory = statSync(path).isDirectory();
    } catch (error) {
      throw new UsersimError('E_IO', `cannot read scenario path "${path}": ${reason(error)}`, { cause: error });
    }
    if (!isDirectory) {
      add(path);
      continue;
    }
    const found = walk(path);
    if (found.length === 0) throw new UsersimError('E_IO', `no scenario files (*.yaml, *.yml) under "${path}"`);
    found.forEach(add);
  }
  return out;
}

function walk(dir: string, seen: ReadonlySet<string> = new Set()): string[] {
  // A folder reached again through a symlink would be walked forever (ELOOP at best); each real folder once.
  const real = realpathSync(dir);
  if (seen.has(real)) return [];
  const inside = new Set([...seen, real]);
  const entries = readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith('.'))
    .map((e) => e.name)
    .sort(compare);
  const out: string[] = [];
  for (const name of entries) {
    const full = join(dir, name);
    // statSync rather than the dirent so that symlinked folders are followed.
    let stats;
    try {
      stats = statSync(full);
    } catch (error) {
      throw new UsersimError('E_IO', `cannot read "${full}": ${reason(error)}`, { cause: error });
    }
    if (stats.isDirectory()) out.push(...walk(full, inside));
    else if (stats.isFile() && scenarioExtension.test(name) && !notScenario.test(name)) out.push(full);
  }
  return out;
}

/** Code-unit order: locale-independent, so every machine sorts alike. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  return error instanceof Error ? error.message : String(error);
}
