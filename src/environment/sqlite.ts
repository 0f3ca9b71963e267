/**
 * The SQLite environment: one per episode, on a fresh copy of the world's
 * image, so episodes never see each other's writes. Tool calls dispatch to the
 * declared tool's kind; agent mistakes (unknown tool, bad arguments, bad SQL,
 * a write through a read-only tool) come back as failed outcomes, and only a
 * broken environment throws.
 *
 * @example
 * const env = createSqliteEnvironment(loadWorld('demo'));
 * const outcome = await env.call('get_order', { order_id: 5014 });
 * env.close();
 */
import { UsersimError } from '../errors.js';
import type { ToolOutcome } from '../core/transcript.js';
import type { Environment, ToolSpec } from './environment.js';
import { diffSnapshots } from './snapshot-diff.js';
import { openSqliteSession, type SqliteSession } from './sqlite-session.js';
import type { AnyToolKind, ToolContext, ToolDeclaration } from './tool-kind.js';
import type { World } from './world.js';
import { sharedSqlWorkerPool, type SqlWorkerPool } from './sql-pool/sql-worker-pool.js';
import { imageKey } from './sql-pool/image-key.js';

/** Error codes that mean the agent erred, reported to it instead of thrown. */
const AGENT_ERRORS = new Set(['E_TOOL_ARGS', 'E_TOOL_FAILED', 'E_TOOL_UNKNOWN', 'E_SQL', 'E_SQL_READONLY', 'E_SQL_TIMEOUT']);

/** Options of `createSqliteEnvironment`. */
export interface SqliteEnvironmentOptions {
  /** Only these world tools are offered and callable (a scenario's `agent.tools`); all by default. */
  tools?: readonly string[];
  /**
   * The episode's date (a scenario's `today:`), overriding the world's: tools
   * describe it, SOQL date literals and the SQL function `today()` resolve against it.
   */
  today?: string;
  /** Where agent queries run; the process-wide pool by default. */
  sqlPool?: SqlWorkerPool;
}

interface Entry {
  decl: ToolDeclaration;
  kind: AnyToolKind;
  spec: ToolSpec;
}

/** The SQL the write tools declare; null when a writing kind declares no SQL we can read (then every table may change). */
function writeStatementsOf(entries: readonly Entry[]): string[] | null {
  const statements: string[] = [];
  for (const { decl, kind } of entries) {
    if (!kind.writes(decl)) continue;
    const sql = (decl as { sql?: unknown }).sql;
    if (typeof sql === 'string') statements.push(sql);
    else if (Array.isArray(sql) && sql.every((s) => typeof s === 'string')) statements.push(...(sql as string[]));
    else return null;
  }
  return statements;
}

/**
 * One pristine, never-written connection per world image (and date), shared
 * by every episode that has not written yet. Opening a copy of the image per
 * episode, and preparing its statements again, was most of an offline
 * episode's database cost; a read-only episode now opens nothing, and the
 * shared connection's statement cache makes each query prepare once. An
 * episode gets a copy of its own at its first write (copy on write), so
 * episodes still never see each other's writes. The tables that the write
 * tools can change (an EXPLAIN per statement) are remembered here too: they
 * depend on the schema and the SQL only.
 */
interface Pristine {
  session: SqliteSession;
  writtenTables: Map<string, string[]>;
}
const pristine = new WeakMap<Buffer, Map<string, Pristine>>();
/** Dates kept open per image; a suite with more distinct dates reopens the oldest. */
const MAX_PRISTINE_PER_IMAGE = 8;

function pristineFor(world: World): Pristine {
  let byDate = pristine.get(world.image);
  if (!byDate) pristine.set(world.image, (byDate = new Map()));
  const date = world.today ?? '';
  let entry = byDate.get(date);
  if (entry) {
    // Most recently used last, so eviction drops the least recently used.
    byDate.delete(date);
    byDate.set(date, entry);
    return entry;
  }
  entry = { session: openSqliteSession(world.image, sessionOptions(world)), writtenTables: new Map() };
  byDate.set(date, entry);
  if (byDate.size > MAX_PRISTINE_PER_IMAGE) {
    const [oldest, evicted] = byDate.entries().next().value as [string, Pristine];
    byDate.delete(oldest);
    evicted.session.close();
  }
  return entry;
}

/** Freezes a tool spec at every depth, so it can be handed out without a copy per episode. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as Record<string, unknown>)) deepFreeze(v);
  }
  return value;
}

/** The world as this episode sees it: its date replaced by the scenario's. */
function withToday(world: World, today: string | undefined): World {
  if (today === undefined) return world;
  return { ...world, today, ...(world.orgSchema ? { orgSchema: { ...world.orgSchema, today } } : {}) };
}

