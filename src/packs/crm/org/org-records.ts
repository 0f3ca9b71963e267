/**
 * The in-memory record store the generator fills before anything touches
 * SQLite: one list of rows per object, in insertion order, with Ids minted per
 * object from the describe's key prefix. Keeping rows in memory lets later
 * stages patch earlier records (a lead's converted opportunity, a case's final
 * owner) without UPDATE statements, and fixes the insert order of the image.
 */
import { UsersimError } from '../../../errors.js';
import type { Rng } from '../../../util/rng.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import { createIdMinter, type IdMinter } from './salesforce-id.js';

/** A field value before it is written: booleans become 0/1. */
export type FieldValue = string | number | boolean | null;

/** One record: field name → value. Fields left out are written as NULL. */
export type Row = Record<string, FieldValue>;

/** Rows per object, with Id minting. */
export class OrgRecords {
  private readonly tables = new Map<string, Row[]>();
  private readonly minters = new Map<string, IdMinter>();

  constructor(schema: OrgSchema, instance: string, rng: Rng) {
    for (const o of schema.objects) {
      this.tables.set(o.name, []);
      this.minters.set(o.name, createIdMinter(o.keyPrefix, instance, rng.fork(`id/${o.name}`)));
    }
  }

  /** Adds a record and returns it with its new Id (the same object, so callers may patch it later). */
  insert(object: string, fields: Row): Row & { Id: string } {
    const mint = this.minters.get(object);
    const rows = this.tables.get(object);
    if (!mint || !rows) throw new UsersimError('E_INTERNAL', `CRM generator: unknown object ${object}`);
    const row = { Id: mint(), ...fields };
    rows.push(row);
    return row;
  }

  /** The rows of an object in insertion order. */
  rows(object: string): Row[] {
    const rows = this.tables.get(object);
    if (!rows) throw new UsersimError('E_INTERNAL', `CRM generator: unknown object ${object}`);
    return rows;
  }

  /** Record count per object, in describe order. */
  counts(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [name, rows] of this.tables) out[name] = rows.length;
    return out;
  }
}
