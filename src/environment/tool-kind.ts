/**
 * The interface every kind of declared tool implements (`sql`, `query`,
 * `write`; SOQL and SOSL plug in the same way). A kind owns the YAML shape of
 * its declarations, checks them against the world's database once when the
 * world loads, turns them into a `ToolSpec` for agents, and executes calls.
 * Kinds reach the database only through `ToolContext`, which offers guarded
 * reads and, to write tools only, transactional writes.
 */
import type { z } from 'zod';
import type { OrgSchema } from '../core/org-schema.js';
import type { ToolSpec } from './environment.js';
import type { ReadOptions, RowSet, SqlParams } from './sqlite-session.js';
import type { ToolOutcome } from '../core/transcript.js';

/** The fields every tool declaration has. */
export interface ToolDeclaration {
  type: string;
  name: string;
  description: string;
}

/** A table or view of the world, for tool descriptions. */
export interface TableInfo {
  name: string;
  kind: 'table' | 'view' | 'virtual';
  columns: { name: string; type: string }[];
}

/** What a kind may know about the world it serves. */
export interface WorldInfo {
  name: string;
  today?: string;
  tables: readonly TableInfo[];
  orgSchema?: OrgSchema;
}

/** Database access for a running tool call. */
export interface ToolContext {
  world: WorldInfo;
  /**
   * A guarded read-only query (a single SELECT / WITH / VALUES), at most
   * `maxRows` rows (default 200). It runs in a SQL worker process under the
   * world's `limits`: stopped after `sql_timeout_ms` (`E_SQL_TIMEOUT`), cells
   * and the whole result cut to size with a `note`. Rejects with `E_SQL`,
   * `E_SQL_READONLY` or `E_SQL_TIMEOUT`. Use it for any SQL an agent writes.
   */
  read(sql: string, params?: SqlParams, options?: ReadOptions): Promise<RowSet & { note?: string }>;
  /**
   * The same guarded read on the main thread, synchronously and without a time
   * limit: only for SQL whose cost is bounded by construction (the SOQL and
   * SOSL compilers emit no recursion and no joins beyond declared lookups).
   */
  readSync(sql: string, params?: SqlParams, options?: ReadOptions): RowSet;
  /** Transactional writes; present only for kinds whose declaration `writes`. Throws `E_SQL`. */
  write?(statements: readonly { sql: string; params: SqlParams }[]): { changes: number; rows?: RowSet };
}

/** Database access while a world loads, to check declarations. */
export interface ToolCheckContext {
  world: WorldInfo;
  /** SQLite's verdict on a statement; throws `E_SQL` when it does not prepare. */
  inspect(sql: string): { readonly: boolean; reader: boolean };
}

/** A problem with a declaration; `path` is relative to the declaration, e.g. `['sql']`. */
export interface DeclarationProblem {
  path: (string | number)[];
  message: string;
}

/** A kind of tool. `D` is its validated declaration. */
export interface ToolKind<D extends ToolDeclaration = ToolDeclaration> {
  /** The `type:` value in world.yaml. */
  readonly type: string;
  /** Validates a declaration (strict: unknown keys are errors) and fills defaults. */
  readonly schema: z.ZodType<D>;
  /** Whether tools of this kind may change the database. */
  writes(decl: D): boolean;
  /** Checks a declaration against the built database; returns the problems found. */
  check(decl: D, ctx: ToolCheckContext): DeclarationProblem[];
  spec(decl: D, world: WorldInfo): ToolSpec;
  /**
   * Executes a call. Agent mistakes come back as failed outcomes, either
   * returned or thrown as a `UsersimError` with code `E_TOOL_ARGS`, `E_SQL`,
   * `E_SQL_READONLY` or `E_SQL_TIMEOUT`, which the environment turns into one. Anything else
   * thrown means the environment is broken.
   */
  call(decl: D, args: Record<string, unknown>, ctx: ToolContext): ToolOutcome | Promise<ToolOutcome>;
}

/** A kind with its declaration type erased, as the registry stores it. */
export type AnyToolKind = ToolKind<ToolDeclaration>;
