/**
 * Turns zod's validation issues into problems a scenario author can act on:
 * `expected one of volunteer, on_request, never (got "sometimes")`,
 * `unknown key "answr" (did you mean "answer"?)`, `missing required key "goal"`.
 * Zod reports a failed union as every branch's failures at once; here the
 * branch the author evidently meant is picked (the one whose shape the value
 * has), so a misspelt `toll:` in a reference step reads as one typo rather than
 * three unrelated complaints.
 */
import { z } from 'zod';
import { didYouMean } from './did-you-mean.js';
import type { PathSegment, ScenarioProblem } from './problem.js';

type Issue = z.core.$ZodIssue;

/**
 * Explains each issue of a failed `schema.safeParse(data)` as a problem at a
 * path in `data`. The schema is walked alongside the issues to find the keys a
 * mapping allows (for suggestions) and the shapes a union accepts.
 */
export function schemaProblems(issues: readonly Issue[], data: unknown, schema: z.ZodType): ScenarioProblem[] {
  const out: Draft[] = [];
  for (const issue of issues) explain(issue, [], data, schema, out);
  // `titel:` already says "did you mean title?"; "missing title" beside it would be the same typo told twice.
  const explained = new Set(out.flatMap((p) => (p.key !== undefined && p.suggested !== undefined ? [slot(p.path, p.suggested)] : [])));
  return out
    .filter((p) => p.missing === undefined || !explained.has(slot(p.path, p.missing)))
    .map(({ path, message, key }) => (key === undefined ? { path, message } : { path, message, key }));
}

/** A problem plus what the typo filter needs to know about it. */
interface Draft extends ScenarioProblem {
  /** For a missing-key problem: the key. */
  missing?: string;
  /** For an unknown-key problem: the allowed key it probably means. */
  suggested?: string;
}

function slot(path: readonly PathSegment[], key: string): string {
  return JSON.stringify([...path, key]);
}

function unknownKey(path: PathSegment[], key: string, allowed: readonly string[]): Draft {
  const suggested = didYouMean(key, allowed);
  if (suggested === undefined) return { path, key, message: `unknown key "${key}"` };
  return { path, key, suggested, message: `unknown key "${key}" (did you mean "${suggested}"?)` };
}

function explain(issue: Issue, base: PathSegment[], data: unknown, root: z.ZodType, out: Draft[]): void {
  const path = [...base, ...(issue.path as PathSegment[])];
  const value = valueAt(data, path);
  const parentPath = path.slice(0, -1);
  const last = path[path.length - 1];
  if (value === undefined && typeof last === 'string' && isMapping(valueAt(data, parentPath))) {
    out.push({ path: parentPath, missing: last, message: `missing required key "${last}"` });
    return;
  }
  switch (issue.code) {
    case 'invalid_type':
      out.push({ path, message: `expected ${describeExpected(issue.expected)} (got ${show(value)})` });
      return;
    case 'invalid_value': {
      const values = issue.values.map(String);
      const expected = values.length === 1 ? JSON.stringify(issue.values[0]) : `one of ${values.join(', ')}`;
      out.push({ path, message: `expected ${expected} (${got(value, values)})` });
      return;
    }
    case 'unrecognized_keys': {
      const present = isMapping(value) ? Object.keys(value) : [];
      const allowed = keysOf(schemaAt(root, path)).filter((k) => !present.includes(k));
      for (const key of issue.keys) out.push(unknownKey(path, key, allowed));
      return;
    }
    case 'too_small':
      out.push({ path, message: tooSmall(issue, value) });
      return;
    case 'too_big':
      out.push({ path, message: `must be at most ${String(issue.maximum)} (got ${show(value)})` });
      return;
    case 'invalid_format':
      out.push({ path, message: `${issue.message} (got ${show(value)})` });
      return;
    case 'invalid_union':
      explainUnion(issue, path, value, data, root, out);
      return;
    default:
      out.push({ path, message: issue.message });
  }
}

/**
 * Picks the union branch the author meant. A branch whose root type already
 * fails (a mapping where a string was wanted) is out; among the rest, one
 * that lacks none of its required keys is the intended shape. With no single
 * winner the union is described as a whole, and keys no branch knows are
 * reported as unknown, since they are the likely typo.
 */
