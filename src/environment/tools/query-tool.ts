/**
 * The `query` tool kind: a named, read-only tool whose SQL the world author
 * wrote, with `:name` parameters the agent fills. It gives agents a safe,
 * documented way to the data (`get_order(order_id)`) next to free SQL.
 */
import { z } from 'zod';
import type { ToolKind } from '../tool-kind.js';
import type { RowsValue } from '../tool-result.js';
import { bindArguments, parametersJsonSchema, ParametersSchema } from './parameters.js';
import { checkDeclaredSql, ToolNameSchema } from './declaration.js';

/** A `type: query` declaration. */
export const QueryToolSchema = z.strictObject({
  type: z.literal('query'),
  name: ToolNameSchema,
  description: z.string().min(1),
  parameters: ParametersSchema,
  sql: z.string().min(1).describe('One SELECT statement; `:name` binds the parameter `name`.'),
  max_rows: z.number().int().min(1).max(10_000).default(200),
});

/** A validated `query` declaration. */
export type QueryToolDeclaration = z.infer<typeof QueryToolSchema>;

/** The parameterised read-only tool kind. */
export const queryToolKind: ToolKind<QueryToolDeclaration> = {
  type: 'query',
  schema: QueryToolSchema,
  writes: () => false,
  check: (decl, ctx) => checkDeclaredSql([decl.sql], decl.parameters, ctx, { writes: false, path: ['sql'] }),
  spec: (decl) => ({
    name: decl.name,
    description: decl.description,
    parameters: parametersJsonSchema(decl.parameters),
    writes: false,
  }),
  call(decl, args, ctx) {
    const params = bindArguments(decl.parameters, args);
    // The world author's SQL, with agent values only as bound parameters: its cost is the author's to bound,
    // so it runs on the main thread without the worker's round trip.
    const value: RowsValue = ctx.readSync(decl.sql, params, { maxRows: decl.max_rows });
    return { ok: true, value };
  },
};
