/**
 * Parsers for the parts SOQL and SOSL share: field paths, function calls
 * (aggregates, date functions, FIELDS()), literals, WHERE/HAVING conditions and
 * ORDER BY lists. Semi-join subqueries are parsed through a callback so this
 * module need not know the SELECT grammar. SOQL forbids mixing AND and OR at
 * one level without parentheses, and so does this parser, which also removes
 * any doubt about precedence.
 */
import { dateLiteralArity } from './date-literals.js';
import type {
  AggregateName,
  ComparisonOperator,
  Condition,
  DateFunctionCall,
  DateFunctionName,
  FieldRef,
  FieldsCall,
  Literal,
  OrderItem,
  SoqlQuery,
  ValueExpr,
} from './soql-ast.js';
import type { TokenStream } from './token-stream.js';

const AGGREGATES = new Set<AggregateName>(['COUNT', 'COUNT_DISTINCT', 'SUM', 'AVG', 'MIN', 'MAX']);
const DATE_FUNCTIONS = new Set<DateFunctionName>([
  'CALENDAR_YEAR', 'CALENDAR_QUARTER', 'CALENDAR_MONTH', 'DAY_IN_MONTH', 'DAY_IN_WEEK', 'DAY_IN_YEAR', 'WEEK_IN_MONTH',
  'WEEK_IN_YEAR', 'HOUR_IN_DAY', 'DAY_ONLY', 'FISCAL_YEAR', 'FISCAL_QUARTER', 'FISCAL_MONTH',
]);
const COMPARISONS = new Set(['=', '!=', '<>', '<', '<=', '>', '>=']);

/** Parses a subquery inside `IN ( … )`, starting at SELECT. */
export type SubqueryParser = (stream: TokenStream) => SoqlQuery;

/** `Name` or `Account.Owner.Name`. */
export function parseFieldRef(stream: TokenStream): FieldRef {
  const first = stream.expectName('a field name');
  const path = [first.text];
  while (stream.acceptPunct('.')) path.push(stream.expectName('a field name after "."').text);
  return { kind: 'field', path, offset: first.offset };
}

/** A field path, a date function call or an aggregate call; `FIELDS()` only where `allowFields`. */
export function parseValueExpr(stream: TokenStream, allowFields = false): ValueExpr | FieldsCall {
  const token = stream.peek();
  if (token.kind !== 'ident' || !stream.isPunct('(', 1)) return parseFieldRef(stream);
  const name = token.text.toUpperCase();
  if (AGGREGATES.has(name as AggregateName)) {
    stream.next();
    stream.expectPunct('(');
    if (name === 'COUNT' && stream.acceptPunct(')')) return { kind: 'aggregate', name: 'COUNT', arg: null, offset: token.offset };
    const arg = stream.isPunct('(', 1) ? parseDateFunction(stream) : parseFieldRef(stream);
    stream.expectPunct(')');
    return { kind: 'aggregate', name: name as AggregateName, arg, offset: token.offset };
  }
  if (DATE_FUNCTIONS.has(name as DateFunctionName)) return parseDateFunction(stream);
  if (name === 'FIELDS' && allowFields) {
    stream.next();
    stream.expectPunct('(');
    const scope = stream.next();
    const upper = scope.kind === 'ident' ? scope.text.toUpperCase() : '';
    if (upper !== 'ALL' && upper !== 'STANDARD' && upper !== 'CUSTOM') throw stream.error('FIELDS() takes ALL, STANDARD or CUSTOM', scope.offset);
    stream.expectPunct(')');
    return { kind: 'fields', scope: upper, offset: token.offset };
  }
  throw stream.error(`unknown function: '${token.text}'`, token.offset);
}

function parseDateFunction(stream: TokenStream): DateFunctionCall {
  const token = stream.next();
  const name = token.text.toUpperCase() as DateFunctionName;
  if (token.kind !== 'ident' || !DATE_FUNCTIONS.has(name)) throw stream.error(`unknown function: '${token.text}'`, token.offset);
  stream.expectPunct('(');
  let arg: FieldRef;
  if (stream.isKeyword('CONVERTTIMEZONE') && stream.isPunct('(', 1)) {
    // The org's time zone is UTC, so converting to it changes nothing.
    stream.next();
    stream.expectPunct('(');
    arg = parseFieldRef(stream);
    stream.expectPunct(')');
  } else {
    arg = parseFieldRef(stream);
  }
  stream.expectPunct(')');
  return { kind: 'dateFunction', name, arg, offset: token.offset };
}

