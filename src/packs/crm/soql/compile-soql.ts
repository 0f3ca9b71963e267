/**
 * Compiles a parsed SOQL query to one parameterised SQLite SELECT, plus the
 * plan the executor needs to shape rows into Salesforce records. Three modes:
 * - `records`: plain field lists; parent paths become LEFT JOINs, and each
 *   parent's Id is selected too so a missing parent can be returned as null;
 * - `aggregate`: GROUP BY and/or aggregate functions; result keys follow
 *   Salesforce (alias, else field name, else `expr0`, `expr1`, …);
 * - `count`: a lone `COUNT()`, whose answer is `totalSize` with no records.
 * The output is always a single SELECT statement and every literal is a bound
 * parameter; the compiler cannot emit anything else.
 */
import { compileCondition, type ConditionContext } from './compile-condition.js';
import { compileValue, type CompiledValue } from './compile-value.js';
import { planOrderBy } from './compile-order.js';
import { queryError } from './query-error.js';
import type { OrgSchema, SFieldType } from '../../../core/org-schema.js';
import { indexOrg, quoteIdent, type OrgIndex } from './org-index.js';
import { AliasCounter, QueryScope } from './query-scope.js';
import type { SelectItem, SoqlQuery, ValueExpr } from './soql-ast.js';
import { SqlParams } from './sql-params.js';

/** Where a selected value goes in a plain record: `keys` `['Account', 'Owner', 'Name']` nest under parents. */
export interface RecordColumn {
  keys: string[];
  /** Object names of the parents along `keys`, for their `attributes`. */
  parentTypes: string[];
  /** Row positions of the parents' Ids, to tell a missing parent (null) from a null field. */
  parentIdColumns: number[];
  fieldType?: SFieldType;
}

/** A key of an aggregate result record. */
export interface AggregateColumn {
  key: string;
  fieldType?: SFieldType;
}

/** The SQL, its parameters and the shaping plan. Row position i of the SQL holds column i of the plan. */
export type CompiledSoql = { sql: string; params: Record<string, string | number | null>; object: string } & (
  | { mode: 'records'; columns: RecordColumn[] }
  | { mode: 'aggregate'; columns: AggregateColumn[] }
  | { mode: 'count' }
);

/** Extra pieces SOSL adds to a RETURNING clause's query. */
export interface SearchJoin {
  /** The FTS5 table (`Account__search`). */
  table: string;
  /** The FTS5 MATCH expression. */
  match: string;
}

/** Salesforce's cap on OFFSET. */
const MAX_OFFSET = 2000;

/**
 * Compiles `query` against `schema`. `source` is the query text, for error
 * positions. `search` joins an FTS5 match (SOSL) and orders by its rank.
 *
 * @throws UsersimError `E_SQL` with `INVALID_TYPE`, `INVALID_FIELD` or `MALFORMED_QUERY` messages.
 */
