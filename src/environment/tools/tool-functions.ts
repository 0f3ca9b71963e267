/**
 * The functions that `type: function` tools call: tools that are
 * TypeScript, not SQL (τ²-bench's `calculate`, a date helper, a policy check).
 * A function gets the agent's checked arguments and read-only access to the
 * episode's database; it returns the value the agent sees. `calculate` is
 * built in; others come in through a registry part
 * (`createRegistry({ functions: { name: fn } })`), which makes the registry's
 * `function` tool kind know them.
 */
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

/** Tool functions by name. */
export type ToolFunctions = Readonly<Record<string, ToolFunction>>;

/** The built-in functions: `calculate`. */
export const BUILTIN_TOOL_FUNCTIONS: ToolFunctions = {
  calculate: (args) => calculate(String(args.expression ?? '')),
};