/** A value on the right of a comparison. */
export function parseLiteral(stream: TokenStream): Literal {
  const token = stream.peek();
  switch (token.kind) {
    case 'string':
      stream.next();
      return { kind: 'string', value: token.value, like: token.like, offset: token.offset };
    case 'number':
      stream.next();
      return { kind: 'number', value: token.value, text: token.text, offset: token.offset };
    case 'date':
    case 'datetime':
      stream.next();
      return { kind: token.kind, value: token.value, offset: token.offset };
    case 'ident': {
      const upper = token.text.toUpperCase();
      if (upper === 'TRUE' || upper === 'FALSE') {
        stream.next();
        return { kind: 'boolean', value: upper === 'TRUE', offset: token.offset };
      }
      if (upper === 'NULL') {
        stream.next();
        return { kind: 'null', offset: token.offset };
      }
      const arity = dateLiteralArity(upper);
      if (arity === undefined) break;
      stream.next();
      if (arity === 'plain') return { kind: 'dateLiteral', name: upper, offset: token.offset };
      stream.expectPunct(':');
      const n = stream.expectInteger(upper);
      return { kind: 'dateLiteral', name: upper, n: n.value, offset: token.offset };
    }
    default:
      break;
  }
  throw stream.unexpected();
}

/** A WHERE or HAVING condition. */
export function parseCondition(stream: TokenStream, subquery: SubqueryParser): Condition {
  return stream.nested(() => {
    const first = parseUnary(stream, subquery);
    const items = [first];
    let joiner: 'AND' | 'OR' | undefined;
    while (stream.isKeyword('AND') || stream.isKeyword('OR')) {
      const word = stream.peek().text.toUpperCase() as 'AND' | 'OR';
      if (joiner && word !== joiner) throw stream.unexpected('use parentheses to combine AND and OR');
      joiner = word;
      stream.next();
      items.push(parseUnary(stream, subquery));
    }
    if (!joiner) return first;
    return { kind: joiner === 'AND' ? 'and' : 'or', items };
  });
}

function parseUnary(stream: TokenStream, subquery: SubqueryParser): Condition {
  const token = stream.peek();
  if (stream.acceptKeyword('NOT')) return { kind: 'not', item: stream.nested(() => parseUnary(stream, subquery)), offset: token.offset };
  if (stream.acceptPunct('(')) {
    const inner = parseCondition(stream, subquery);
    stream.expectPunct(')');
    return inner;
  }
  return parsePredicate(stream, subquery);
}

function parsePredicate(stream: TokenStream, subquery: SubqueryParser): Condition {
  const left = parseValueExpr(stream) as ValueExpr;
  const opToken = stream.peek();
  if (opToken.kind === 'punct' && COMPARISONS.has(opToken.text)) {
    stream.next();
    const op = (opToken.text === '<>' ? '!=' : opToken.text) as ComparisonOperator;
    return { kind: 'compare', left, op, right: parseLiteral(stream), offset: opToken.offset };
  }
  if (stream.acceptKeyword('LIKE')) return { kind: 'compare', left, op: 'LIKE', right: parseLiteral(stream), offset: opToken.offset };
  const negated = stream.isKeyword('NOT') && stream.isKeyword('IN', 1);
  if (negated) stream.next();
  if (stream.acceptKeyword('IN')) {
    stream.expectPunct('(');
    if (stream.isKeyword('SELECT')) {
      const query = stream.nested(() => subquery(stream));
      stream.expectPunct(')');
      return { kind: 'semiJoin', left, negated, query, offset: opToken.offset };
    }
    const values = [parseLiteral(stream)];
    while (stream.acceptPunct(',')) values.push(parseLiteral(stream));
    stream.expectPunct(')');
    return { kind: 'in', left, negated, values, offset: opToken.offset };
  }
  if (stream.isKeyword('INCLUDES') || stream.isKeyword('EXCLUDES')) {
    throw stream.error('INCLUDES and EXCLUDES apply only to multi-select picklists, and this org has none', opToken.offset);
  }
  throw stream.unexpected('expecting a comparison operator');
}

/** The list after ORDER BY. */
export function parseOrderBy(stream: TokenStream): OrderItem[] {
  const items: OrderItem[] = [];
  do {
    const expr = parseValueExpr(stream) as ValueExpr;
    let descending = false;
    if (stream.acceptKeyword('DESC')) descending = true;
    else stream.acceptKeyword('ASC');
    let nulls: 'FIRST' | 'LAST' | undefined;
    if (stream.acceptKeyword('NULLS')) {
      if (stream.acceptKeyword('FIRST')) nulls = 'FIRST';
      else if (stream.acceptKeyword('LAST')) nulls = 'LAST';
      else throw stream.unexpected("expecting 'FIRST' or 'LAST'");
    }
    items.push(nulls ? { expr, descending, nulls } : { expr, descending });
  } while (stream.acceptPunct(','));
  return items;
}