export function compileSoql(query: SoqlQuery, schema: OrgSchema, source: string, search?: SearchJoin): CompiledSoql {
  const index = indexOrg(schema);
  const aliases = new AliasCounter();
  const scope = openScope(index, query, aliases, source);
  const params = new SqlParams();
  const ctx: ConditionContext = {
    scope,
    params,
    today: schema.today,
    subquery: (sub, offset) => compileSemiJoin(index, sub, aliases, params, schema.today, source, offset),
  };
  const select = expandFields(query, scope);
  const countOnly = select.some((item) => item.expr.kind === 'aggregate' && item.expr.arg === null);
  if (countOnly && (select.length > 1 || query.groupBy)) {
    throw queryError('MALFORMED_QUERY', 'COUNT() must be the only element in the SELECT list and cannot be used with GROUP BY', source, select[0]?.offset);
  }
  const isAggregate = !countOnly && (query.groupBy !== undefined || select.some((item) => item.expr.kind === 'aggregate'));
  // Clauses compile in text order, so the first bad name in the query is the one reported.
  const compiled = countOnly ? [] : select.map((item) => compileValue(item.expr as ValueExpr, scope));
  const whereSql = query.where ? compileCondition(query.where, ctx) : undefined;
  const groupValues = (query.groupBy ?? []).map((expr) => compileValue(expr, scope));
  const groupKeys = new Set(groupValues.map((value) => value.key));
  if (query.having && !isAggregate) throw queryError('MALFORMED_QUERY', 'HAVING requires GROUP BY or an aggregate query', source, select[0]?.offset);
  if (query.offset && query.offset.value > MAX_OFFSET) {
    throw queryError('NUMBER_OUTSIDE_VALID_RANGE', `Maximum SOQL offset allowed is ${MAX_OFFSET}`, source, query.offset.offset);
  }
  const where = whereSql ? ` WHERE ${whereSql}` : '';
  const limitSql = query.limit || query.offset ? ` LIMIT ${query.limit?.value ?? -1}${query.offset ? ` OFFSET ${query.offset.value}` : ''}` : '';
  const object = scope.root.describe.name;
  if (countOnly) {
    return { mode: 'count', sql: `SELECT COUNT(*) FROM (SELECT 1 FROM ${scope.fromSql()}${where}${limitSql})`, params: params.values, object };
  }

  const names = outputNames(select, compiled, isAggregate, groupKeys, source);
  const havingSql = query.having ? compileCondition(query.having, { ...ctx, groupKeys }) : undefined;
  const order = planOrderBy(query.orderBy ?? [], scope, { aggregate: isAggregate, groupKeys, aliases: names.aliases });

  // Every path is resolved by now, so the FROM clause has all its joins.
  let from = scope.fromSql();
  if (search) {
    const table = quoteIdent(search.table);
    from += ` JOIN (SELECT "Id" AS sid, rank AS srank FROM ${table} WHERE ${table} MATCH ${params.add(search.match)}) AS s ON s.sid = ${scope.alias}."Id"`;
    order.push(`s.srank, ${scope.alias}."Id"`);
  }
  const plan = isAggregate ? undefined : planRecordColumns(compiled, names.keys);
  const columnsSql = [...compiled.map((value, i) => `${value.sql} AS c${i}`), ...(plan?.parentIds ?? [])];
  const sql =
    `SELECT ${columnsSql.join(', ')} FROM ${from}${where}` +
    (groupValues.length ? ` GROUP BY ${groupValues.map((value) => value.sql).join(', ')}` : '') +
    (havingSql ? ` HAVING ${havingSql}` : '') +
    (order.length ? ` ORDER BY ${order.join(', ')}` : '') +
    limitSql;
  if (plan) return { mode: 'records', sql, params: params.values, object, columns: plan.columns };
  const columns = compiled.map((value, i) => ({ key: names.keys[i] as string, fieldType: value.fieldType }));
  return { mode: 'aggregate', sql, params: params.values, object, columns };
}

/** Nesting plan of a plain query, plus one hidden column per joined parent holding its Id. */
function planRecordColumns(compiled: CompiledValue[], keys: string[]): { columns: RecordColumn[]; parentIds: string[] } {
  const parentIds: string[] = [];
  const positions = new Map<string, number>();
  const columns = compiled.map((value, i): RecordColumn => {
    const hops = value.resolved?.hops ?? [];
    const parentIdColumns = hops.map((hop) => {
      let position = positions.get(hop.alias);
      if (position === undefined) {
        position = compiled.length + parentIds.length;
        parentIds.push(`${hop.alias}."Id" AS h${parentIds.length}`);
        positions.set(hop.alias, position);
      }
      return position;
    });
    return {
      keys: value.resolved ? [...hops.map((hop) => hop.name), value.label] : [keys[i] as string],
      parentTypes: hops.map((hop) => hop.object.describe.name),
      parentIdColumns,
      fieldType: value.fieldType,
    };
  });
  return { columns, parentIds };
}

function openScope(index: OrgIndex, query: SoqlQuery, aliases: AliasCounter, source: string): QueryScope {
  const root = index.object(query.from.object);
  if (!root) {
    throw queryError(
      'INVALID_TYPE',
      `sObject type '${query.from.object}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name.`,
      source,
      query.from.offset,
    );
  }
  return new QueryScope(index, root, query.from.alias, aliases, source);
}

