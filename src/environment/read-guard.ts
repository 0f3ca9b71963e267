/**
 * The guard in front of every read-only query: the agent's free SQL, the
 * declared query tools and the judge's state assertions. SQLite's own
 * `query_only` pragma is not enough on its own: `ATTACH` and `VACUUM INTO`
 * create files even with it set, and `PRAGMA query_only = 0` counts as a
 * read-only statement. So a query must pass three checks before it runs: a
 * single statement, a leading SELECT / WITH / VALUES, and SQLite's verdict that
 * the prepared statement is read-only and returns rows. Running time is not
 * bounded: better-sqlite3 has no progress handler or interrupt, so a runaway
 * recursive CTE would block the process.
 */
import { UsersimError } from '../errors.js';
import { significantTokens } from './sql-lexer.js';

const READ_KEYWORDS = new Set(['SELECT', 'WITH', 'VALUES']);

/** Statements that are valid SQL but not queries: refused as writes rather than as syntax errors. */
const NON_QUERY_KEYWORDS = new Set([
  'INSERT', 'UPDATE', 'DELETE', 'REPLACE', 'CREATE', 'DROP', 'ALTER', 'ATTACH', 'DETACH', 'PRAGMA',
  'VACUUM', 'REINDEX', 'ANALYZE', 'BEGIN', 'COMMIT', 'END', 'ROLLBACK', 'SAVEPOINT', 'RELEASE', 'EXPLAIN',
]);

/** Words that must never appear in agent SQL, whatever the statement. */
const FORBIDDEN_WORDS = new Set(['LOAD_EXTENSION', 'ATTACH', 'DETACH', 'PRAGMA', 'VACUUM']);

function refuse(message: string): never {
  throw new UsersimError('E_SQL_READONLY', message);
}

/**
 * Checks the text of a query before it is prepared. Throws `E_SQL_READONLY`
 * when it is more than one statement, starts with a statement keyword other
 * than SELECT, WITH or VALUES (INSERT, DROP, PRAGMA, …), or mentions ATTACH,
 * DETACH, PRAGMA, VACUUM or load_extension; throws `E_SQL` when it is empty or
 * starts with anything else.
 */
export function checkReadOnlyText(sql: string): void {
  const tokens = significantTokens(sql);
  const first = tokens[0];
  if (!first) throw new UsersimError('E_SQL', 'empty query');
  const semicolon = tokens.findIndex((t) => t.kind === 'punct' && t.text === ';');
  if (semicolon !== -1 && semicolon < tokens.length - 1) {
    refuse('only one statement may be run at a time');
  }
  const keyword = first.kind === 'word' ? first.text.toUpperCase() : first.text;
  if (NON_QUERY_KEYWORDS.has(keyword)) {
    refuse(`only read-only queries (SELECT, WITH, VALUES) are allowed, not ${keyword}`);
  }
  if (!READ_KEYWORDS.has(keyword)) {
    // Never handed to SQLite: text that is not a query is not prepared at all.
    throw new UsersimError('E_SQL', `syntax error near "${first.text}": a query starts with SELECT, WITH or VALUES`);
  }
  for (const t of tokens) {
    if (t.kind === 'word' && FORBIDDEN_WORDS.has(t.text.toUpperCase())) {
      refuse(`${t.text} is not allowed in a read-only query`);
    }
  }
}

/** What SQLite says about a prepared statement. */
export interface PreparedVerdict {
  readonly: boolean;
  reader: boolean;
}

/** Checks SQLite's verdict on a prepared statement; throws `E_SQL_READONLY` for anything that could write. */
export function checkReadOnlyStatement(verdict: PreparedVerdict): void {
  if (!verdict.readonly) refuse('the query would change the database; this tool is read-only');
  if (!verdict.reader) refuse('the statement returns no rows; only queries are allowed');
}
