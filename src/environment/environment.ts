/**
 * The environment the agent acts on. Each episode gets its own instance with a
 * fresh copy of the world's database, so episodes never see each other's writes.
 * Tool errors the agent caused (bad SQL, bad arguments) are returned as failed
 * outcomes for the agent to observe; only a broken environment throws.
 */
import type { ToolOutcome } from '../core/transcript.js';

/** JSON Schema of a tool's arguments (an object schema). */
export type JsonSchema = Record<string, unknown>;

export interface ToolSpec {
  name: string;
  description: string;
  parameters: JsonSchema;
  /** Whether the tool may change the database. Undeclared tools are read-only. */
  writes: boolean;
}

/** A stable, comparable picture of the database: table name → rows as arrays. */
export interface EnvSnapshot {
  tables: Record<string, { columns: string[]; rows: unknown[][] }>;
}

export interface EnvDiff {
  /** Per table, rows added and removed (a changed row is one of each). */
  tables: Record<string, { added: unknown[][]; removed: unknown[][] }>;
}

export interface Environment {
  /** Restores the world's initial state. The seed is for worlds with random initial state. */
  reset(seed: number): void;
  tools(): ToolSpec[];
  /** Runs a tool. `signal` (the episode's deadline or cancellation) stops a query still running. */
  call(name: string, args: Record<string, unknown>, options?: { signal?: AbortSignal }): Promise<ToolOutcome>;
  /** Runs a read-only query for the judge's state assertions. */
  query(sql: string): unknown[][];
  /** The database's tables as rows; with `tables`, only those (a diff over them is exact when no other table can change). */
  snapshot(options?: { tables?: readonly string[] }): EnvSnapshot;
  /** The tables the declared write tools can change, or null when that cannot be told (then snapshot everything). */
  writableTables(): readonly string[] | null;
  diff(before: EnvSnapshot, after: EnvSnapshot): EnvDiff;
  close(): void;
}