/** Replaces FIELDS(ALL|STANDARD|CUSTOM) with the object's fields, in schema order. */
function expandFields(query: SoqlQuery, scope: QueryScope): SelectItem[] {
  const out: SelectItem[] = [];
  for (const item of query.select) {
    if (item.expr.kind !== 'fields') {
      out.push(item);
      continue;
    }
    const { scope: which, offset } = item.expr;
    if (which !== 'STANDARD' && (!query.limit || query.limit.value > 200)) {
      throw queryError('MALFORMED_QUERY', `The SOQL FIELDS function must have a LIMIT of at most 200`, scope.source, offset);
    }
    for (const field of scope.root.describe.fields) {
      const custom = field.name.endsWith('__c');
      if (which === 'ALL' || (which === 'CUSTOM') === custom) out.push({ expr: { kind: 'field', path: [field.name], offset }, offset });
    }
  }
  return out;
}

/** Result keys and aliases; checks aliasing, duplicates and grouping the way Salesforce does. */
function outputNames(select: SelectItem[], compiled: CompiledValue[], isAggregate: boolean, groupKeys: Set<string>, source: string) {
  const keys: string[] = [];
  const aliases = new Map<string, number>();
  const seen = new Set<string>();
  let expr = 0;
  select.forEach((item, i) => {
    const value = compiled[i] as CompiledValue;
    if (item.alias && !isAggregate) throw queryError('MALFORMED_QUERY', 'Only aggregate expressions use field aliasing', source, item.offset);
    if (isAggregate && !value.aggregate && !groupKeys.has(value.key)) {
      throw queryError('MALFORMED_QUERY', `Field must be grouped or aggregated: ${value.label}`, source, item.offset);
    }
    const key = item.alias ?? (value.resolved ? value.label : `expr${expr++}`);
    const identity = isAggregate ? key.toLowerCase() : value.key;
    if (seen.has(identity)) {
      throw queryError('MALFORMED_QUERY', item.alias ? `duplicate alias: ${item.alias}` : `duplicate field selected: ${value.label}`, source, item.offset);
    }
    seen.add(identity);
    keys.push(key);
    if (item.alias) aliases.set(item.alias.toLowerCase(), i);
  });
  return { keys, aliases };
}

/** `SELECT AccountId FROM Opportunity WHERE …` inside `IN (…)`, as a one-column SELECT without nulls. */
function compileSemiJoin(
  index: OrgIndex,
  query: SoqlQuery,
  aliases: AliasCounter,
  params: SqlParams,
  today: string,
  source: string,
  offset: number,
): string {
  const scope = openScope(index, query, aliases, source);
  const only = query.select[0];
  if (query.select.length !== 1 || only?.expr.kind !== 'field' || only.alias) {
    throw queryError('MALFORMED_QUERY', 'semi join sub-selects must select exactly one Id or reference field', source, only?.offset ?? offset);
  }
  if (query.groupBy || query.having || query.orderBy || query.limit || query.offset) {
    throw queryError('MALFORMED_QUERY', 'semi join sub-selects cannot use GROUP BY, HAVING, ORDER BY, LIMIT or OFFSET', source, offset);
  }
  const value = compileValue(only.expr, scope);
  if (value.type !== 'id') {
    throw queryError('MALFORMED_QUERY', `semi join sub-selects must select an Id or reference field, not '${value.label}'`, source, only.offset);
  }
  const nested = (_sub: SoqlQuery, at: number): string => {
    throw queryError('MALFORMED_QUERY', 'Nesting of semi join sub-selects is not supported', source, at);
  };
  const where = query.where ? compileCondition(query.where, { scope, params, today, subquery: nested }) : undefined;
  return `SELECT ${value.sql} FROM ${scope.fromSql()} WHERE ${value.sql} IS NOT NULL${where ? ` AND ${where}` : ''}`;
}
