/**
 * Reading a world from `worlds/<name>/world.yaml`: the file names a schema SQL
 * file, one or more seed SQL files, an optional `today` and the tool
 * declarations. The SQL runs into an in-memory database, statement by
 * statement so that an error points at `seed.sql:LINE:COL`, with foreign keys
 * enforced; the result is serialized into the image every episode copies.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { LineCounter, parseDocument } from 'yaml';
import { z } from 'zod';
import { formatIssue, UsersimError, type Issue } from '../errors.js';
import { lineColumn, splitSqlScript } from './sql-lexer.js';
import { issueAt, zodIssues, type YamlSource } from './yaml-issues.js';
import type { WorldSource } from './world.js';
import { SqlLimitsSchema } from './sql-limits.js';

const sqlFile = z.string().min(1).regex(/\.sql$/, 'expected a path to a .sql file');

/** The top level of a world.yaml. Tool declarations are checked by their kinds. */
export const WorldFileSchema = z.strictObject({
  name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'expected a world name of lower-case letters, digits, "_" or "-"').optional(),
  description: z.string().default(''),
  schema: sqlFile.describe('The DDL, relative to world.yaml.'),
  seed: z.union([sqlFile, z.array(sqlFile).min(1)]).describe('The data, relative to world.yaml; several files run in order.'),
  today: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD').optional(),
  tools: z.array(z.record(z.string(), z.unknown())).min(1, 'a world needs at least one tool'),
  probe_categories: z
    .array(z.strictObject({ id: z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, 'expected an id'), description: z.string().min(1) }))
    .default([])
    .describe('Probe categories its scenarios may use beyond the built-in ones.'),
  limits: SqlLimitsSchema.optional().describe('Time and size limits of one agent query.'),
});

/** A world file read and built, with the parsed YAML kept for locating tool problems. */
export interface WorldFile {
  name: string;
  source: WorldSource;
  yaml: YamlSource;
}

function fail(issues: Issue[]): never {
  throw new UsersimError('E_WORLD', issues.map(formatIssue).join('\n'), { issues });
}

/** Runs a SQL script one statement at a time, so a failure can name its line. */
function runScript(db: Database.Database, file: string, display: string): void {
  const text = readFileSync(file, 'utf8');
  for (const stmt of splitSqlScript(text)) {
    try {
      db.exec(stmt.sql);
    } catch (error) {
      const at = lineColumn(text, stmt.start);
      fail([{ file: display, ...at, path: '', message: (error as Error).message }]);
    }
  }
}

/** Builds the image from the schema and seed files named in a world file. */
function buildImage(src: YamlSource, dir: string, schema: string, seeds: string[]): Buffer {
  const shown = (rel: string): string => path.join(path.dirname(src.file), rel);
  const files: { rel: string; at: (string | number)[] }[] = [
    { rel: schema, at: ['schema'] },
    ...seeds.map((rel, i) => ({ rel, at: seeds.length > 1 ? ['seed', i] : ['seed'] })),
  ];
  const missing = files.filter((f) => !existsSync(path.resolve(dir, f.rel)));
  if (missing.length) fail(missing.map((f) => issueAt(src, f.at, `file not found: ${shown(f.rel)}`)));
  const db = new Database(':memory:');
  try {
    db.pragma('foreign_keys = ON');
    for (const f of files) runScript(db, path.resolve(dir, f.rel), shown(f.rel));
    const broken = db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
    if (broken.length) {
      const first = broken[0] as { table: string; rowid: number; parent: string };
      fail([issueAt(src, ['seed'], `${broken.length} row(s) break foreign keys, e.g. ${first.table} rowid ${first.rowid} → ${first.parent}`)]);
    }
    return db.serialize();
  } finally {
    db.close();
  }
}

/**
 * Reads and builds a world file. `display` is the path used in messages
 * (relative to the working directory when the caller has one).
 * Throws `E_WORLD` with `file:line:col` for YAML, schema and SQL errors.
 */
export function readWorldFile(file: string, display = file): WorldFile {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsersimError('E_WORLD', `${display}: cannot read world file: ${(error as Error).message}`, { cause: error });
  }
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  const src: YamlSource = { file: display, doc, lines };
  if (doc.errors.length) {
    fail(doc.errors.map((e) => {
      const { line, col } = lines.linePos(e.pos[0]);
      return { file: display, line: Math.max(line, 1), column: Math.max(col, 1), path: '', message: e.message.split('\n')[0] ?? e.message };
    }));
  }
  const parsed = WorldFileSchema.safeParse(doc.toJS());
  if (!parsed.success) fail(zodIssues(src, parsed.error));
  const def = parsed.data;
  const image = buildImage(src, path.dirname(file), def.schema, Array.isArray(def.seed) ? def.seed : [def.seed]);
  const source: WorldSource = { image, tools: def.tools, description: def.description };
  if (def.today) source.today = def.today;
  if (def.probe_categories.length) source.probeCategories = def.probe_categories;
  if (def.limits) source.limits = def.limits;
  return { name: def.name ?? path.basename(path.dirname(file)), source, yaml: src };
}
