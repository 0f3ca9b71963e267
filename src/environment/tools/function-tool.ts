/**
 * The `function` tool kind: a tool declared in world.yaml like a query tool
 * (name, description, parameters) but implemented by a TypeScript function
 * instead of SQL. The kind is made over a fixed set of functions
 * (`createFunctionToolKind`); a registry makes one over the built-ins and its
 * parts' `functions`. Arguments are checked against the declared
 * parameters before the function runs; it never writes.
 *
 * @example
 * # world.yaml
 * - type: function
 *   name: calculate
 *   description: Evaluates an arithmetic expression; returns the result rounded to 2 decimals.
 *   parameters:
 *     expression: { type: string, description: "e.g. (120 - 15) * 0.9" }
 */
import { z } from 'zod';
import type { ToolKind } from '../tool-kind.js';
import { bindArguments, parametersJsonSchema, ParametersSchema } from './parameters.js';
import { parameterProblems, ToolNameSchema } from './declaration.js';
import { BUILTIN_TOOL_FUNCTIONS, type ToolFunctionContext, type ToolFunctions } from './tool-functions.js';

/** A `type: function` declaration. */
export const FunctionToolSchema = z.strictObject({
  type: z.literal('function'),
  name: ToolNameSchema,
  description: z.string().min(1),
  parameters: ParametersSchema,
  function: z.string().min(1).optional().describe('The registered function to call (default: the tool name).'),
});

/** A validated `function` declaration. */
export type FunctionToolDeclaration = z.infer<typeof FunctionToolSchema>;

const functionName = (decl: FunctionToolDeclaration): string => decl.function ?? decl.name;

/** The `function` tool kind over `functions`. */
export function createFunctionToolKind(functions: ToolFunctions): ToolKind<FunctionToolDeclaration> {
  const find = (name: string) => (Object.hasOwn(functions, name) ? functions[name] : undefined);
  return {
  type: 'function',
  schema: FunctionToolSchema,
  writes: () => false,
  check(decl) {
    const problems = parameterProblems(decl.parameters);
    if (!find(functionName(decl))) {
      problems.push({ path: [decl.function === undefined ? 'name' : 'function'], message: `no tool function "${functionName(decl)}" is registered (registered: ${Object.keys(functions).sort().join(', ')})` });
    }
    return problems;
  },
  spec: (decl) => ({ name: decl.name, description: decl.description, parameters: parametersJsonSchema(decl.parameters), writes: false }),
  async call(decl, args, ctx) {
    const bound = bindArguments(decl.parameters, args);
    // bindArguments shapes values for SQL; a function gets them back in their JSON types.
    const values: Record<string, unknown> = {};
    for (const [name, p] of Object.entries(decl.parameters)) {
      const v = bound[name];
      values[name] = v === null || v === undefined ? null : p.type === 'array' || p.type === 'object' ? JSON.parse(String(v)) : p.type === 'boolean' ? v === 1 : v;
    }
    const fn = find(functionName(decl));
    // A function is the world author's code, like a query tool's SQL, so it reads on the main thread.
    const fctx: ToolFunctionContext = { read: ctx.readSync };
    if (ctx.world.today !== undefined) fctx.today = ctx.world.today;
    const value = fn ? await fn(values, fctx) : undefined;
    return { ok: true, value: value ?? null };
  },
  };
}

/** The `function` tool kind over the built-in functions. */
export const functionToolKind = createFunctionToolKind(BUILTIN_TOOL_FUNCTIONS);
