/**
 * The lexer shared by SOQL and SOSL. It turns query text into tokens that carry
 * their offset, so every later error can point at a row and column. Keywords
 * are not recognised here: they are ordinary identifiers that the parsers
 * compare case-insensitively, which lets objects such as `Order` keep names
 * that are also keywords. Date and dateTime values (`2024-01-15`,
 * `2024-01-15T08:00:00+02:00`) are lexed whole and normalised to the storage
 * format of the org (UTC, `YYYY-MM-DDTHH:MM:SSZ`).
 */
import { civilFromDays, daysFromCivil, formatCivil, parseCivil } from './civil-date.js';
import { queryError, type QueryErrorKind } from './query-error.js';

/** One lexical token. `text` is the source text; `value` the decoded value where there is one. */
export type Token =
  | { kind: 'ident'; text: string; offset: number }
  | { kind: 'number'; text: string; value: number; offset: number }
  /** `like` keeps `\%`, `\_` and `\\` escaped for a `LIKE … ESCAPE '\'` pattern. */
  | { kind: 'string'; text: string; value: string; like: string; offset: number }
  | { kind: 'date'; text: string; value: string; offset: number }
  | { kind: 'datetime'; text: string; value: string; offset: number }
  | { kind: 'punct'; text: string; offset: number }
  /** SOSL's `{search term}`: the raw text between the braces, escapes untouched. */
  | { kind: 'braced'; text: string; value: string; offset: number }
  | { kind: 'eof'; text: string; offset: number };

const TWO_CHAR_PUNCT = new Set(['!=', '<>', '<=', '>=']);
const ONE_CHAR_PUNCT = new Set(['(', ')', ',', '.', '=', '<', '>', ':', ';', '*']);
const STRING_ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})/;
const TIME_RE = /^T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-]\d{2}:?\d{2})/;

/** Splits `source` into tokens, ending with one `eof` token. Throws a Salesforce-like error on a bad character. */
export function tokenizeQuery(source: string, malformed: QueryErrorKind = 'MALFORMED_QUERY'): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  const fail = (message: string, at: number): never => {
    throw queryError(malformed, message, source, at);
  };
  while (i < source.length) {
    const ch = source[i] as string;
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    const start = i;
    if (/[A-Za-z_]/.test(ch)) {
      while (i < source.length && /[A-Za-z0-9_]/.test(source[i] as string)) i += 1;
      tokens.push({ kind: 'ident', text: source.slice(start, i), offset: start });
      continue;
    }
    const signed = (ch === '-' || ch === '+') && /\d/.test(source[i + 1] ?? '');
    if (/\d/.test(ch) || signed) {
      const temporal = signed ? undefined : lexTemporal(source, start, fail);
      if (temporal) {
        tokens.push(temporal);
        i = start + temporal.text.length;
        continue;
      }
      i += signed ? 2 : 1;
      while (i < source.length && /\d/.test(source[i] as string)) i += 1;
      if (source[i] === '.' && /\d/.test(source[i + 1] ?? '')) {
        i += 1;
        while (i < source.length && /\d/.test(source[i] as string)) i += 1;
      }
      const text = source.slice(start, i);
      tokens.push({ kind: 'number', text, value: Number(text), offset: start });
      continue;
    }
    if (ch === "'") {
      const lexed = lexString(source, start, fail);
      tokens.push(lexed);
      i = start + lexed.text.length;
      continue;
    }
    if (ch === '{') {
      let j = i + 1;
      while (j < source.length && source[j] !== '}') j += source[j] === '\\' ? 2 : 1;
      if (j >= source.length) fail("unexpected token: '<EOF>', expecting '}'", source.length);
      tokens.push({ kind: 'braced', text: source.slice(start, j + 1), value: source.slice(start + 1, j), offset: start });
      i = j + 1;
      continue;
    }
    const two = source.slice(i, i + 2);
    if (TWO_CHAR_PUNCT.has(two)) {
      tokens.push({ kind: 'punct', text: two, offset: start });
      i += 2;
      continue;
    }
    if (ONE_CHAR_PUNCT.has(ch)) {
      tokens.push({ kind: 'punct', text: ch, offset: start });
      i += 1;
      continue;
    }
    fail(`unexpected char: '${ch}'`, start);
  }
  tokens.push({ kind: 'eof', text: '<EOF>', offset: source.length });
  return tokens;
}

function lexString(source: string, start: number, fail: (m: string, at: number) => never): Token {
  let value = '';
  let like = '';
  let i = start + 1;
  for (;;) {
    if (i >= source.length) fail('unterminated string literal', start);
    const ch = source[i] as string;
    if (ch === "'") break;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === '%' || next === '_') {
        value += next;
        like += `\\${next}`;
      } else if (STRING_ESCAPES[next.toLowerCase()] !== undefined) {
        const decoded = STRING_ESCAPES[next.toLowerCase()] as string;
        value += decoded;
        like += decoded === '\\' ? '\\\\' : decoded;
      } else {
        fail(`Invalid string literal: illegal escape sequence '\\${next}'`, i);
      }
      i += 2;
      continue;
    }
    value += ch;
    like += ch;
    i += 1;
  }
  return { kind: 'string', text: source.slice(start, i + 1), value, like, offset: start };
}

/** Lexes `YYYY-MM-DD` or a full dateTime at `start`, or returns undefined when the text is not a date. */
function lexTemporal(source: string, start: number, fail: (m: string, at: number) => never): Token | undefined {
  const rest = source.slice(start, start + 40);
  const date = DATE_RE.exec(rest);
  if (!date) return undefined;
  const civil = parseCivil(date[0]);
  if (!civil) fail(`invalid date: '${date[0]}'`, start);
  const afterDate = rest.slice(date[0].length);
  if (!afterDate.startsWith('T')) return { kind: 'date', text: date[0], value: date[0], offset: start };
  const time = TIME_RE.exec(afterDate);
  if (!time) fail(`invalid dateTime: '${date[0]}${afterDate.split(/[\s),]/)[0] ?? ''}'`, start);
  const [whole, hh, mi, ss, , zone] = time as RegExpExecArray;
  const [h, mm, s] = [Number(hh), Number(mi), Number(ss)];
  if (h > 23 || mm > 59 || s > 59) fail(`invalid dateTime: '${date[0]}${whole}'`, start);
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.slice(1).replace(':', '');
    offsetMinutes = (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2))) * (zone[0] === '-' ? -1 : 1);
  }
  // Shift to UTC in whole minutes, carrying into the date when the offset crosses midnight.
  const minutes = daysFromCivil(civil as NonNullable<typeof civil>) * 1440 + h * 60 + mm - offsetMinutes;
  const dayIndex = Math.floor(minutes / 1440);
  const inDay = minutes - dayIndex * 1440;
  const clock = `${pad(Math.floor(inDay / 60))}:${pad(inDay % 60)}:${pad(s)}`;
  const value = `${formatCivil(civilFromDays(dayIndex))}T${clock}Z`;
  return { kind: 'datetime', text: date[0] + whole, value, offset: start };
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
