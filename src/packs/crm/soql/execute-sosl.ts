/**
 * The `sosl` tool: runs one SOSL search over the org's FTS5 tables and returns
 * what Salesforce's REST search endpoint would, `{ searchRecords: [...] }`,
 * each record with `attributes: { type }`, its `Id` and the requested fields.
 * Objects come in RETURNING order and, within an object, by relevance (FTS5
 * rank, then Id), unless the object has its own ORDER BY. Scopes: ALL FIELDS
 * (every indexed field, the default), NAME FIELDS (the object's `nameField`),
 * EMAIL FIELDS and PHONE FIELDS (indexed fields of those types); an object
 * with no field in the scope contributes no records. Without RETURNING, every
 * searchable object is searched and only Ids are returned. Results stop at the
 * statement's LIMIT (Salesforce's default, 2000) or at `maxRecords` (200 by
 * default), whichever is smaller.
 *
 * @example
 * executeSosl(db, schema, 'FIND {overheat*} IN NAME FIELDS RETURNING Case(Subject, Status WHERE IsEscalated = TRUE)')
 * // { searchRecords: [{ attributes: { type: 'Case' }, Id: '500…', Subject: 'Widget overheating', Status: 'Closed' }, …] }
 */
import { UsersimError } from '../../../errors.js';
import { compileSoql } from './compile-soql.js';
import { DEFAULT_MAX_RECORDS, type QueryOptions } from './execute-soql.js';
import { indexOrg, type IndexedObject } from './org-index.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import { parseSosl, type ReturningSpec, type SearchScope } from './parse-sosl.js';
import { asQueryError, queryError } from './query-error.js';
import { readerOf, type QueryTarget } from './run-readonly.js';
import { shapeRecords, type SObjectRecord } from './shape-records.js';
import type { RecordColumn } from './compile-soql.js';
import type { SoqlQuery } from './soql-ast.js';
import { compileSearchTerm } from './sosl-search-term.js';

/** The result of a SOSL search, as Salesforce's REST API shapes it. */
export interface SoslResult {
  searchRecords: SObjectRecord[];
}

/** Salesforce's default cap on SOSL results. */
const DEFAULT_SEARCH_LIMIT = 2000;

/**
 * Runs a read-only SOSL search on `target` (a better-sqlite3 handle or a `QueryReader`).
 *
 * @throws UsersimError `E_SQL` (`MALFORMED_SEARCH: …`, `INVALID_SEARCH: …`, `INVALID_TYPE: …`, `INVALID_FIELD: …`);
 *   `E_TOOL_ARGS` when `sosl` is not a string.
 */
export function executeSosl(target: QueryTarget, schema: OrgSchema, sosl: string, options: QueryOptions = {}): SoslResult {
  if (typeof sosl !== 'string') throw new UsersimError('E_TOOL_ARGS', 'sosl: the search must be a string');
  return asQueryError(() => {
    const read = readerOf(target);
    const query = parseSosl(sosl);
    const term = compileSearchTerm(query.term.text, sosl, query.term.offset);
    const index = indexOrg(schema);
    const specs: ReturningSpec[] =
      query.returning ??
      schema.objects.filter((object) => object.searchFields?.length).map((object) => ({ object: object.name, offset: query.term.offset, fields: [] }));
    let remaining = Math.min(query.limit?.value ?? DEFAULT_SEARCH_LIMIT, options.maxRecords ?? DEFAULT_MAX_RECORDS);
    const searchRecords: SObjectRecord[] = [];
    // Resolve every object first, so a bad name late in the list is reported even when earlier ones fill the cap.
    const resolved = specs.map((spec) => ({ spec, object: searchable(index.object(spec.object), spec, sosl) }));
    for (const { spec, object } of resolved) {
      const columns = scopeColumns(object, query.scope);
      if (columns.length === 0) continue;
      const match = query.scope === 'ALL' ? term : `{${columns.map((name) => `"${name}"`).join(' ')}} : (${term})`;
      const limit = Math.min(spec.limit?.value ?? remaining, remaining);
      const compiled = compileSoql(returningQuery(spec, object, limit), schema, sosl, { table: `${object.describe.name}__search`, match });
      if (remaining <= 0 || compiled.mode !== 'records') continue;
      const { rows } = read(compiled.sql, compiled.params, remaining);
      searchRecords.push(...shapeRecords(compiled.object, compiled.columns as RecordColumn[], rows));
      remaining -= rows.length;
    }
    return { searchRecords };
  });
}

function searchable(object: IndexedObject | undefined, spec: ReturningSpec, source: string): IndexedObject {
  if (!object) {
    throw queryError(
      'INVALID_TYPE',
      `sObject type '${spec.object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`,
      source,
      spec.offset,
    );
  }
  if (!object.describe.searchFields?.length) {
    throw queryError('INVALID_TYPE', `entity type ${object.describe.name} does not support search`, source, spec.offset);
  }
  return object;
}

/** The indexed columns a scope searches. */
function scopeColumns(object: IndexedObject, scope: SearchScope): string[] {
  const indexed = object.describe.searchFields ?? [];
  switch (scope) {
    case 'ALL':
      return indexed;
    case 'NAME':
      return indexed.filter((name) => name === object.describe.nameField);
    case 'EMAIL':
    case 'PHONE':
      return indexed.filter((name) => object.fields.get(name.toLowerCase())?.type === scope.toLowerCase());
  }
}

/** The RETURNING clause of one object as a SOQL query, with Id first. */
function returningQuery(spec: ReturningSpec, object: IndexedObject, limit: number): SoqlQuery {
  const hasId = spec.fields.some((field) => field.path.length === 1 && field.path[0]?.toLowerCase() === 'id');
  const fields = hasId ? spec.fields : [{ kind: 'field' as const, path: ['Id'], offset: spec.offset }, ...spec.fields];
  const query: SoqlQuery = {
    select: fields.map((field) => ({ expr: field, offset: field.offset })),
    from: { object: object.describe.name, offset: spec.offset },
    limit: { value: limit, offset: spec.offset },
  };
  if (spec.where) query.where = spec.where;
  if (spec.orderBy) query.orderBy = spec.orderBy;
  if (spec.skip) query.offset = spec.skip;
  return query;
}
