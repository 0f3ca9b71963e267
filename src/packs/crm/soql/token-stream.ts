/**
 * A cursor over lexed tokens for the recursive-descent parsers of SOQL and
 * SOSL. Keywords are matched case-insensitively on identifier tokens, and every
 * failure becomes a Salesforce-style `unexpected token` error at the token's
 * position. A nesting guard keeps pathological inputs (thousands of opening
 * parentheses) from exhausting the stack.
 */
import type { UsersimError } from '../../../errors.js';
import { queryError, type QueryErrorKind } from './query-error.js';
import type { Token } from './tokenize-query.js';

/** Words that can never be an alias, so `FROM Account WHERE …` does not read WHERE as an alias. */
export const RESERVED_WORDS = new Set([
  'SELECT', 'FROM', 'WHERE', 'AND', 'OR', 'NOT', 'IN', 'LIKE', 'INCLUDES', 'EXCLUDES', 'GROUP', 'BY', 'HAVING',
  'ORDER', 'ASC', 'DESC', 'NULLS', 'FIRST', 'LAST', 'LIMIT', 'OFFSET', 'NULL', 'TRUE', 'FALSE', 'WITH', 'FOR',
  'USING', 'TYPEOF', 'ROLLUP', 'CUBE', 'FIND', 'RETURNING',
]);

const MAX_DEPTH = 64;

/** The parsers' cursor over tokens. */
export class TokenStream {
  private index = 0;
  private depth = 0;

  constructor(
    private readonly tokens: Token[],
    /** The query text, for error positions. */
    readonly source: string,
    /** `MALFORMED_QUERY` for SOQL, `MALFORMED_SEARCH` for SOSL. */
    readonly malformed: QueryErrorKind,
  ) {}

  /** The current token, or one further ahead. */
  peek(ahead = 0): Token {
    return this.tokens[Math.min(this.index + ahead, this.tokens.length - 1)] as Token;
  }

  next(): Token {
    const token = this.peek();
    if (token.kind !== 'eof') this.index += 1;
    return token;
  }

  /** True when the token `ahead` is the keyword `word` (an identifier, any case). */
  isKeyword(word: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'ident' && token.text.toUpperCase() === word;
  }

  isPunct(text: string, ahead = 0): boolean {
    const token = this.peek(ahead);
    return token.kind === 'punct' && token.text === text;
  }

  /** Consumes the keyword if present. */
  acceptKeyword(word: string): boolean {
    if (!this.isKeyword(word)) return false;
    this.index += 1;
    return true;
  }

  acceptPunct(text: string): boolean {
    if (!this.isPunct(text)) return false;
    this.index += 1;
    return true;
  }

  expectKeyword(word: string): Token {
    if (!this.isKeyword(word)) throw this.unexpected(`expecting '${word}'`);
    return this.next();
  }

  expectPunct(text: string): Token {
    if (!this.isPunct(text)) throw this.unexpected(`expecting '${text}'`);
    return this.next();
  }

  /** An identifier that is not a reserved word (object, field, alias names). */
  expectName(what: string): Token & { kind: 'ident' } {
    const token = this.peek();
    if (token.kind !== 'ident' || (RESERVED_WORDS.has(token.text.toUpperCase()) && !this.isNameDespiteKeyword())) throw this.unexpected(`expecting ${what}`);
    this.index += 1;
    return token;
  }

  /**
   * `Order` is a standard object and relationship name as well as the start of
   * ORDER BY (likewise `Group`); it is a name unless BY follows it.
   */
  private isNameDespiteKeyword(): boolean {
    const word = this.peek().text.toUpperCase();
    return (word === 'ORDER' || word === 'GROUP') && !this.isKeyword('BY', 1);
  }

  /** A non-negative integer, as LIMIT and OFFSET take. */
  expectInteger(what: string): { value: number; offset: number } {
    const token = this.peek();
    if (token.kind !== 'number' || !/^\d+$/.test(token.text)) throw this.unexpected(`expecting a non-negative integer for ${what}`);
    this.index += 1;
    return { value: token.value, offset: token.offset };
  }

  /** The error for the current token. */
  unexpected(hint?: string): UsersimError {
    const token = this.peek();
    const shown = token.kind === 'eof' ? "'<EOF>'" : `'${token.text}'`;
    return queryError(this.malformed, `unexpected token: ${shown}${hint ? `, ${hint}` : ''}`, this.source, token.offset);
  }

  /** An error at an arbitrary offset with this stream's malformed code. */
  error(message: string, offset: number): UsersimError {
    return queryError(this.malformed, message, this.source, offset);
  }

  /** Runs a nested parse, refusing nesting deeper than any real query needs. */
  nested<T>(parse: () => T): T {
    if (this.depth >= MAX_DEPTH) throw this.error('query is nested too deeply', this.peek().offset);
    this.depth += 1;
    try {
      return parse();
    } finally {
      this.depth -= 1;
    }
  }
}
