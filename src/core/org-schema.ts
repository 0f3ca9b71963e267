/**
 * Salesforce-shaped metadata ("describe") for an org stored in SQLite. The CRM
 * world generator produces it; the SOQL and SOSL translators read it to resolve
 * objects, fields and relationship paths.
 *
 * Storage conventions shared by both sides:
 * - each object is a table named like the object (`Account`), each field a
 *   column named like the field (`AccountId`);
 * - `date` fields hold `YYYY-MM-DD`, `datetime` fields `YYYY-MM-DDTHH:MM:SSZ`
 *   (UTC), booleans 0/1;
 * - an object with `searchFields` has an FTS5 table `<Object>__search` with the
 *   columns `Id UNINDEXED` followed by the search fields, one row per record.
 */

export type SFieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'picklist'
  | 'int'
  | 'double'
  | 'currency'
  | 'percent'
  | 'boolean'
  | 'date'
  | 'datetime'
  | 'reference';

export interface SField {
  name: string;
  type: SFieldType;
  /** For `reference` fields: the object referred to. */
  referenceTo?: string;
  /** For `reference` fields: the relationship name used in paths (`Account` for `AccountId`, `Owner` for `OwnerId`). */
  relationshipName?: string;
  /** For `picklist` fields: the allowed values. */
  values?: string[];
}

export interface SObjectDescribe {
  name: string;
  /** Three-character Id key prefix, e.g. `001` for Account. */
  keyPrefix: string;
  fields: SField[];
  /** The field SOSL's NAME FIELDS scope searches (usually `Name`, `Subject` or `Title`). */
  nameField?: string;
  /** Text fields indexed for SOSL ALL FIELDS; absent when the object is not searchable. */
  searchFields?: string[];
}

export interface OrgSchema {
  objects: SObjectDescribe[];
  /** The org's "today" (`YYYY-MM-DD`), which date literals such as TODAY and THIS_QUARTER resolve against. */
  today: string;
}
