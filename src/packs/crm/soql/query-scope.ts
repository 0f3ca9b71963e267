/**
 * Resolves field paths of one SELECT (or semi-join subquery) against the org
 * schema and plans the joins they need. Each parent hop (`Account.` then
 * `Owner.`) becomes one LEFT JOIN on the reference field, shared by every path
 * through the same hop, so a missing parent yields nulls rather than dropping
 * the row, as in Salesforce. Table aliases come from a counter shared with
 * nested subqueries, so they never collide.
 */
import { queryError } from './query-error.js';
import type { SField } from '../../../core/org-schema.js';
import { quoteIdent, type IndexedObject, type OrgIndex } from './org-index.js';
import type { FieldRef } from './soql-ast.js';

/** Hands out `t0`, `t1`, … for one whole statement. */
export class AliasCounter {
  private count = 0;
  next(): string {
    return `t${this.count++}`;
  }
}

/** One parent hop of a resolved path. */
export interface RelationshipHop {
  /** Canonical relationship name, the key Salesforce nests the parent under (`Account`, `Owner`). */
  name: string;
  /** Table alias of the joined parent. */
  alias: string;
  object: IndexedObject;
}

/** A field path resolved to SQL. */
export interface ResolvedField {
  /** SQL for the column, e.g. `t1."Name"`. */
  sql: string;
  field: SField;
  /** The object that owns the field. */
  object: IndexedObject;
  hops: RelationshipHop[];
  /** Lower-cased canonical path, identical for any spelling of the same field. */
  key: string;
}

/** The FROM object of one SELECT, its path resolution and its joins. */
export class QueryScope {
  readonly alias: string;
  private readonly joins = new Map<string, { hop: RelationshipHop; sql: string }>();

  constructor(
    readonly index: OrgIndex,
    readonly root: IndexedObject,
    /** The alias given after FROM, usable as a path prefix (`a.Name`). */
    private readonly fromAlias: string | undefined,
    readonly aliases: AliasCounter,
    readonly source: string,
  ) {
    this.alias = aliases.next();
  }

  /** Resolves `Name`, `Account.Name`, `Account.Owner.Name` (also prefixed with the object name or FROM alias). */
  resolve(ref: FieldRef): ResolvedField {
    let path = ref.path;
    const head = (path[0] ?? '').toLowerCase();
    const isRootPrefix = head === this.root.describe.name.toLowerCase() || head === this.fromAlias?.toLowerCase();
    if (path.length > 1 && isRootPrefix && !this.root.relationships.has(head)) path = path.slice(1);

    let current = this.root;
    let currentAlias = this.alias;
    let joinKey = '';
    const hops: RelationshipHop[] = [];
    for (const segment of path.slice(0, -1)) {
      const reference = current.relationships.get(segment.toLowerCase());
      const target = reference?.referenceTo ? this.index.object(reference.referenceTo) : undefined;
      if (!reference || !target) {
        throw queryError(
          'INVALID_FIELD',
          `Didn't understand relationship '${segment}' in field path. If you are attempting to use a custom relationship, be sure to append the '__r' after the custom relationship name.`,
          this.source,
          ref.offset,
        );
      }
      const name = reference.relationshipName as string;
      joinKey += `${name.toLowerCase()}.`;
      let join = this.joins.get(joinKey);
      if (!join) {
        const alias = this.aliases.next();
        const sql = `LEFT JOIN ${quoteIdent(target.describe.name)} AS ${alias} ON ${alias}."Id" = ${currentAlias}.${quoteIdent(reference.name)}`;
        join = { hop: { name, alias, object: target }, sql };
        this.joins.set(joinKey, join);
      }
      hops.push(join.hop);
      current = target;
      currentAlias = join.hop.alias;
    }
    const fieldName = path[path.length - 1] as string;
    const field = current.fields.get(fieldName.toLowerCase());
    if (!field) {
      throw queryError(
        'INVALID_FIELD',
        `No such column '${fieldName}' on entity '${current.describe.name}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`,
        this.source,
        ref.offset,
      );
    }
    return { sql: `${currentAlias}.${quoteIdent(field.name)}`, field, object: current, hops, key: `${joinKey}${field.name.toLowerCase()}` };
  }

  /** The FROM clause with every join planned so far. */
  fromSql(): string {
    const parts = [`${quoteIdent(this.root.describe.name)} AS ${this.alias}`];
    for (const { sql } of this.joins.values()) parts.push(sql);
    return parts.join(' ');
  }
}
