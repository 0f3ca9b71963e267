/**
 * The `write` tool kind: the only tools that may change an episode's
 * database. Their SQL is the world author's, parameterised like a query tool;
 * several statements run in one transaction, so a failing one leaves nothing
 * half-done. A RETURNING clause on the last statement hands rows back to the
 * agent.
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
});

/** A validated `write` declaration. */
export type WriteToolDeclaration = z.infer<typeof WriteToolSchema>;

const statementsOf = (decl: WriteToolDeclaration): string[] => (Array.isArray(decl.sql) ? decl.sql : [decl.sql]);

/** The declared write tool kind. */
export const writeToolKind: ToolKind<WriteToolDeclaration> = {
  type: 'write',
  schema: WriteToolSchema,
  writes: () => true,
  check: (decl, ctx) => checkDeclaredSql(statementsOf(decl), decl.parameters, ctx, { writes: true, path: ['sql'] }),
  spec: (decl) => ({
    name: decl.name,
    description: decl.description,
    parameters: parametersJsonSchema(decl.parameters),
    writes: true,
  }),
  call(decl, args, ctx) {
    if (!ctx.write) throw new UsersimError('E_INTERNAL', `write tool ${decl.name} was given a read-only context`);
    const params = bindArguments(decl.parameters, args);
    const result = ctx.write(statementsOf(decl).map((sql) => ({ sql, params })));
    const value: WriteValue = result.rows
      ? { changes: result.changes, columns: result.rows.columns, rows: result.rows.rows }
      : { changes: result.changes };
    return { ok: true, value };
  },
};
