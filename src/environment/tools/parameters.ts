/**
 * Declared tool parameters: their YAML shape, the JSON Schema agents see, and
 * the checking of the arguments an agent sends. Checking is lenient about
 * representation and strict about meaning: `"5014"` is accepted for an integer
 * (models and templates often send numbers as strings), but a missing required
 * argument, an unknown one or a value outside `enum` is an `E_TOOL_ARGS` error
 * the agent gets to see and correct. `array` and `object` parameters carry a
 * JSON Schema for their elements or properties, checked with zod's JSON
 * Schema reader, and reach the SQL as JSON text (`json_each(:item_ids)`).
 */
import { z } from 'zod';
import { UsersimError } from '../../errors.js';
import type { JsonSchema } from '../environment.js';
import type { SqlParams } from '../sqlite-session.js';
import { structuredJsonSchema, structuredValue } from './structured-parameter.js';

const scalar = z.union([z.string(), z.number(), z.boolean()]);

/** One parameter of a declared tool. */
export const ParameterSchema = z.strictObject({
  type: z.enum(['string', 'integer', 'number', 'boolean', 'array', 'object']).default('string'),
  description: z.string().default(''),
  required: z.boolean().default(true),
  enum: z.array(scalar).min(1).optional().describe('The allowed values.'),
  default: scalar.optional().describe('Used when the argument is absent (implies not required).'),
  items: z.record(z.string(), z.unknown()).optional().describe('For type: array, the JSON Schema of each element.'),
  min_items: z.number().int().min(0).optional().describe('For type: array, the fewest elements allowed.'),
  properties: z
    .record(z.string(), z.record(z.string(), z.unknown()))
    .optional()
    .describe('For type: object, the JSON Schema of each property; all are required and no others are allowed.'),
});

/** Parameters by name, in declaration order. Names are what `:name` binds in the SQL. */
export const ParametersSchema = z
  .record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'expected a parameter name of letters, digits and "_"'), ParameterSchema)
  .default({});

/** One validated parameter declaration, defaults filled in. */
export type ParameterDeclaration = z.infer<typeof ParameterSchema>;
/** A tool's parameter declarations by name. */
export type ParameterDeclarations = z.infer<typeof ParametersSchema>;

/** The JSON Schema of a tool's arguments. */
export function parametersJsonSchema(params: ParameterDeclarations): JsonSchema {
  const properties: Record<string, unknown> = {};
  const required: string[] = [];
  for (const [name, p] of Object.entries(params)) {
    const prop: Record<string, unknown> = p.type === 'array' || p.type === 'object' ? structuredJsonSchema(p) : { type: p.type };
    if (p.description) prop.description = p.description;
    if (p.enum) prop.enum = p.enum;
    if (p.default !== undefined) prop.default = p.default;
    properties[name] = prop;
    if (p.required && p.default === undefined) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

function coerce(name: string, p: ParameterDeclaration, value: unknown): string | number {
  if (p.type === 'array' || p.type === 'object') return structuredValue(name, p, value);
  const bad = (): never => {
    throw new UsersimError('E_TOOL_ARGS', `argument "${name}" must be ${p.type === 'integer' ? 'an' : 'a'} ${p.type}, got ${JSON.stringify(value)}`);
  };
  switch (p.type) {
    case 'string':
      if (typeof value === 'string') return value;
      if (typeof value === 'number' && Number.isFinite(value)) return String(value);
      return bad();
    case 'integer':
    case 'number': {
      const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
      if (!Number.isFinite(n) || (p.type === 'integer' && !Number.isInteger(n))) return bad();
      return n;
    }
    case 'boolean':
      if (value === true || value === 'true') return 1;
      if (value === false || value === 'false') return 0;
      return bad();
  }
}

/**
 * Checks an agent's arguments against the declarations and returns the values
 * to bind: every declared name is present (absent optional ones are null),
 * booleans are 1 / 0. Throws `E_TOOL_ARGS` describing every problem found.
 */
export function bindArguments(params: ParameterDeclarations, args: Record<string, unknown>): SqlParams {
  const problems: string[] = [];
  const known = Object.keys(params);
  for (const key of Object.keys(args)) {
    if (!(key in params)) problems.push(`unknown argument "${key}" (expected ${known.length ? known.join(', ') : 'none'})`);
  }
  const bound: SqlParams = {};
  for (const [name, p] of Object.entries(params)) {
    let value = args[name];
    if (value === undefined || value === null) value = p.default;
    if (value === undefined) {
      if (p.required) problems.push(`missing required argument "${name}"`);
      bound[name] = null;
      continue;
    }
    try {
      const v = coerce(name, p, value);
      if (p.enum && !p.enum.some((allowed) => coerce(name, p, allowed) === v)) {
        problems.push(`argument "${name}" must be one of ${p.enum.map((e) => JSON.stringify(e)).join(', ')}`);
      }
      bound[name] = v;
    } catch (error) {
      problems.push((error as Error).message);
    }
  }
  if (problems.length) throw new UsersimError('E_TOOL_ARGS', problems.join('; '));
  return bound;
}
