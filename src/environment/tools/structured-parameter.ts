/**
 * List and object parameters of declared tools (τ²-bench's `item_ids`). The
 * declaration gives a JSON Schema for the elements or properties; the agent's
 * value is checked against it with zod's JSON Schema reader, so the messages
 * name the element that is wrong, and it is bound to SQL as JSON text for
 * `json_each(:name)` or `json_extract(:name, '$.key')`. A model that sends the
 * list as a JSON string is forgiven, as strings are for integers.
 */
import { z } from 'zod';
import { UsersimError } from '../../errors.js';
import type { JsonSchema } from '../environment.js';

/** The fields of a parameter declaration this module reads. */
export interface StructuredParameter {
  type: string;
  description: string;
  items?: Record<string, unknown> | undefined;
  min_items?: number | undefined;
  properties?: Record<string, Record<string, unknown>> | undefined;
}

/** The JSON Schema agents see for an array or object parameter. */
export function structuredJsonSchema(p: StructuredParameter): JsonSchema {
  const schema: JsonSchema =
    p.type === 'array'
      ? { type: 'array', items: p.items ?? {}, ...(p.min_items === undefined ? {} : { minItems: p.min_items }) }
      : { type: 'object', properties: p.properties ?? {}, required: Object.keys(p.properties ?? {}), additionalProperties: false };
  if (p.description) schema.description = p.description;
  return schema;
}

/** Why the declared JSON Schema cannot be used, or undefined; checked when the world loads. */
export function structuredSchemaProblem(p: StructuredParameter): string | undefined {
  try {
    z.fromJSONSchema(structuredJsonSchema(p) as never);
    return undefined;
  } catch (error) {
    return `unsupported JSON Schema: ${(error as Error).message}`;
  }
}

const validators = new WeakMap<StructuredParameter, z.ZodType>();

function validatorOf(p: StructuredParameter): z.ZodType {
  let v = validators.get(p);
  if (!v) {
    v = z.fromJSONSchema(structuredJsonSchema(p) as never);
    validators.set(p, v);
  }
  return v;
}

/** Checks an argument against the declared schema and returns it as JSON text. Throws `E_TOOL_ARGS`. */
export function structuredValue(name: string, p: StructuredParameter, value: unknown): string {
  let parsed = value;
  if (typeof value === 'string') {
    try {
      parsed = JSON.parse(value);
    } catch {
      parsed = value;
    }
  }
  const result = validatorOf(p).safeParse(parsed);
  if (!result.success) {
    const problems = result.error.issues.map((i) => {
      const at = i.path.length ? `${name}${i.path.map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`)).join('')}` : name;
      return `argument "${at}": ${i.message}`;
    });
    throw new UsersimError('E_TOOL_ARGS', `${problems.join('; ')} (expected ${p.type === 'array' ? 'a list' : 'an object'} matching ${JSON.stringify(structuredJsonSchema(p))})`);
  }
  return JSON.stringify(parsed);
}
