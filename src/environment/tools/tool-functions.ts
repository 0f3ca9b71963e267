/**
 * The registry of functions that `type: function` tools call: tools that are
 * TypeScript, not SQL (τ²-bench's `calculate`, a date helper, a policy check).
 * A function gets the agent's checked arguments and read-only access to the
 * episode's database; it returns the value the agent sees. `calculate` is
 * built in; others are registered through the library API before the world
 * that names them loads.
 */
import { UsersimError } from '../../errors.js';
import type { ReadOptions, RowSet, SqlParams } from '../sqlite-session.js';
import { calculate } from './calculate.js';

/** What a tool function may use besides its arguments. */
export interface ToolFunctionContext {
  /** A guarded read-only query on the episode's database. */
  read(sql: string, params?: SqlParams, options?: ReadOptions): RowSet;
  /** The episode's date, `YYYY-MM-DD`, when the world or scenario has one. */
  today?: string;
}

/**
 * A tool function. Throw `UsersimError` with `E_TOOL_ARGS` for bad arguments
 * or `E_TOOL_FAILED` for a refusal the agent should see; anything else thrown
 * means the environment is broken.
 */
export type ToolFunction = (args: Record<string, unknown>, ctx: ToolFunctionContext) => unknown;

const functions = new Map<string, ToolFunction>();

/**
 * Makes a function available to `type: function` tools under `name`.
 * Registering another function under a taken name is an error.
 *
 * @example
 * registerToolFunction('days_between', ({ from, to }) => (Date.parse(String(to)) - Date.parse(String(from))) / 86_400_000);
 */
export function registerToolFunction(name: string, fn: ToolFunction): void {
  const existing = functions.get(name);
  if (existing && existing !== fn) throw new UsersimError('E_CONFIG', `a different tool function is already registered as "${name}"`);
  functions.set(name, fn);
}

/** The function registered under `name`, or undefined. */
export function findToolFunction(name: string): ToolFunction | undefined {
  return functions.get(name);
}

/** Registered function names, sorted. */
export function toolFunctionNames(): string[] {
  return [...functions.keys()].sort();
}

registerToolFunction('calculate', (args) => calculate(String(args.expression ?? '')));
