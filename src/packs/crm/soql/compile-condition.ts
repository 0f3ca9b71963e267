/**
 * Compiles WHERE and HAVING conditions to SQLite with SOQL's semantics, which
 * differ from SQL's in ways agents rely on:
 * - `=` and `<`/`>` on text ignore case, as does LIKE;
 * - `!=` and `NOT IN` match nulls (`Industry != 'Retail'` returns accounts with
 *   no industry), and NOT is two-valued, so a null never makes a row vanish
 *   from both a condition and its negation;
 * - a boolean null counts as false, and `''` means null;
 * - a date literal such as LAST_MONTH is a range: `= LAST_MONTH` means inside
 *   it, `< LAST_MONTH` before it, `> LAST_MONTH` after it;
 * - literals must match the field's type (no quoted dates or numbers), with
 *   Salesforce's own error text when they do not.
 */
import { compileValue, type CompiledValue, type ValueType } from './compile-value.js';
import { resolveDateLiteral } from './date-literals.js';
import { queryError } from './query-error.js';
import type { QueryScope } from './query-scope.js';
import type { Condition, ComparisonOperator, Literal, SoqlQuery, ValueExpr } from './soql-ast.js';
import type { SqlParams } from './sql-params.js';

/** What compiling a condition needs. */
export interface ConditionContext {
  scope: QueryScope;
  params: SqlParams;
  /** The org's today, for date literals. */
  today: string;
  /** Set for HAVING: the GROUP BY keys a non-aggregate operand must be among. Absent for WHERE. */
  groupKeys?: Set<string>;
  /** Compiles a semi-join subquery to a single-column SELECT with nulls removed. */
  subquery: (query: SoqlQuery, offset: number) => string;
}

const TYPE_NAMES: Record<ValueType, string> = { text: 'string', id: 'id', number: 'double', boolean: 'boolean', date: 'date', datetime: 'dateTime' };
const ID_RE = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/** Compiles a condition to a SQL boolean expression. */
export function compileCondition(condition: Condition, ctx: ConditionContext): string {
  switch (condition.kind) {
    case 'and':
    case 'or':
      return `(${condition.items.map((item) => compileCondition(item, ctx)).join(condition.kind === 'and' ? ' AND ' : ' OR ')})`;
    case 'not':
      // coalesce makes the negation two-valued: a comparison with a null is false, so its NOT is true.
      return `(NOT coalesce(${compileCondition(condition.item, ctx)}, 0))`;
    case 'compare':
      return compileCompare(operand(condition.left, ctx), condition.op, condition.right, ctx);
    case 'in':
      return compileIn(operand(condition.left, ctx), condition.negated, condition.values, ctx);
    case 'semiJoin': {
      const left = operand(condition.left, ctx);
      if (left.type !== 'id') {
        throw queryError('MALFORMED_QUERY', `semi join sub-selects are only allowed on Id or reference fields, not '${left.label}'`, ctx.scope.source, condition.offset);
      }
      const sub = ctx.subquery(condition.query, condition.offset);
      return condition.negated ? `(${left.sql} IS NULL OR ${left.sql} NOT IN (${sub}))` : `(${left.sql} IN (${sub}))`;
    }
  }
}

function operand(expr: ValueExpr, ctx: ConditionContext): CompiledValue {
  const value = compileValue(expr, ctx.scope);
  if (value.aggregate && !ctx.groupKeys) {
    throw queryError('MALFORMED_QUERY', `aggregate functions are not allowed in WHERE, use HAVING: ${value.label}`, ctx.scope.source, expr.offset);
  }
  if (!value.aggregate && ctx.groupKeys && !ctx.groupKeys.has(value.key)) {
    throw queryError('MALFORMED_QUERY', `Field must be grouped or aggregated: ${value.label}`, ctx.scope.source, expr.offset);
  }
  return value;
}

function mismatch(value: CompiledValue, literal: Literal, source: string): never {
  const quoted = value.type === 'text' || value.type === 'id' ? 'be enclosed in quotes' : 'not be enclosed in quotes';
  throw queryError('INVALID_FIELD', `value of filter criterion for field '${value.label}' must be of type ${TYPE_NAMES[value.type]} and should ${quoted}`, source, literal.offset);
}

/** Checks a literal against the operand's type and returns what to bind. Null means SQL NULL. */
function bindable(value: CompiledValue, literal: Literal, source: string): string | number | null {
  if (literal.kind === 'null') return null;
  switch (value.type) {
    case 'text':
      if (literal.kind !== 'string') mismatch(value, literal, source);
      return literal.value === '' ? null : literal.value;
    case 'id':
      if (literal.kind !== 'string') mismatch(value, literal, source);
      if (literal.value === '') return null;
      if (!ID_RE.test(literal.value)) {
        throw queryError('INVALID_QUERY_FILTER_OPERATOR', `invalid ID field: ${literal.value}`, source, literal.offset);
      }
      return literal.value;
    case 'number':
      if (literal.kind !== 'number') mismatch(value, literal, source);
      return literal.value;
    case 'boolean':
      if (literal.kind !== 'boolean') mismatch(value, literal, source);
      return literal.value ? 1 : 0;
    case 'date':
    case 'datetime':
      if (literal.kind !== value.type) mismatch(value, literal, source);
      return literal.value;
  }
}

