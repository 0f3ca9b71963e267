/**
 * Compiles ORDER BY. Text sorts ignore case, as Salesforce's do, and nulls
 * follow its default (first when ascending, last when descending), which is
 * also SQLite's, so NULLS FIRST/LAST is only emitted when written. In an
 * aggregate query an ordered item must be grouped or aggregated; an alias of a
 * SELECT item is accepted there too, for agents that order by `total`.
 */
import { compileValue, type CompiledValue } from './compile-value.js';
import { queryError } from './query-error.js';
import type { QueryScope } from './query-scope.js';
import type { OrderItem } from './soql-ast.js';
import { UsersimError } from '../../../errors.js';

/** What ORDER BY checks need to know about the query. */
export interface OrderContext {
  aggregate: boolean;
  groupKeys: Set<string>;
  /** Lower-cased SELECT aliases → column position (`c0`, `c1`, …). */
  aliases: Map<string, number>;
}

/** Returns the ORDER BY terms, in order. */
export function planOrderBy(items: OrderItem[], scope: QueryScope, ctx: OrderContext): string[] {
  return items.map((item) => {
    const direction = item.descending ? 'DESC' : 'ASC';
    const nulls = item.nulls ? ` NULLS ${item.nulls}` : '';
    const aliasColumn = item.expr.kind === 'field' && item.expr.path.length === 1 ? ctx.aliases.get((item.expr.path[0] as string).toLowerCase()) : undefined;
    let value: CompiledValue;
    try {
      value = compileValue(item.expr, scope);
    } catch (error) {
      if (aliasColumn !== undefined && error instanceof UsersimError) return `c${aliasColumn} ${direction}${nulls}`;
      throw error;
    }
    if (!ctx.aggregate && value.aggregate) {
      throw queryError('MALFORMED_QUERY', `aggregate functions are only allowed in aggregate queries: ${value.label}`, scope.source, item.expr.offset);
    }
    if (ctx.aggregate && !value.aggregate && !ctx.groupKeys.has(value.key)) {
      throw queryError('MALFORMED_QUERY', `Ordered field must be grouped or aggregated: ${value.label}`, scope.source, item.expr.offset);
    }
    const collate = value.type === 'text' ? ' COLLATE NOCASE' : '';
    return `${value.sql}${collate} ${direction}${nulls}`;
  });
}
