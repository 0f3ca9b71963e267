/**
 * The `sql` tool kind: one free, read-only SQL query per call. Its description
 * lists the world's tables and columns so an agent can write queries without
 * a separate schema tool. Every query goes through the read guard; results are
 * capped at `max_rows` with a `truncated` flag.
 */
import { z } from 'zod';
import type { ToolKind, WorldInfo } from '../tool-kind.js';
import type { RowsValue } from '../tool-result.js';
import { bindArguments } from './parameters.js';
import { ToolNameSchema } from './declaration.js';

const DEFAULT_DESCRIPTION =
  'Runs one read-only SQL query (SQLite dialect: SELECT, WITH or VALUES) against the database and returns the rows.';

/** A `type: sql` declaration. */
export const SqlToolSchema = z.strictObject({
  type: z.literal('sql'),
  name: ToolNameSchema.default('sql'),
  description: z.string().min(1).default(DEFAULT_DESCRIPTION),
  max_rows: z.number().int().min(1).max(10_000).default(200).describe('Rows returned at most; more set `truncated`.'),
  describe_tables: z.boolean().default(true).describe('Append the tables and columns to the description.'),
});

/** A validated `sql` declaration. */
export type SqlToolDeclaration = z.infer<typeof SqlToolSchema>;

const QUERY_PARAMETER = { query: { type: 'string' as const, description: 'One SQL SELECT statement.', required: true } };

/** `table(col TYPE, …)` lines for the tool description. */
function describeTables(world: WorldInfo): string {
  return world.tables
    .map((t) => `${t.name}(${t.columns.map((c) => (c.type ? `${c.name} ${c.type}` : c.name)).join(', ')})`)
    .join('\n');
}

/** The read-only free-SQL tool kind. */
export const sqlToolKind: ToolKind<SqlToolDeclaration> = {
  type: 'sql',
  schema: SqlToolSchema,
  writes: () => false,
  check: () => [],
  spec(decl, world) {
    const tables = decl.describe_tables && world.tables.length ? `\n\nTables:\n${describeTables(world)}` : '';
    return {
      name: decl.name,
      description: `${decl.description}${tables}`,
      parameters: {
        type: 'object',
        properties: { query: { type: 'string', description: QUERY_PARAMETER.query.description } },
        required: ['query'],
        additionalProperties: false,
      },
      writes: false,
    };
  },
  async call(decl, args, ctx) {
    const { query } = bindArguments(QUERY_PARAMETER, args);
    const value: RowsValue = await ctx.read(String(query), {}, { maxRows: decl.max_rows });
    return { ok: true, value };
  },
};
