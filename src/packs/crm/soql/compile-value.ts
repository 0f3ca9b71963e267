/**
 * Compiles value expressions (fields, date functions, aggregates) to SQLite
 * and gives each a value type that the condition compiler checks literals
 * against. Date functions read the stored `YYYY-MM-DD` / `…THH:MM:SSZ` text
 * with `strftime`, which SQLite accepts directly; DAY_IN_WEEK counts Sunday as
 * 1, as Salesforce does, and the fiscal forms equal the calendar ones because
 * the org's fiscal year starts in January.
 */
import { queryError } from './query-error.js';
import type { SFieldType } from '../../../core/org-schema.js';
import type { QueryScope, ResolvedField } from './query-scope.js';
import type { DateFunctionCall, DateFunctionName, ValueExpr } from './soql-ast.js';

/** The types literals are checked against. `id` covers Id and reference fields. */
export type ValueType = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime';

/** A value expression compiled to SQL, with its type and identity. */
export interface CompiledValue {
  sql: string;
  type: ValueType;
  /** The schema type of the underlying field, when the value is a plain field. */
  fieldType?: SFieldType;
  /** Name used in messages and as the aggregate-result key of a plain field (`Name` for `Account.Name`). */
  label: string;
  /** Identity for matching SELECT, GROUP BY and ORDER BY items regardless of spelling. */
  key: string;
  aggregate: boolean;
  /** Set for plain fields. */
  resolved?: ResolvedField;
}

const INT = (format: string, x: string): string => `CAST(strftime('${format}', ${x}) AS INTEGER)`;

const DATE_FUNCTION_SQL: Record<DateFunctionName, (x: string) => string> = {
  CALENDAR_YEAR: (x) => INT('%Y', x),
  FISCAL_YEAR: (x) => INT('%Y', x),
  CALENDAR_MONTH: (x) => INT('%m', x),
  FISCAL_MONTH: (x) => INT('%m', x),
  CALENDAR_QUARTER: (x) => `((${INT('%m', x)} + 2) / 3)`,
  FISCAL_QUARTER: (x) => `((${INT('%m', x)} + 2) / 3)`,
  DAY_IN_MONTH: (x) => INT('%d', x),
  DAY_IN_WEEK: (x) => `(${INT('%w', x)} + 1)`,
  DAY_IN_YEAR: (x) => INT('%j', x),
  WEEK_IN_MONTH: (x) => `((${INT('%d', x)} - 1) / 7 + 1)`,
  WEEK_IN_YEAR: (x) => `((${INT('%j', x)} - 1) / 7 + 1)`,
  HOUR_IN_DAY: (x) => INT('%H', x),
  DAY_ONLY: (x) => `substr(${x}, 1, 10)`,
};

/** The value type of a schema field type. */
export function valueTypeOf(type: SFieldType): ValueType {
  switch (type) {
    case 'id':
    case 'reference':
      return 'id';
    case 'int':
    case 'double':
    case 'currency':
    case 'percent':
      return 'number';
    case 'boolean':
      return 'boolean';
    case 'date':
      return 'date';
    case 'datetime':
      return 'datetime';
    default:
      return 'text';
  }
}

/** Compiles a field, date function or aggregate. */
export function compileValue(expr: ValueExpr, scope: QueryScope): CompiledValue {
  switch (expr.kind) {
    case 'field': {
      const resolved = scope.resolve(expr);
      return {
        sql: resolved.sql,
        type: valueTypeOf(resolved.field.type),
        fieldType: resolved.field.type,
        label: resolved.field.name,
        key: `f:${resolved.key}`,
        aggregate: false,
        resolved,
      };
    }
    case 'dateFunction':
      return compileDateFunction(expr, scope);
    case 'aggregate': {
      if (expr.arg === null) return { sql: 'COUNT(*)', type: 'number', label: 'COUNT()', key: 'a:COUNT()', aggregate: true };
      const inner = expr.arg.kind === 'field' ? compileValue(expr.arg, scope) : compileDateFunction(expr.arg, scope);
      const key = `a:${expr.name}(${inner.key})`;
      const label = `${expr.name}(${inner.label})`;
      switch (expr.name) {
        case 'COUNT':
          return { sql: `COUNT(${inner.sql})`, type: 'number', label, key, aggregate: true };
        case 'COUNT_DISTINCT':
          return { sql: `COUNT(DISTINCT ${inner.sql})`, type: 'number', label, key, aggregate: true };
        case 'SUM':
        case 'AVG':
          if (inner.type !== 'number') {
            throw queryError('INVALID_FIELD', `field ${inner.label} does not support aggregate operator ${expr.name}`, scope.source, expr.offset);
          }
          return { sql: `${expr.name}(${inner.sql})`, type: 'number', label, key, aggregate: true };
        case 'MIN':
        case 'MAX':
          if (inner.type === 'boolean') {
            throw queryError('INVALID_FIELD', `field ${inner.label} does not support aggregate operator ${expr.name}`, scope.source, expr.offset);
          }
          return { sql: `${expr.name}(${inner.sql})`, type: inner.type, fieldType: inner.fieldType, label, key, aggregate: true };
      }
    }
  }
}

function compileDateFunction(expr: DateFunctionCall, scope: QueryScope): CompiledValue {
  const resolved = scope.resolve(expr.arg);
  const type = resolved.field.type;
  const needsTime = expr.name === 'HOUR_IN_DAY' || expr.name === 'DAY_ONLY';
  if (type !== 'datetime' && (needsTime || type !== 'date')) {
    const wanted = needsTime ? 'dateTime' : 'date or dateTime';
    throw queryError('INVALID_FIELD', `${expr.name} applies only to ${wanted} fields, and '${resolved.field.name}' is of type ${type}`, scope.source, expr.offset);
  }
  return {
    sql: DATE_FUNCTION_SQL[expr.name](resolved.sql),
    type: expr.name === 'DAY_ONLY' ? 'date' : 'number',
    label: `${expr.name}(${resolved.field.name})`,
    key: `d:${expr.name}(f:${resolved.key})`,
    aggregate: false,
  };
}
