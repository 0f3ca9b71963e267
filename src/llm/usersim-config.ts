/**
 * The project config file, `usersim.config.yaml`. For now it holds the named
 * model configs (`models: { name: config }`) that `--agent openai-tools:<name>`,
 * `--user llm:<name>` and `--judge <name>` refer to. Errors carry
 * `file:line:col`, found through the `yaml` package's node ranges.
 *
 * @example
 * // usersim.config.yaml
 * // models:
 * //   local-qwen:
 * //     baseURL: http://localhost:8000/v1
 * //     model: Qwen/Qwen2.5-7B-Instruct
 * //     concurrency: 8
 */
import { readFileSync } from 'node:fs';
import { LineCounter, parseDocument } from 'yaml';
import { createLocator } from '../scenario/locator.js';
import { formatPath } from '../scenario/problem.js';
import { z } from 'zod';
import { formatIssue, UsersimError } from '../errors.js';
import type { Issue } from '../errors.js';
import { ModelConfigSchema } from './model-config.js';

/** The file looked for in the working directory when no `--config` is given. */
export const DEFAULT_CONFIG_FILE = 'usersim.config.yaml';

/** The HTTP clients a session can send model requests with. */
export const HTTP_CLIENTS = ['node', 'fetch'] as const;
export type HttpClientName = (typeof HTTP_CLIENTS)[number];

export const UsersimConfigSchema = z.strictObject({
  models: z
    .record(z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:/-]*$/, 'expected a model name of letters, digits, "_", ".", ":", "/" or "-"'), ModelConfigSchema)
    .default({}),
  /** What model requests are sent with: `node` (default: node:http with keep-alive, see `http-fetch.ts`) or `fetch` (Node's global fetch). */
  httpClient: z.enum(HTTP_CLIENTS).optional(),
});

export type UsersimConfig = z.output<typeof UsersimConfigSchema>;

/** Reads and validates a config file. Throws `E_IO` when it cannot be read, `E_CONFIG` when it is invalid. */
export function loadUsersimConfig(path: string): UsersimConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new UsersimError('E_IO', `cannot read ${path}: ${(error as Error).message}`, { cause: error });
  }
  return parseUsersimConfig(text, path);
}

/** Validates config text; `file` is used only in error locations. */
export function parseUsersimConfig(text: string, file = DEFAULT_CONFIG_FILE): UsersimConfig {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false });
  const at = (offset: number): { line: number; column: number } => {
    const { line, col } = lineCounter.linePos(offset);
    return { line, column: col };
  };
  if (doc.errors.length > 0) {
    const issues: Issue[] = doc.errors.map((e) => ({ file, ...at(e.pos[0]), path: '', message: e.message.split('\n')[0] ?? e.code }));
    throw fail(issues);
  }
  const parsed = UsersimConfigSchema.safeParse(doc.toJS() ?? {});
  if (parsed.success) return parsed.data;
  const locate = createLocator(doc, lineCounter);
  const issues = parsed.error.issues.map((issue): Issue => {
    const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
    const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
    return { file, ...locate(path, keys[0]), path: formatPath(path), message: issue.message };
  });
  throw fail(issues);
}

function fail(issues: Issue[]): UsersimError {
  const summary = issues.map(formatIssue).join('\n');
  return new UsersimError('E_CONFIG', summary, { issues });
}
