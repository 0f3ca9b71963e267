/**
 * Prompt text lives in files under `prompts/` at the package root, not in
 * code, so a researcher can read, diff and edit every word a model is shown,
 * and so each prompt has a stable hash for the manifest. This module reads
 * those files (once each) and fills their `{{name}}` slots.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsersimError } from '../errors.js';

/** The shipped prompts folder: `<package root>/prompts` (the same from `src/` and from `dist/`). */
export const PROMPTS_DIR = fileURLToPath(new URL('../../prompts/', import.meta.url));

const cache = new Map<string, string>();

/**
 * The text of `prompts/<name>.md` (or of `<dir>/<name>.md`), with a final
 * newline trimmed. `name` may contain `/` for subfolders (`judge/refusal`).
 * Throws `E_CONFIG` naming the file when it cannot be read.
 *
 * @example readPromptFile('baseline') // the baseline agent prompt part
 */
export function readPromptFile(name: string, dir: string = PROMPTS_DIR): string {
  const file = path.join(dir, `${name}.md`);
  const hit = cache.get(file);
  if (hit !== undefined) return hit;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsersimError('E_CONFIG', `cannot read prompt "${name}" at ${file}: ${(error as Error).message}`, { cause: error });
  }
  // Normalise line endings so a checkout on Windows hashes the same as one on Linux.
  const normalised = text.replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  cache.set(file, normalised);
  return normalised;
}

/**
 * Replaces every `{{name}}` in `template` with `values[name]`. A slot without
 * a value is a bug in the caller, reported as `E_INTERNAL` rather than sent to
 * a model as literal braces.
 *
 * @example fillTemplate('Hello {{who}}', { who: 'Kim' }) // 'Hello Kim'
 */
export function fillTemplate(template: string, values: Readonly<Record<string, string>>): string {
  return template.replace(/\{\{\s*([a-z_][a-z0-9_]*)\s*\}\}/gi, (_, key: string) => {
    const value = values[key];
    if (value === undefined) throw new UsersimError('E_INTERNAL', `prompt template slot {{${key}}} has no value`);
    return value;
  });
}
