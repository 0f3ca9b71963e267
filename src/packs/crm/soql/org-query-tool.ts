/**
 * The `soql` and `sosl` tool kinds: Salesforce queries over a world that
 * describes itself with an `OrgSchema` (the CRM worlds). The translators
 * compile to one guarded SELECT, run through the tool context's read-only
 * reader, so these kinds never hold a database handle. Their descriptions
 * list the org's objects and fields, as CRMArena's prompts carry the schema.
 */
import { z } from 'zod';
import { UsersimError } from '../../../errors.js';
import { executeSoql } from './execute-soql.js';
import { executeSosl } from './execute-sosl.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import { soqlToolSpec, soslToolSpec } from './query-tool-specs.js';
import { rowSetReader } from './run-readonly.js';
import type { ToolKind, WorldInfo } from '../../../environment/tool-kind.js';
import { bindArguments } from '../../../environment/tools/parameters.js';
import { ToolNameSchema } from '../../../environment/tools/declaration.js';

const QUERY_PARAMETER = { query: { type: 'string' as const, description: 'The query.', required: true } };

function declarationSchema<T extends 'soql' | 'sosl'>(type: T) {
  return z.strictObject({
    type: z.literal(type),
    name: ToolNameSchema.default(type),
    description: z.string().min(1).default((type === 'soql' ? soqlToolSpec : soslToolSpec)().description),
    max_records: z.number().int().min(1).max(2000).default(200).describe('Records returned at most.'),
    describe_objects: z.boolean().default(true).describe("Append the org's objects and fields to the description."),
  });
}

/** `Object: Field1, Field2 (→ Parent), …` lines for the tool description. */
export function describeOrg(schema: OrgSchema): string {
  return schema.objects
    .map((o) => `${o.name}: ${o.fields.map((f) => (f.referenceTo ? `${f.name} (→ ${f.referenceTo}${f.relationshipName ? ` as ${f.relationshipName}` : ''})` : f.name)).join(', ')}`)
    .join('\n');
}

function orgOf(world: WorldInfo): OrgSchema {
  if (!world.orgSchema) throw new UsersimError('E_WORLD', `world ${world.name} has no org schema, so it cannot offer SOQL or SOSL tools`);
  return world.orgSchema;
}

function makeKind<T extends 'soql' | 'sosl'>(type: T): ToolKind<z.infer<ReturnType<typeof declarationSchema<T>>>> {
  const spec = type === 'soql' ? soqlToolSpec : soslToolSpec;
  return {
    type,
    schema: declarationSchema(type),
    writes: () => false,
    check: (_decl, ctx) => (ctx.world.orgSchema ? [] : [{ path: ['type'], message: `a ${type} tool needs a world with an org schema (a CRM world)` }]),
    spec(decl, world) {
      const base = spec({ name: decl.name, description: decl.description });
      const objects = decl.describe_objects && world.orgSchema ? `\n\nToday is ${world.orgSchema.today}. Objects and fields:\n${describeOrg(world.orgSchema)}` : '';
      return { ...base, description: `${base.description}${objects}` };
    },
    call(decl, args, ctx) {
      const { query } = bindArguments(QUERY_PARAMETER, args);
      const reader = rowSetReader((sql, params, options) => ctx.readSync(sql, params as never, options));
      const options = { maxRecords: decl.max_records };
      const value = type === 'soql' ? executeSoql(reader, orgOf(ctx.world), String(query), options) : executeSosl(reader, orgOf(ctx.world), String(query), options);
      return { ok: true, value };
    },
  };
}

/** SOQL queries (`SELECT … FROM Object …`). */
export const soqlToolKind = makeKind('soql');
/** SOSL searches (`FIND {term} IN ALL FIELDS RETURNING …`). */
export const soslToolKind = makeKind('sosl');
