/**
 * Turns the in-memory records into a SQLite image following the org-schema
 * storage conventions: one table per object and one column per field in
 * describe order, indexes on lookups, an FTS5 `<Object>__search` table for
 * every searchable object, and a `__schema` table holding the describe as
 * JSON so the file explains itself. The build runs in memory in one
 * transaction and ends with ANALYZE and VACUUM; with a fixed page size and a
 * fixed insert order the serialized bytes depend on the records alone.
 */
import Database from 'better-sqlite3';
import { UsersimError } from '../../../errors.js';
import { canonicalJson } from '../../../util/hash.js';
import type { OrgSchema, SFieldType } from '../../../core/org-schema.js';
import type { FieldValue, OrgRecords } from './org-records.js';

/** Name of the table holding the describe (`orgSchema` row) and build facts (`build` row). */
export const SCHEMA_TABLE = '__schema';

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

function sqlType(t: SFieldType): string {
  if (t === 'int' || t === 'boolean') return 'INTEGER';
  if (t === 'double' || t === 'currency' || t === 'percent') return 'REAL';
  return 'TEXT';
}

function storable(object: string, field: string, type: SFieldType, v: FieldValue | undefined): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') {
    if (type !== 'boolean') throw new UsersimError('E_INTERNAL', `CRM generator: ${object}.${field} got a boolean`);
    return v ? 1 : 0;
  }
  const numeric = sqlType(type) !== 'TEXT';
  if (numeric !== (typeof v === 'number') || (typeof v === 'number' && !Number.isFinite(v))) {
    throw new UsersimError('E_INTERNAL', `CRM generator: ${object}.${field} (${type}) got ${JSON.stringify(v)}`);
  }
  return v;
}

/** Writes every object's rows and returns the serialized database. */
export function writeOrgImage(schema: OrgSchema, records: OrgRecords, build: Record<string, unknown>): Buffer {
  const db = new Database(':memory:');
  try {
    db.pragma('page_size = 4096');
    db.pragma('auto_vacuum = NONE');
    db.exec(`CREATE TABLE ${SCHEMA_TABLE} (name TEXT PRIMARY KEY NOT NULL, json TEXT NOT NULL)`);
    db.transaction(() => {
      for (const o of schema.objects) {
        const cols = o.fields.map((f) => (f.name === 'Id' ? `${quote('Id')} TEXT PRIMARY KEY NOT NULL` : `${quote(f.name)} ${sqlType(f.type)}`));
        db.exec(`CREATE TABLE ${quote(o.name)} (${cols.join(', ')})`);
        const known = new Set(o.fields.map((f) => f.name));
        const insert = db.prepare(`INSERT INTO ${quote(o.name)} VALUES (${o.fields.map(() => '?').join(', ')})`);
        for (const row of records.rows(o.name)) {
          for (const key of Object.keys(row)) {
            if (!known.has(key)) throw new UsersimError('E_INTERNAL', `CRM generator: ${o.name} has no field ${key}`);
          }
          insert.run(o.fields.map((f) => storable(o.name, f.name, f.type, row[f.name])));
        }
        for (const f of o.fields) {
          if (f.type === 'reference') db.exec(`CREATE INDEX ${quote(`${o.name}_${f.name}`)} ON ${quote(o.name)} (${quote(f.name)})`);
        }
        if (o.searchFields && o.searchFields.length > 0) {
          const fts = quote(`${o.name}__search`);
          const cols = o.searchFields.map(quote).join(', ');
          db.exec(`CREATE VIRTUAL TABLE ${fts} USING fts5(${quote('Id')} UNINDEXED, ${cols})`);
          db.exec(`INSERT INTO ${fts} (${quote('Id')}, ${cols}) SELECT ${quote('Id')}, ${cols} FROM ${quote(o.name)} ORDER BY rowid`);
        }
      }
      const put = db.prepare(`INSERT INTO ${SCHEMA_TABLE} VALUES (?, ?)`);
      put.run('orgSchema', canonicalJson(schema));
      put.run('build', canonicalJson(build));
    })();
    db.exec('ANALYZE');
    db.exec('VACUUM');
    return db.serialize();
  } finally {
    db.close();
  }
}

/** Reads the describe stored in a generated database. */
export function readCrmOrgSchema(db: Database.Database): OrgSchema {
  const row = db.prepare(`SELECT json FROM ${SCHEMA_TABLE} WHERE name = 'orgSchema'`).get() as { json: string } | undefined;
  if (!row) throw new UsersimError('E_WORLD', `database has no ${SCHEMA_TABLE} row 'orgSchema'`);
  return JSON.parse(row.json) as OrgSchema;
}
