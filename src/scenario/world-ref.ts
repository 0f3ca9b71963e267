/**
 * Where a scenario's `world:` points. A name (`demo`, `crm-b2b`) is looked up
 * among registered and built-in worlds; a path (it has a `/`, starts with `.`
 * or ends in `.yaml`) is relative to the scenario file, so a suite can be
 * checked from any folder. The loader rewrites such paths to be relative to
 * the working directory, which is what the world loader resolves against.
 */
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';

/** Whether a `world:` value is a path rather than a world name. */
export function isWorldPath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref) || ref.startsWith('.');
}

/**
 * `ref` resolved against the folder of `file` (itself relative to `cwd`),
 * then made relative to the process's working directory when beneath it.
 * Names come back unchanged.
 *
 * @example resolveWorldRef('./world.yaml', 'examples/shop/task.yaml') // 'examples/shop/world.yaml'
 */
export function resolveWorldRef(ref: string, file: string, cwd = process.cwd()): string {
  if (!isWorldPath(ref)) return ref;
  const absolute = resolve(cwd, dirname(file), ref);
  const rel = relative(process.cwd(), absolute);
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return absolute;
  const posix = rel.split(sep).join('/');
  return posix.startsWith('.') ? posix : `./${posix}`;
}
