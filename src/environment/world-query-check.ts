/**
 * Load-time check of a judge's state query against a world: it must be one
 * read-only statement that SQLite prepares on the world's database. Catching
 * a misspelt column here beats scoring every episode of a run as failed.
 */
import { openSqliteSession } from './sqlite-session.js';
import type { World } from './world.js';

/** Why `sql` cannot serve as a state query on `world`, or undefined when it can. */
export function queryProblem(world: World, sql: string): string | undefined {
  const session = openSqliteSession(world.image, world.today === undefined ? {} : { today: world.today });
  try {
    session.readArrays(`SELECT * FROM (${sql.trim().replace(/;\s*$/, '')}) LIMIT 0`);
    return undefined;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  } finally {
    session.close();
  }
}
