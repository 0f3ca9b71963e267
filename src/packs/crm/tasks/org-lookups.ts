/**
 * Small read helpers the task templates share: typed queries on the built
 * org, and the records most templates sample from (products, issues, users).
 * They read the generator's tables directly with SQLite, independent of the
 * SOQL translator the agents use, so a gold answer never depends on the code
 * under test.
 */
import type Database from 'better-sqlite3';

/** Runs a read query and returns its rows typed as `T`. */
export function rows<T>(db: Database.Database, sql: string, ...params: (string | number)[]): T[] {
  return db.prepare(sql).all(...params) as T[];
}

/** A named record. */
export interface Named {
  id: string;
  name: string;
}

/** Records of an object with a Name field, in Id order; names containing a quote are left out, as they cannot sit in a SOQL string literal unescaped. */
export function namedRecords(db: Database.Database, object: 'Product2' | 'Issue__c' | 'Account' | 'User', where = '1 = 1'): Named[] {
  return rows<Named>(db, `SELECT Id AS id, Name AS name FROM "${object}" WHERE ${where} AND Name NOT LIKE '%''%' AND Name NOT LIKE '%\\%' ORDER BY Id`);
}

/** Names that occur once among `records`, so that a name identifies its record. */
export function uniqueNames(records: readonly Named[]): Set<string> {
  const counts = new Map<string, number>();
  for (const r of records) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return new Set([...counts].filter(([, n]) => n === 1).map(([name]) => name));
}

/** The name of a user, for personas: a manager of the given title, picked by the caller's index. */
export function usersWithTitle(db: Database.Database, title: string): Named[] {
  return rows<Named>(db, 'SELECT Id AS id, Name AS name FROM "User" WHERE Title = ? ORDER BY Id', title);
}

/** The gold of a "which record" question: its Id, and its name as an accepted alternative when the name is unique. */
export function recordGold(record: Named, unique: ReadonlySet<string>): string | string[] {
  return unique.has(record.name) ? [record.id, record.name] : record.id;
}
