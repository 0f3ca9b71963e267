/**
 * The SOSL parser: `FIND {term} [IN ALL|NAME|EMAIL|PHONE FIELDS] [RETURNING
 * Object[(Field, … [WHERE …] [ORDER BY …] [LIMIT n] [OFFSET n])], …] [LIMIT n]`.
 * The search term stays raw here (see `sosl-search-term.ts`); the field lists
 * and WHERE clauses reuse the SOQL expression parsers. Syntax errors are
 * `MALFORMED_SEARCH`, as in Salesforce.
 */
import { parseCondition, parseFieldRef, parseOrderBy } from './parse-expression.js';
import { MAX_QUERY_LENGTH, parseSelect } from './parse-soql.js';
import { queryError } from './query-error.js';
import type { Condition, FieldRef, OrderItem } from './soql-ast.js';
import { TokenStream } from './token-stream.js';
import { tokenizeQuery } from './tokenize-query.js';

/** Which fields the search term is matched against. */
export type SearchScope = 'ALL' | 'NAME' | 'EMAIL' | 'PHONE';

/** One object of a RETURNING clause. */
export interface ReturningSpec {
  object: string;
  offset: number;
  /** Empty when the object was named without a field list (only Id is returned). */
  fields: FieldRef[];
  where?: Condition;
  orderBy?: OrderItem[];
  limit?: { value: number; offset: number };
  /** The OFFSET clause. */
  skip?: { value: number; offset: number };
}

/** A whole SOSL FIND statement. */
export interface SoslQuery {
  /** The text between the braces, escapes untouched, and the offset of the opening brace. */
  term: { text: string; offset: number };
  scope: SearchScope;
  /** Absent when there is no RETURNING clause: every searchable object is searched. */
  returning?: ReturningSpec[];
  limit?: { value: number; offset: number };
}

/**
 * Parses one SOSL FIND statement.
 *
 * @throws UsersimError `E_SQL` with a `MALFORMED_SEARCH: …` message and the row and column of the problem.
 */
export function parseSosl(source: string): SoslQuery {
  if (source.length > MAX_QUERY_LENGTH) {
    throw queryError('MALFORMED_SEARCH', `SOSL statements cannot exceed ${MAX_QUERY_LENGTH} characters`, source);
  }
  const stream = new TokenStream(tokenizeQuery(source, 'MALFORMED_SEARCH'), source, 'MALFORMED_SEARCH');
  stream.expectKeyword('FIND');
  const termToken = stream.next();
  if (termToken.kind !== 'braced') throw stream.error(`unexpected token: '${termToken.text}', expecting a search term in braces: FIND {…}`, termToken.offset);
  const query: SoslQuery = { term: { text: termToken.value, offset: termToken.offset }, scope: 'ALL' };
  if (stream.acceptKeyword('IN')) {
    const word = stream.next();
    const scope = word.kind === 'ident' ? word.text.toUpperCase() : '';
    if (scope !== 'ALL' && scope !== 'NAME' && scope !== 'EMAIL' && scope !== 'PHONE') {
      throw stream.error(`unexpected token: '${word.text}', expecting ALL, NAME, EMAIL or PHONE FIELDS`, word.offset);
    }
    stream.expectKeyword('FIELDS');
    query.scope = scope;
  }
  if (stream.acceptKeyword('RETURNING')) {
    const returning: ReturningSpec[] = [];
    do returning.push(parseReturning(stream));
    while (stream.acceptPunct(','));
    query.returning = returning;
  }
  if (stream.acceptKeyword('LIMIT')) query.limit = stream.expectInteger('LIMIT');
  if (stream.peek().kind !== 'eof') throw stream.unexpected();
  return query;
}

function parseReturning(stream: TokenStream): ReturningSpec {
  const objectToken = stream.expectName('an object name');
  const spec: ReturningSpec = { object: objectToken.text, offset: objectToken.offset, fields: [] };
  if (!stream.acceptPunct('(')) return spec;
  do spec.fields.push(parseFieldRef(stream));
  while (stream.acceptPunct(','));
  if (stream.acceptKeyword('WHERE')) spec.where = parseCondition(stream, parseSelect);
  if (stream.isKeyword('ORDER')) {
    stream.next();
    stream.expectKeyword('BY');
    spec.orderBy = parseOrderBy(stream);
  }
  if (stream.acceptKeyword('LIMIT')) spec.limit = stream.expectInteger('LIMIT');
  if (stream.acceptKeyword('OFFSET')) spec.skip = stream.expectInteger('OFFSET');
  stream.expectPunct(')');
  return spec;
}