function explainUnion(
  issue: Extract<Issue, { code: 'invalid_union' }>,
  path: PathSegment[],
  value: unknown,
  data: unknown,
  root: z.ZodType,
  out: Draft[],
): void {
  const branches = issue.errors;
  const typeFits = branches.filter((b) => !b.some((i) => i.path.length === 0 && (i.code === 'invalid_type' || i.code === 'invalid_value')));
  const complete = typeFits.filter((b) => !b.some((i) => i.path.length === 1 && valueAt(value, i.path as PathSegment[]) === undefined));
  const chosen = typeFits.length === 1 ? typeFits[0] : complete.length === 1 ? complete[0] : undefined;
  if (chosen !== undefined) {
    for (const inner of chosen) explain(inner, path, data, root, out);
    return;
  }
  const union = schemaAt(root, path);
  if (isMapping(value)) {
    const known = keysOf(union);
    const unknown = Object.keys(value).filter((k) => !known.includes(k));
    for (const key of unknown) out.push(unknownKey(path, key, known));
    if (unknown.length > 0) return;
    const keys = Object.keys(value);
    const present = keys.length === 0 ? 'an empty mapping' : `keys ${keys.map((k) => `"${k}"`).join(', ')}`;
    out.push({ path, message: `expected ${describeUnion(union, complete.length > 1)} (got ${present})` });
    return;
  }
  const literals = optionsOf(union).flatMap((o) => (o instanceof z.ZodLiteral ? [...o.values].map(String) : []));
  out.push({ path, message: `expected ${describeUnion(union, false)} (${got(value, literals)})` });
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>, value: unknown): string {
  const min = Number(issue.minimum);
  if (issue.origin === 'string') return min <= 1 ? 'must not be empty' : `must be at least ${min} characters long`;
  if (issue.origin === 'array') return `must have at least ${min} ${min === 1 ? 'item' : 'items'}`;
  const bound = issue.inclusive === false ? `greater than ${min}` : `at least ${min}`;
  return `must be ${bound} (got ${show(value)})`;
}

const expectedNames: Record<string, string> = {
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  null: 'null',
  array: 'a list',
  object: 'a mapping',
  record: 'a mapping',
};

function describeExpected(expected: string): string {
  return expectedNames[expected] ?? expected;
}

/** What a union accepts, in words: `a string, a number or a list`. */
function describeUnion(union: z.ZodType | undefined, exactlyOne: boolean): string {
  const parts: string[] = [];
  const objectKeys: string[] = [];
  for (const option of optionsOf(union)) {
    if (option instanceof z.ZodObject) objectKeys.push(...requiredKeys(option));
    else if (option instanceof z.ZodLiteral) parts.push(...[...option.values].map((v) => JSON.stringify(v)));
    else parts.push(describeExpected(kindOf(option)));
  }
  if (objectKeys.length === 1) parts.push(`a mapping with key "${objectKeys[0]}"`);
  else if (objectKeys.length > 1) {
    const quantity = exactlyOne ? 'exactly one' : 'one';
    parts.push(`a mapping with ${quantity} of the keys ${objectKeys.map((k) => `"${k}"`).join(', ')}`);
  }
  return parts.length <= 1 ? (parts[0] ?? 'a valid value') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
}

function kindOf(schema: z.ZodType): string {
  if (schema instanceof z.ZodString) return 'string';
  if (schema instanceof z.ZodNumber) return 'number';
  if (schema instanceof z.ZodBoolean) return 'boolean';
  if (schema instanceof z.ZodNull) return 'null';
  if (schema instanceof z.ZodArray) return 'array';
  if (schema instanceof z.ZodRecord) return 'record';
  return 'object';
}

function unwrap(schema: z.ZodType | undefined): z.ZodType | undefined {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

function optionsOf(schema: z.ZodType | undefined): z.ZodType[] {
  const s = unwrap(schema);
  if (s instanceof z.ZodUnion) return (s.options as readonly z.ZodType[]).map((o) => unwrap(o) ?? o);
  return s === undefined ? [] : [s];
}

/** Keys a mapping at this schema may hold; for a union, those of every object branch. */
function keysOf(schema: z.ZodType | undefined): string[] {
  return optionsOf(schema).flatMap((o) => (o instanceof z.ZodObject ? Object.keys(o.shape) : []));
}

function requiredKeys(schema: z.ZodObject): string[] {
  return Object.entries(schema.shape as Record<string, z.ZodType>)
    .filter(([, field]) => !field.safeParse(undefined).success)
    .map(([key]) => key);
}

/** The schema governing `path`; through a union, the object branch that has the next key. */
function schemaAt(root: z.ZodType, path: readonly PathSegment[]): z.ZodType | undefined {
  let s: z.ZodType | undefined = root;
  for (const segment of path) {
    const options = optionsOf(s);
    s = undefined;
    for (const option of options) {
      if (option instanceof z.ZodObject && typeof segment === 'string' && segment in option.shape) {
        s = (option.shape as Record<string, z.ZodType>)[segment];
      } else if (option instanceof z.ZodArray && typeof segment === 'number') {
        s = option.element as z.ZodType;
      } else if (option instanceof z.ZodRecord && typeof segment === 'string') {
        s = option.valueType as z.ZodType;
      }
      if (s !== undefined) break;
    }
    if (s === undefined) return undefined;
  }
  return s;
}

function valueAt(data: unknown, path: readonly PathSegment[]): unknown {
  let v = data;
  for (const segment of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PathSegment, unknown>)[segment];
  }
  return v;
}

function isMapping(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** `got "exakt", did you mean "exact"?` when a string is a likely typo of an allowed value. */
function got(value: unknown, allowed: readonly string[]): string {
  const match = typeof value === 'string' ? didYouMean(value, allowed) : undefined;
  return match === undefined ? `got ${show(value)}` : `got ${show(value)}, did you mean "${match}"?`;
}

/** A value as an author would recognise it in their file: quoted strings, kinds for collections. */
function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  return String(value);
}
