/**
 * A small SQLite lexer: just enough to find statement boundaries in a script,
 * the named parameters of a tool's SQL, and the leading keyword of an agent's
 * query. It only needs to tell code apart from string literals, quoted
 * identifiers and comments, so it is written here rather than pulling in a full
 * SQL parser; SQLite itself still parses and checks every statement.
 */

/** A lexical token. `word` covers keywords and bare identifiers. */
export interface SqlToken {
  kind: 'word' | 'string' | 'identifier' | 'comment' | 'parameter' | 'space' | 'punct' | 'number';
  text: string;
  /** Offset of the first character in the source. */
  start: number;
}

const WORD = /[A-Za-z_\u0080-\uffff][A-Za-z0-9_$\u0080-\uffff]*/y;
const NUMBER = /(?:0[xX][0-9A-Fa-f]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/y;
const PARAM = /[:@$][A-Za-z_][A-Za-z0-9_]*|\?\d*/y;
const SPACE = /\s+/y;

function matchAt(re: RegExp, text: string, at: number): string | null {
  re.lastIndex = at;
  const m = re.exec(text);
  return m ? m[0] : null;
}

/** Index just past the closing `quote`, honouring doubled quotes; the end of text when unterminated. */
function quotedEnd(text: string, at: number, quote: string): number {
  let i = at + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return text.length;
}

/** Splits SQL text into tokens. Unterminated strings and comments run to the end of the text. */
export function sqlTokens(text: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] as string;
    let kind: SqlToken['kind'];
    let end: number;
    let m: string | null;
    if ((m = matchAt(SPACE, text, i))) {
      kind = 'space';
      end = i + m.length;
    } else if (c === '-' && text[i + 1] === '-') {
      const nl = text.indexOf('\n', i);
      kind = 'comment';
      end = nl === -1 ? text.length : nl;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      kind = 'comment';
      end = close === -1 ? text.length : close + 2;
    } else if (c === "'") {
      kind = 'string';
      end = quotedEnd(text, i, "'");
    } else if (c === '"' || c === '`') {
      kind = 'identifier';
      end = quotedEnd(text, i, c);
    } else if (c === '[') {
      const close = text.indexOf(']', i);
      kind = 'identifier';
      end = close === -1 ? text.length : close + 1;
    } else if ((c === 'x' || c === 'X') && text[i + 1] === "'") {
      kind = 'string';
      end = quotedEnd(text, i + 1, "'");
    } else if ((m = matchAt(WORD, text, i))) {
      kind = 'word';
      end = i + m.length;
    } else if ((m = matchAt(NUMBER, text, i))) {
      kind = 'number';
      end = i + m.length;
    } else if ((m = matchAt(PARAM, text, i))) {
      kind = 'parameter';
      end = i + m.length;
    } else {
      kind = 'punct';
      end = i + 1;
    }
    tokens.push({ kind, text: text.slice(i, end), start: i });
    i = end;
  }
  return tokens;
}

/** Tokens that carry meaning (no whitespace or comments). */
export function significantTokens(text: string): SqlToken[] {
  return sqlTokens(text).filter((t) => t.kind !== 'space' && t.kind !== 'comment');
}

/** The first keyword of a statement, upper-cased, or null for an empty one. */
export function leadingKeyword(sql: string): string | null {
  const first = significantTokens(sql)[0];
  return first && first.kind === 'word' ? first.text.toUpperCase() : null;
}

/** Names of the `:name` / `@name` / `$name` parameters a statement uses, in first-use order. */
export function namedParameters(sql: string): string[] {
  const names: string[] = [];
  for (const t of sqlTokens(sql)) {
    if (t.kind === 'parameter' && t.text.length > 1 && t.text[0] !== '?') {
      const name = t.text.slice(1);
      if (!names.includes(name)) names.push(name);
    }
  }
  return names;
}

/** One statement of a script and where it starts. */
export interface SqlStatement {
  sql: string;
  start: number;
}

/**
 * Splits a script into statements at top-level semicolons. A `CREATE TRIGGER`
 * body holds semicolons of its own, so inside one the split waits for the
 * `END` that closes its `BEGIN`.
 */
export function splitSqlScript(text: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start: number | null = null;
  let words: string[] = [];
  let depth = 0;
  for (const t of sqlTokens(text)) {
    if (t.kind === 'space' || t.kind === 'comment') continue;
    if (start === null) start = t.start;
    if (t.kind === 'word') {
      const w = t.text.toUpperCase();
      if (words.length < 4) words.push(w);
      const isTrigger = words[0] === 'CREATE' && words.slice(1, 4).includes('TRIGGER');
      if (isTrigger && (w === 'BEGIN' || w === 'CASE')) depth++;
      if (isTrigger && w === 'END' && depth > 0) depth--;
    }
    if (t.kind === 'punct' && t.text === ';' && depth === 0) {
      out.push({ sql: text.slice(start, t.start + 1), start });
      start = null;
      words = [];
    }
  }
  if (start !== null) out.push({ sql: text.slice(start), start });
  return out;
}

/** 1-based line and column of an offset. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text[i] === '\n') {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}
