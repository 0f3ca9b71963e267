/**
 * Load-time check of a judge's state query against a world: it must be one
 * read-only statement (the agent's read guard) that SQLite prepares on the
 * world's database. Catching a misspelt column or a write here beats scoring
 * every episode of a run as failed. The query is prepared, never run.
 */
import { UsersimError } from '../errors.js';
import { openSqliteSession } from './sqlite-session.js';
import type { World } from './world.js';

/** Why `sql` cannot serve as a state query on `world`, or undefined when it can. */
export function queryProblem(world: World, sql: string): string | undefined {
  const session = openSqliteSession(world.image, world.today === undefined ? {} : { today: world.today });
  try {
    session.check(sql);
    return undefined;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const readOnly = error instanceof UsersimError && error.code === 'E_SQL_READONLY';
    return `${readOnly ? 'must be one read-only query' : 'does not run'}: ${message}`;
  } finally {
    session.close();
  }
}
