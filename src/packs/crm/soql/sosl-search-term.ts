/**
 * Translates a SOSL search term (the text inside `FIND { … }`) into an FTS5
 * MATCH expression. SOSL terms have words, "quoted phrases", `*` and `?`
 * wildcards, AND, OR, AND NOT and parentheses, with adjacent terms ANDed and
 * backslash escapes for reserved characters. Each word is cut into the
 * letter-and-digit tokens FTS5's default tokenizer (unicode61) indexes, and
 * re-emitted only as double-quoted FTS5 strings, so no character of the input
 * can reach FTS5 as syntax. A word with inner punctuation (`ann.lee@acme.com`,
 * `WP-100`) becomes a phrase of its tokens. FTS5 has prefix queries only, so a
 * wildcard matches as a prefix query on the part of the word before it.
 */
import { queryError } from './query-error.js';

type TermNode =
  | { kind: 'text'; tokens: string[]; prefix: boolean }
  | { kind: 'and' | 'or'; left: TermNode; right: TermNode }
  | { kind: 'andNot'; left: TermNode; right: TermNode };

/** `wildcard` is the index in `text` of the first unescaped `*` or `?`, if any. */
type Lexeme = { kind: 'word' | 'phrase' | 'open' | 'close' | 'op'; text: string; at: number; wildcard?: number };

const TOKEN_RE = /[\p{L}\p{N}]+/gu;

/** Returns the FTS5 MATCH expression for a SOSL term. `offset` is where the term starts in `source`. */
export function compileSearchTerm(raw: string, source: string, offset: number): string {
  const fail = (message: string, at = 0): never => {
    throw queryError('MALFORMED_SEARCH', message, source, offset + 1 + at);
  };
  const lexemes = lex(raw, fail);
  let position = 0;
  const peek = (): Lexeme | undefined => lexemes[position];

  const parseOr = (depth: number): TermNode | null => {
    if (depth > 32) fail('search term is nested too deeply');
    let left = parseAnd(depth);
    while (peek()?.kind === 'op' && peek()?.text === 'OR') {
      position += 1;
      left = combine('or', left, parseAnd(depth));
    }
    return left;
  };
  const parseAnd = (depth: number): TermNode | null => {
    let left = parseUnary(depth);
    for (;;) {
      const next = peek();
      if (!next || next.kind === 'close' || (next.kind === 'op' && next.text === 'OR')) return left;
      let kind: 'and' | 'andNot' = 'and';
      if (next.kind === 'op' && next.text === 'AND') {
        position += 1;
        if (peek()?.kind === 'op' && peek()?.text === 'NOT') {
          position += 1;
          kind = 'andNot';
        }
      } else if (next.kind === 'op' && next.text === 'NOT') {
        position += 1;
        kind = 'andNot';
      }
      const right = parseUnary(depth);
      if (kind === 'andNot' && right && !left) fail('AND NOT needs a term before it', next.at);
      left = combine(kind, left, right);
    }
  };
  const parseUnary = (depth: number): TermNode | null => {
    const lexeme = peek();
    if (!lexeme) return fail('search term ends where a word was expected', raw.length);
    position += 1;
    if (lexeme.kind === 'open') {
      const inner = parseOr(depth + 1);
      if (peek()?.kind !== 'close') fail("missing ')' in search term", lexeme.at);
      position += 1;
      return inner;
    }
    if (lexeme.kind === 'close' || lexeme.kind === 'op') return fail(`unexpected '${lexeme.text}' in search term`, lexeme.at);
    return textNode(lexeme, fail);
  };

  const tree = parseOr(0);
  if (position < lexemes.length) fail(`unexpected '${lexemes[position]?.text}' in search term`, lexemes[position]?.at);
  const letters = countLetters(tree);
  if (!tree || letters < 2) throw queryError('INVALID_SEARCH', 'search term must be longer than one character', source, offset);
  return emit(tree);
}

function lex(raw: string, fail: (message: string, at?: number) => never): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  while (i < raw.length) {
    const ch = raw[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
    } else if (ch === '(' || ch === ')') {
      out.push({ kind: ch === '(' ? 'open' : 'close', text: ch, at: i });
      i += 1;
    } else if (ch === '"') {
      const end = raw.indexOf('"', i + 1);
      if (end < 0) fail('unterminated phrase in search term', i);
      out.push({ kind: 'phrase', text: raw.slice(i + 1, end), at: i });
      i = end + 1;
    } else {
      const start = i;
      let text = '';
      let wildcard: number | undefined;
      let escaped = false;
      while (i < raw.length && !/[\s()"]/.test(raw[i] as string)) {
        if (raw[i] === '\\' && i + 1 < raw.length) {
          // An escaped character is literal, so an escaped * is not a wildcard.
          text += raw[i + 1];
          escaped = true;
          i += 2;
          continue;
        }
        if (wildcard === undefined && (raw[i] === '*' || raw[i] === '?')) wildcard = text.length;
        text += raw[i];
        i += 1;
      }
      const upper = text.toUpperCase();
      const isOp = !escaped && wildcard === undefined && (upper === 'AND' || upper === 'OR' || upper === 'NOT');
      out.push(isOp ? { kind: 'op', text: upper, at: start } : { kind: 'word', text, at: start, ...(wildcard === undefined ? {} : { wildcard }) });
    }
  }
  return out;
}

function textNode(lexeme: Lexeme, fail: (message: string, at?: number) => never): TermNode | null {
  const text = lexeme.text;
  const wildcard = lexeme.kind === 'phrase' ? text.search(/[*?]/) : (lexeme.wildcard ?? -1);
  const before = wildcard < 0 ? text : text.slice(0, wildcard);
  const tokens = before.match(TOKEN_RE) ?? [];
  if (wildcard >= 0 && tokens.length === 0) fail('a wildcard must follow at least one letter or digit', lexeme.at);
  if (tokens.length === 0) return null;
  return { kind: 'text', tokens: tokens.map((token) => token.toLowerCase()), prefix: wildcard >= 0 };
}

function combine(kind: 'and' | 'or' | 'andNot', left: TermNode | null, right: TermNode | null): TermNode | null {
  if (!left) return kind === 'andNot' ? null : right;
  if (!right) return left;
  return { kind, left, right };
}

function countLetters(node: TermNode | null): number {
  if (!node) return 0;
  if (node.kind === 'text') return node.tokens.reduce((sum, token) => sum + token.length, 0);
  return countLetters(node.left) + countLetters(node.right);
}

function emit(node: TermNode): string {
  switch (node.kind) {
    case 'text':
      return `"${node.tokens.join(' ')}"${node.prefix ? ' *' : ''}`;
    case 'and':
      return `(${emit(node.left)} AND ${emit(node.right)})`;
    case 'or':
      return `(${emit(node.left)} OR ${emit(node.right)})`;
    case 'andNot':
      return `(${emit(node.left)} NOT ${emit(node.right)})`;
  }
}
