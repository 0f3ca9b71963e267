/**
 * Case-insensitive lookups over an `OrgSchema`. Salesforce ignores case in
 * object, field and relationship names, and returns the canonical spelling in
 * its results; this index gives the compilers both. It is built once per schema
 * object and cached, since a world's schema is shared by every episode.
 */
import type { OrgSchema, SField, SObjectDescribe } from '../../../core/org-schema.js';

/** An object with its fields keyed by lower-cased name. */
export interface IndexedObject {
  describe: SObjectDescribe;
  fields: Map<string, SField>;
  /** Reference fields keyed by lower-cased relationship name (`owner` → `OwnerId`). */
  relationships: Map<string, SField>;
}

/** Case-insensitive access to an org's objects. */
export interface OrgIndex {
  schema: OrgSchema;
  object(name: string): IndexedObject | undefined;
}

const cache = new WeakMap<OrgSchema, OrgIndex>();

/** Returns the (cached) index of `schema`. */
export function indexOrg(schema: OrgSchema): OrgIndex {
  const cached = cache.get(schema);
  if (cached) return cached;
  const objects = new Map<string, IndexedObject>();
  for (const describe of schema.objects) {
    const fields = new Map<string, SField>();
    const relationships = new Map<string, SField>();
    for (const field of describe.fields) {
      fields.set(field.name.toLowerCase(), field);
      if (field.type === 'reference' && field.relationshipName && field.referenceTo) {
        relationships.set(field.relationshipName.toLowerCase(), field);
      }
    }
    objects.set(describe.name.toLowerCase(), { describe, fields, relationships });
  }
  const index: OrgIndex = { schema, object: (name) => objects.get(name.toLowerCase()) };
  cache.set(schema, index);
  return index;
}

/** SQL identifier quoting; schema names are plain, but quoting keeps keywords such as `Order` and `Case` legal. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}
