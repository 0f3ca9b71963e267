/**
 * The `write` tool kind: the only tools that may change an episode's
 * database. Their SQL is the world author's, parameterised like a query tool;
 * several statements run in one transaction, so a failing one leaves nothing
 * half-done. A RETURNING clause on the last statement hands rows back to the
 * agent. `errors:` turns the database's refusals (a CHECK or UNIQUE
 * constraint, a trigger's `RAISE(ABORT, '…')`) into the messages a real
 * system would show, as failed outcomes with code `E_TOOL_FAILED`.
 */
import { z } from 'zod';
import { UsersimError } from '../../errors.js';
import type { ToolKind } from '../tool-kind.js';
import type { WriteValue } from '../tool-result.js';
import { bindArguments, parametersJsonSchema, ParametersSchema } from './parameters.js';
import { checkDeclaredSql, ToolNameSchema } from './declaration.js';

/** A `type: write` declaration. */
export const WriteToolSchema = z.strictObject({
  type: z.literal('write'),
  name: ToolNameSchema,
  description: z.string().min(1),
  parameters: ParametersSchema,
  sql: z
    .union([z.string().min(1), z.array(z.string().min(1)).min(1)])
    .describe('One statement, or a list run in one transaction; `:name` binds the parameter `name`.'),
  errors: z
    .array(
      z.strictObject({
        match: z.string().min(1).describe('A regular expression (case-insensitive) searched in SQLite\'s error message.'),
        message: z.string().min(1).describe('What the agent is told instead.'),
      }),
    )
    .default([])
    .describe('Database errors mapped to messages, first match wins; an unmatched error reaches the agent as E_SQL.'),
});

/** A validated `write` declaration. */
export type WriteToolDeclaration = z.infer<typeof WriteToolSchema>;

const statementsOf = (decl: WriteToolDeclaration): string[] => (Array.isArray(decl.sql) ? decl.sql : [decl.sql]);

/** The declared write tool kind. */
export const writeToolKind: ToolKind<WriteToolDeclaration> = {
  type: 'write',
  schema: WriteToolSchema,
  writes: () => true,
  check: (decl, ctx) => [
    ...checkDeclaredSql(statementsOf(decl), decl.parameters, ctx, { writes: true, path: ['sql'] }),
    ...decl.errors.flatMap((e, i) => (patternProblem(e.match) === undefined ? [] : [{ path: ['errors', i, 'match'], message: `invalid regular expression: ${patternProblem(e.match)}` }])),
  ],
  spec: (decl) => ({
    name: decl.name,
    description: decl.description,
    parameters: parametersJsonSchema(decl.parameters),
    writes: true,
  }),
  call(decl, args, ctx) {
    if (!ctx.write) throw new UsersimError('E_INTERNAL', `write tool ${decl.name} was given a read-only context`);
    const params = bindArguments(decl.parameters, args);
    let result: ReturnType<NonNullable<typeof ctx.write>>;
    try {
      result = ctx.write(statementsOf(decl).map((sql) => ({ sql, params })));
    } catch (error) {
      const declared = error instanceof UsersimError && error.code === 'E_SQL' ? decl.errors.find((e) => new RegExp(e.match, 'i').test(error.message)) : undefined;
      if (declared) return { ok: false, error: { code: 'E_TOOL_FAILED', message: declared.message } };
      throw error;
    }
    const value: WriteValue = result.rows
      ? { changes: result.changes, columns: result.rows.columns, rows: result.rows.rows }
      : { changes: result.changes };
    return { ok: true, value };
  },
};

function patternProblem(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'i');
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}
