/**
 * Turns SQL rows into records shaped like Salesforce's REST API returns them:
 * each record has `attributes: { type }` and its fields under their canonical
 * names, parents nested under their relationship names with their own
 * `attributes` (`{ Account: { attributes: { type: 'Account' }, Name: 'Acme' } }`),
 * and a missing parent as `null`. Aggregate rows are flat records of type
 * `AggregateResult`. Booleans are stored as 0/1 and returned as true/false (a
 * null boolean is false, as in Salesforce).
 */
import type { AggregateColumn, RecordColumn } from './compile-soql.js';
import type { SFieldType } from '../../../core/org-schema.js';

/** A Salesforce-shaped record. `attributes.type` is the object name, or `AggregateResult`. */
export interface SObjectRecord {
  attributes: { type: string };
  [field: string]: unknown;
}

function convert(value: unknown, type: SFieldType | undefined): unknown {
  if (type === 'boolean') return value === 1 || value === true;
  return value;
}

/** Shapes rows of a `records`-mode query of `object`. */
export function shapeRecords(object: string, columns: RecordColumn[], rows: unknown[][]): SObjectRecord[] {
  return rows.map((row) => {
    const record: SObjectRecord = { attributes: { type: object } };
    columns.forEach((column, i) => {
      let target: Record<string, unknown> = record;
      for (let level = 0; level < column.keys.length - 1; level += 1) {
        const key = column.keys[level] as string;
        if (row[column.parentIdColumns[level] as number] === null) {
          // The parent does not exist: Salesforce returns the relationship as null.
          if (!(key in target)) target[key] = null;
          return;
        }
        let parent = target[key] as Record<string, unknown> | null | undefined;
        if (!parent) {
          parent = { attributes: { type: column.parentTypes[level] as string } };
          target[key] = parent;
        }
        target = parent;
      }
      target[column.keys[column.keys.length - 1] as string] = convert(row[i], column.fieldType);
    });
    return record;
  });
}

/** Shapes rows of an `aggregate`-mode query. */
export function shapeAggregates(columns: AggregateColumn[], rows: unknown[][]): SObjectRecord[] {
  return rows.map((row) => {
    const record: SObjectRecord = { attributes: { type: 'AggregateResult' } };
    columns.forEach((column, i) => {
      record[column.key] = convert(row[i], column.fieldType);
    });
    return record;
  });
}
