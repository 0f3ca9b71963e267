/**
 * The SOQL parser: query text to a `SoqlQuery` tree, checking syntax only.
 * Names are resolved later against the org schema by the compiler. The clause
 * order is Salesforce's: SELECT, FROM, WHERE, GROUP BY, HAVING, ORDER BY, LIMIT,
 * OFFSET. Anything after the query, a `;` and a second statement included, is
 * an `unexpected token`, and any statement other than SELECT is refused here,
 * which is the first of the layers that keep the tool read-only.
 *
 * No maintained JavaScript library parses SOQL into a tree we could compile to
 * SQLite (the existing ones build query strings, or target Apex tooling), so
 * the grammar is written out here.
 */
import { parseCondition, parseFieldRef, parseOrderBy, parseValueExpr } from './parse-expression.js';
import { queryError } from './query-error.js';
import type { SelectItem, SoqlQuery, ValueExpr } from './soql-ast.js';
import { RESERVED_WORDS, TokenStream } from './token-stream.js';
import { tokenizeQuery } from './tokenize-query.js';

/** Salesforce's own limit on the length of a SOQL statement. */
export const MAX_QUERY_LENGTH = 100_000;

/**
 * Parses one SOQL SELECT statement.
 *
 * @throws UsersimError `E_SQL` with a `MALFORMED_QUERY: …` message and the row and column of the problem.
 */
export function parseSoql(source: string): SoqlQuery {
  if (source.length > MAX_QUERY_LENGTH) {
    throw queryError('MALFORMED_QUERY', `SOQL statements cannot exceed ${MAX_QUERY_LENGTH} characters`, source);
  }
  const stream = new TokenStream(tokenizeQuery(source, 'MALFORMED_QUERY'), source, 'MALFORMED_QUERY');
  if (!stream.isKeyword('SELECT')) {
    const first = stream.peek();
    const hint = first.kind === 'ident' ? ', only read-only SELECT queries are supported' : '';
    throw stream.error(`unexpected token: '${first.text}'${hint}`, first.offset);
  }
  const query = parseSelect(stream);
  if (stream.peek().kind !== 'eof') throw stream.unexpected();
  return query;
}

/** Parses a SELECT statement at the stream's position (also used for semi-join subqueries). */
export function parseSelect(stream: TokenStream): SoqlQuery {
  stream.expectKeyword('SELECT');
  const select: SelectItem[] = [];
  do {
    const start = stream.peek().offset;
    if (stream.isPunct('(') && stream.isKeyword('SELECT', 1)) {
      throw stream.error(
        'parent-to-child subqueries are not supported here; query the child object and filter on its reference field instead',
        start,
      );
    }
    const expr = parseValueExpr(stream, true);
    const aliasToken = stream.peek();
    const item: SelectItem = { expr, offset: start };
    if (aliasToken.kind === 'ident' && !RESERVED_WORDS.has(aliasToken.text.toUpperCase())) {
      item.alias = stream.next().text;
    }
    select.push(item);
  } while (stream.acceptPunct(','));

  stream.expectKeyword('FROM');
  const objectToken = stream.expectName('an object name');
  const query: SoqlQuery = { select, from: { object: objectToken.text, offset: objectToken.offset } };
  const aliasToken = stream.peek();
  if (aliasToken.kind === 'ident' && !RESERVED_WORDS.has(aliasToken.text.toUpperCase())) {
    query.from.alias = stream.next().text;
  }
  if (stream.acceptKeyword('WHERE')) query.where = parseCondition(stream, parseSelect);
  if (stream.isKeyword('GROUP')) {
    stream.next();
    stream.expectKeyword('BY');
    if (stream.isKeyword('ROLLUP') || stream.isKeyword('CUBE')) throw stream.error('GROUP BY ROLLUP and CUBE are not supported', stream.peek().offset);
    const groupBy: ValueExpr[] = [];
    do groupBy.push(parseGroupItem(stream));
    while (stream.acceptPunct(','));
    query.groupBy = groupBy;
  }
  if (stream.acceptKeyword('HAVING')) query.having = parseCondition(stream, parseSelect);
  if (stream.isKeyword('ORDER')) {
    stream.next();
    stream.expectKeyword('BY');
    query.orderBy = parseOrderBy(stream);
  }
  if (stream.acceptKeyword('LIMIT')) query.limit = stream.expectInteger('LIMIT');
  if (stream.acceptKeyword('OFFSET')) query.offset = stream.expectInteger('OFFSET');
  return query;
}

function parseGroupItem(stream: TokenStream): ValueExpr {
  const token = stream.peek();
  if (token.kind === 'ident' && stream.isPunct('(', 1)) {
    const expr = parseValueExpr(stream);
    if (expr.kind !== 'dateFunction') throw stream.error('GROUP BY takes fields and date functions', token.offset);
    return expr;
  }
  return parseFieldRef(stream);
}
