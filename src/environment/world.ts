/**
 * Worlds: a database image plus the tools declared on it. A world comes from a
 * `world.yaml` (built-in ones live in `<package root>/worlds/<name>/`) or from
 * a `WorldKind` built in code, such as the CRM pack's generator. Either way it
 * is validated once against the tool kinds it may use, its declarations
 * checked against the built database, and cached by its catalog
 * (`world-catalog.ts`), so each episode only copies the finished image.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssue, UsersimError, type Issue } from '../errors.js';
import { formatPath, issueAt, zodIssues, type YamlSource } from './yaml-issues.js';
import { openSqliteSession, type SqliteSession } from './sqlite-session.js';
import type { OrgSchema } from '../core/org-schema.js';
import type { AnyToolKind, TableInfo, ToolDeclaration, WorldInfo } from './tool-kind.js';
import { SqlLimitsSchema, type SqlLimits } from './sql-limits.js';

/** What a world provides before validation: a finished SQLite image and tool declarations. */
export interface WorldSource {
  /** A serialized SQLite database (`db.serialize()`); never modified. */
  image: Buffer;
  /** Tool declarations as written (`{ type: 'query', name, … }`), checked by their kinds. */
  tools: readonly Record<string, unknown>[];
  description?: string;
  /** The world's "today" (`YYYY-MM-DD`); defaults to `orgSchema.today`. */
  today?: string;
  /** Salesforce-shaped metadata, for SOQL / SOSL tools. */
  orgSchema?: OrgSchema;
  /** Probe categories the world's scenarios may use beyond the built-in ones. */
  probeCategories?: readonly { id: string; description: string }[];
  /** Time and size limits of one agent query; defaults for what is left out. */
  limits?: Partial<SqlLimits>;
}

/** Builds a world's source; called at most once per catalog, on first use. */
export type WorldFactory = () => WorldSource;

/** A world built in code, under the name scenarios use in `world:` (the CRM pack's `crm-b2b`). */
export interface WorldKind {
  readonly name: string;
  /** Builds the source; called at most once per catalog, on first use. */
  create: WorldFactory;
}

/** A validated world, ready to host episodes. */
export interface World extends WorldInfo {
  readonly description: string;
  readonly image: Buffer;
  /** Validated declarations, defaults filled in. */
  readonly tools: readonly ToolDeclaration[];
  readonly tables: readonly TableInfo[];
  /** Where it came from: the world.yaml path, or `registered:<name>`. */
  readonly origin: string;
  readonly probeCategories: readonly { id: string; description: string }[];
  /** Time and size limits of one agent query. */
  readonly limits: SqlLimits;
  /** The kinds of its tools, by `type:`, so an environment runs them with the kinds that checked them. */
  readonly toolKinds: ReadonlyMap<string, AnyToolKind>;
}

/**
 * Validates a world source: every tool's `type` is a registered kind, its
 * declaration fits the kind's schema, names are unique, and the kind's checks
 * pass against the image (SQL prepares, parameters match). Throws `E_WORLD`
 * listing every problem; with `yaml`, each carries `file:line:col`.
 */
export function createWorld(name: string, source: WorldSource, options: { origin?: string; yaml?: YamlSource; toolKinds: ReadonlyMap<string, AnyToolKind> }): World {
  const origin = options.origin ?? `registered:${name}`;
  const { yaml } = options;
  const issues: Issue[] = [];
  const at = (p: (string | number)[], message: string, key = false): Issue =>
    yaml ? issueAt(yaml, p, message, key) : { file: origin, line: 0, column: 0, path: formatPath(p), message };

  let session: SqliteSession | undefined;
  let tables: TableInfo[];
  const today = source.today ?? source.orgSchema?.today;
  try {
    session = openSqliteSession(source.image, today === undefined ? {} : { today });
    tables = session.tables();
  } catch (error) {
    session?.close();
    throw new UsersimError('E_WORLD', `${origin}: the image is not a SQLite database: ${(error as Error).message}`, { cause: error });
  }
  const open = session;
  try {
    const info: WorldInfo = { name, tables };
    if (today) info.today = today;
    if (source.orgSchema) info.orgSchema = source.orgSchema;
    const tools: ToolDeclaration[] = [];
    const names = new Set<string>();
    source.tools.forEach((raw, i) => {
      const type = raw.type;
      const kind = typeof type === 'string' ? options.toolKinds.get(type) : undefined;
      if (!kind) {
        const got = typeof type === 'string' ? `unknown tool type "${type}"` : 'missing tool type';
        issues.push(at(['tools', i, 'type'], `${got} (known: ${[...options.toolKinds.keys()].sort().join(', ')})`));
        return;
      }
      const parsed = kind.schema.safeParse(raw);
      if (!parsed.success) {
        if (yaml) issues.push(...zodIssues(yaml, parsed.error, ['tools', i]));
        else for (const z of parsed.error.issues) issues.push(at(['tools', i, ...(z.path as (string | number)[])], z.message));
        return;
      }
      const decl = parsed.data;
      if (names.has(decl.name)) issues.push(at(['tools', i, 'name'], `duplicate tool name "${decl.name}"`));
      names.add(decl.name);
      for (const p of kind.check(decl, { world: info, inspect: (sql) => open.inspect(sql) })) {
        issues.push(at(['tools', i, ...p.path], p.message, p.path[0] === 'parameters'));
      }
      tools.push(decl);
    });
    const limits = SqlLimitsSchema.safeParse(source.limits ?? {});
    if (!limits.success) for (const z of limits.error.issues) issues.push(at(['limits', ...(z.path as (string | number)[])], z.message));
    if (issues.length) {
      const lines = issues.map((i) => (yaml ? formatIssue(i) : `${i.file} ${i.path}: ${i.message}`));
      throw new UsersimError('E_WORLD', lines.join('\n'), { issues });
    }
    return { ...info, description: source.description ?? '', image: source.image, tools, tables: info.tables, origin, probeCategories: source.probeCategories ?? [], limits: limits.data as SqlLimits, toolKinds: options.toolKinds };
  } finally {
    open.close();
  }
}

/**
 * The package root: two levels above this module, which holds both for
 * `src/environment/world.ts` (tests, tsx) and `dist/environment/world.js`.
 * The shipped `scenarios/`, `studies/` and `worlds/` are below it, so code
 * run from any folder can name them.
 *
 * @example loadScenarios([join(packageRoot(), 'scenarios', 'demo')], { toolsFor })
 */
export function packageRoot(): string {
  return fileURLToPath(new URL('../../', import.meta.url));
}

function looksLikePath(ref: string): boolean {
  return /[\\/]/.test(ref) || /\.ya?ml$/i.test(ref) || ref.startsWith('.');
}

/** The world.yaml a reference names, or null when it names none. */
export function worldFilePath(ref: string, baseDir: string): string | null {
  const candidate = looksLikePath(ref) ? path.resolve(baseDir, ref) : path.join(packageRoot(), 'worlds', ref, 'world.yaml');
  if (!existsSync(candidate)) return null;
  return statSync(candidate).isDirectory() ? path.join(candidate, 'world.yaml') : candidate;
}

/** Names of the built-in worlds shipped under `<package root>/worlds/`. */
export function builtinWorlds(): string[] {
  const dir = path.join(packageRoot(), 'worlds');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => existsSync(path.join(dir, name, 'world.yaml')))
    .sort();
}