function compileCompare(value: CompiledValue, op: ComparisonOperator, literal: Literal, ctx: ConditionContext): string {
  const { params, scope } = ctx;
  const x = value.sql;
  if (literal.kind === 'dateLiteral') {
    if (value.type !== 'date' && value.type !== 'datetime') mismatch(value, literal, scope.source);
    const range = resolveDateLiteral(literal.name, literal.n, ctx.today);
    if (!range || op === 'LIKE') throw queryError('MALFORMED_QUERY', `invalid use of date literal ${literal.name}`, scope.source, literal.offset);
    const suffix = value.type === 'datetime' ? 'T00:00:00Z' : '';
    const start = params.add(range.start + suffix);
    const end = params.add(range.end + suffix);
    const inside: Record<Exclude<ComparisonOperator, 'LIKE'>, string> = {
      '=': `(${x} >= ${start} AND ${x} < ${end})`,
      '!=': `(${x} IS NULL OR ${x} < ${start} OR ${x} >= ${end})`,
      '<': `${x} < ${start}`,
      '<=': `${x} < ${end}`,
      '>': `${x} >= ${end}`,
      '>=': `${x} >= ${start}`,
    };
    return inside[op];
  }
  if (op === 'LIKE') {
    if (value.type !== 'text' && value.type !== 'id') {
      throw queryError('INVALID_QUERY_FILTER_OPERATOR', `LIKE applies only to text fields, not to '${value.label}'`, scope.source, literal.offset);
    }
    if (literal.kind !== 'string') mismatch(value, literal, scope.source);
    return `${x} LIKE ${params.add(literal.like)} ESCAPE '\\'`;
  }
  const bound = bindable(value, literal, scope.source);
  if (value.type === 'boolean') {
    if (op !== '=' && op !== '!=') throw queryError('INVALID_QUERY_FILTER_OPERATOR', `invalid operator on boolean field '${value.label}'`, scope.source, literal.offset);
    return `coalesce(${x}, 0) ${op === '=' ? '=' : '!='} ${params.add(bound ?? 0)}`;
  }
  if (bound === null) {
    if (op === '=') return value.type === 'text' ? `(${x} IS NULL OR ${x} = '')` : `${x} IS NULL`;
    if (op === '!=') return value.type === 'text' ? `(${x} IS NOT NULL AND ${x} != '')` : `${x} IS NOT NULL`;
    throw queryError('INVALID_QUERY_FILTER_OPERATOR', `null can only be compared with = or !=`, scope.source, literal.offset);
  }
  let left = x;
  let collate = '';
  if (value.type === 'id') {
    if (op !== '=' && op !== '!=') throw queryError('INVALID_QUERY_FILTER_OPERATOR', `invalid operator on id field '${value.label}'`, scope.source, literal.offset);
    // A 15-character Id is the case-sensitive prefix of the stored 18-character one.
    if (String(bound).length === 15) left = `substr(${x}, 1, 15)`;
  } else if (value.type === 'text') {
    collate = ' COLLATE NOCASE';
  }
  const p = params.add(bound);
  // `IS NOT` is SQLite's null-safe inequality: a null field is "not equal" to any value, as in SOQL.
  return op === '!=' ? `${left} IS NOT ${p}${collate}` : `${left} ${op} ${p}${collate}`;
}

function compileIn(value: CompiledValue, negated: boolean, literals: Literal[], ctx: ConditionContext): string {
  const { scope, params } = ctx;
  for (const literal of literals) {
    if (literal.kind === 'dateLiteral') throw queryError('MALFORMED_QUERY', `date literals are not allowed in IN lists`, scope.source, literal.offset);
  }
  const bound = literals.map((literal) => bindable(value, literal, scope.source));
  if (value.type === 'boolean') {
    // A boolean null is false, so the list needs no null branch.
    const list = bound.map((b) => params.add(b ?? 0)).join(', ');
    return `coalesce(${value.sql}, 0) ${negated ? 'NOT IN' : 'IN'} (${list})`;
  }
  const hasNull = bound.includes(null);
  const present = bound.filter((b): b is string | number => b !== null);
  let left = value.sql;
  let values = present;
  if (value.type === 'id' && present.some((b) => String(b).length === 15)) {
    left = `substr(${value.sql}, 1, 15)`;
    values = present.map((b) => String(b).slice(0, 15));
  }
  if (value.type === 'text') left += ' COLLATE NOCASE';
  const list = values.map((b) => params.add(b)).join(', ');
  const nullCheck = value.type === 'text' ? `(${value.sql} IS NULL OR ${value.sql} = '')` : `${value.sql} IS NULL`;
  if (!negated) {
    if (!list) return nullCheck;
    return hasNull ? `(${nullCheck} OR ${left} IN (${list}))` : `${left} IN (${list})`;
  }
  if (!list) return `NOT ${nullCheck}`;
  return hasNull ? `(NOT ${nullCheck} AND ${left} NOT IN (${list}))` : `(${nullCheck} OR ${left} NOT IN (${list}))`;
}