const sessionOptions = (world: World) => (world.today === undefined ? {} : { today: world.today });
let sessions = 0;
/** A key for one environment's own replica images; only ever compared, never recorded. */
const nextSessionKey = (): string => `e${++sessions}`;

function failure(code: string, message: string): ToolOutcome {
  return { ok: false, error: { code, message } };
}

/**
 * Creates an environment on a fresh copy of `world`'s database. Throws
 * `E_CONFIG` when `options.tools` names a tool the world lacks.
 */
export function createSqliteEnvironment(base: World, options: SqliteEnvironmentOptions = {}): Environment {
  const world = withToday(base, options.today);
  const entries = new Map<string, Entry>();
  for (const decl of world.tools) {
    if (options.tools && !options.tools.includes(decl.name)) continue;
    const kind = world.toolKinds.get(decl.type);
    if (!kind) throw new UsersimError('E_WORLD', `${world.origin}: tool kind "${decl.type}" is unknown to this world`);
    entries.set(decl.name, { decl, kind, spec: deepFreeze(kind.spec(decl, world)) });
  }
  const missing = (options.tools ?? []).filter((name) => !entries.has(name));
  if (missing.length) {
    throw new UsersimError('E_CONFIG', `world ${world.name} has no tool ${missing.map((m) => `"${m}"`).join(', ')} (tools: ${world.tools.map((t) => t.name).join(', ')})`);
  }

  const shared = pristineFor(world);
  const writeStatements = writeStatementsOf([...entries.values()]);
  const writesKey = writeStatements ? writeStatements.join('\u0000') : null;
  // The episode's own copy, made at its first write; until then it reads the shared pristine connection.
  let own: SqliteSession | null = null;
  let closed = false;
  const specs = [...entries.values()].map((e) => e.spec);
  const pool = options.sqlPool ?? sharedSqlWorkerPool();
  // The worker reads the world's shared image until this episode writes; then a snapshot of its own.
  const replicaOf = (s: SqliteSession): { key: string; image: () => Buffer } =>
    s.generation === 0 ? { key: imageKey(world.image), image: () => world.image } : { key: `${imageKey(world.image)}/${sessionKey}/${s.generation}`, image: () => s.serialize() };
  const sessionKey = nextSessionKey();
  const open = (): SqliteSession => {
    if (closed) throw new UsersimError('E_INTERNAL', 'the environment is closed');
    return own ?? shared.session;
  };
  const writable = (): SqliteSession => {
    open();
    own ??= openSqliteSession(world.image, sessionOptions(world));
    return own;
  };

  return {
    reset() {
      // Static worlds look the same for every seed: dropping the episode's own copy (if it wrote) is all a reset needs.
      open();
      own?.close();
      own = null;
    },

    // Frozen at construction: handing out the same specs is safe, where a deep copy per episode was not free.
    tools: () => [...specs],

    async call(name, args, callOptions = {}) {
      const entry = entries.get(name);
      if (!entry) return failure('E_TOOL_UNKNOWN', `unknown tool "${name}" (tools: ${[...entries.keys()].join(', ')})`);
      if (typeof args !== 'object' || args === null || Array.isArray(args)) {
        return failure('E_TOOL_ARGS', 'arguments must be a JSON object');
      }
      open();
      const { limits } = world;
      // Each read asks which connection is current: a write tool's own write moves the episode to its own copy.
      const ctx: ToolContext = {
        world,
        read: async (sql, params = {}, readOptions = {}) => {
          const s = open();
          s.check(sql);
          const job = { ...replicaOf(s), sql, params, maxRows: readOptions.maxRows ?? 200, countAll: readOptions.countAll ?? false, maxCellChars: limits.max_cell_chars, maxResultBytes: limits.max_result_bytes, ...(world.today === undefined ? {} : { today: world.today }) };
          return await pool.run(job, { timeoutMs: limits.sql_timeout_ms, ...(callOptions.signal ? { signal: callOptions.signal } : {}) });
        },
        readSync: (sql, params, readOptions) => open().read(sql, params, readOptions),
      };
      if (entry.kind.writes(entry.decl)) ctx.write = (statements) => writable().write(statements);
      try {
        return await entry.kind.call(entry.decl, args, ctx);
      } catch (error) {
        if (error instanceof UsersimError && AGENT_ERRORS.has(error.code)) return failure(error.code, error.message);
        throw error;
      }
    },

    query: (sql) => open().readArrays(sql),
    snapshot: (options) => open().snapshot(options?.tables),
    writableTables() {
      if (writesKey === null) return null;
      let tables = shared.writtenTables.get(writesKey);
      if (!tables) shared.writtenTables.set(writesKey, (tables = shared.session.writtenTables(writeStatements as string[])));
      return tables;
    },
    diff: diffSnapshots,

    close() {
      own?.close();
      own = null;
      closed = true;
    },
  };
}
