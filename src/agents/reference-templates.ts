/**
 * Fills the templates of a scenario's `reference` steps: `{{fact.ID}}`,
 * `{{last.COLUMN}}` and `{{last}}`. It fixes how the reference agents read a
 * tool result. The SQLite environment's shapes: a query tool returns
 * `{ rows: object[], truncated?: boolean }`, a write tool `{ changes: number }`.
 * The Salesforce shapes of the CRM worlds: SOQL returns `{ totalSize, done,
 * records }` and SOSL `{ searchRecords }`, each record carrying an
 * `attributes` object and its parents nested under their relationship names,
 * so `{{last.Account.Name}}` follows a dotted path, `{{last.expr0}}` reads an
 * unaliased aggregate and `{{last.totalSize}}` the count of a `COUNT()` query.
 * A bare array of row objects, or any other object (read as one row), is
 * accepted too. An empty result, a missing column, SQL NULL or a failed tool
 * renders as "None" (CRMArena's "no such record"); a fact the agent has not
 * been told renders as the placeholder guess "unknown".
 */

/** What a template can draw on. */
export interface TemplateScope {
  /** A fact's value if the agent may use it (it has been told), else undefined. */
  fact(id: string): string | number | undefined;
  /** The value of the previous tool result in the walk; undefined when there is none or it failed. */
  last: unknown;
}

/** The guess put in place of a fact the agent was never told. */
export const GUESS_PLACEHOLDER = 'unknown';
/** How an absent result value is written. */
export const NO_VALUE = 'None';

const TEMPLATE = /\{\{\s*(fact\.[^\s}]+|last(?:\.[^\s}]+)?)\s*\}\}/g;
const WHOLE_TEMPLATE = /^\{\{\s*(fact\.[^\s}]+|last(?:\.[^\s}]+)?)\s*\}\}$/;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** The list of records a Salesforce-shaped result holds (`records` of SOQL, `searchRecords` of SOSL), if it is one. */
function salesforceRecords(value: Record<string, unknown>): Record<string, unknown>[] | undefined {
  if (Array.isArray(value.records)) return value.records.filter(isRecord);
  if (Array.isArray(value.searchRecords)) return value.searchRecords.filter(isRecord);
  return undefined;
}

/** The rows of a tool result, or undefined for a scalar. */
function rowsOf(value: unknown): Record<string, unknown>[] | undefined {
  if (Array.isArray(value)) return value.every(isRecord) ? value : undefined;
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value.rows)) return value.rows.filter(isRecord);
  return salesforceRecords(value) ?? [value];
}

/** A key of `row` matching `name`, exactly or ignoring case (SQLite and SOQL keep the query's spelling, a template may not). */
function keyOf(row: Record<string, unknown>, name: string): string | undefined {
  if (name in row) return name;
  return Object.keys(row).find((k) => k.toLowerCase() === name.toLowerCase());
}

function columnOf(row: Record<string, unknown>, column: string): unknown {
  const key = keyOf(row, column);
  if (key !== undefined) return row[key];
  // A dotted path walks nested parents, as Salesforce nests `Account.Name` under `Account`.
  if (!column.includes('.')) return undefined;
  let current: unknown = row;
  for (const part of column.split('.')) {
    // A missing parent (Salesforce returns the relationship as null) has no fields: the value is absent, i.e. NULL.
    if (current === null) return null;
    if (!isRecord(current)) return undefined;
    const next = keyOf(current, part);
    if (next === undefined) return undefined;
    current = current[next];
  }
  return current;
}

/** A record without Salesforce's `attributes` metadata, at every level, for display. */
function withoutAttributes(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row)
      .filter(([key]) => key !== 'attributes')
      .map(([key, value]) => [key, isRecord(value) ? withoutAttributes(value) : value]),
  );
}

/** Plain text for one value. */
export function plainValue(value: unknown): string {
  if (value === null || value === undefined) return NO_VALUE;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  return JSON.stringify(value);
}

/** `{{last}}`: a scalar as text, one-column rows as their values joined with ", ", anything else as JSON. */
export function renderResult(value: unknown): string {
  if (value === undefined) return NO_VALUE;
  const found = rowsOf(value);
  if (!found) return Array.isArray(value) ? value.map(plainValue).join(', ') : plainValue(value);
  // A SOQL `COUNT()` answers in totalSize with no records.
  if (found.length === 0 && isRecord(value) && Array.isArray(value.records) && typeof value.totalSize === 'number' && value.totalSize > 0) {
    return String(value.totalSize);
  }
  if (found.length === 0) return NO_VALUE;
  const rows = isRecord(value) && salesforceRecords(value) ? found.map(withoutAttributes) : found;
  if (rows.every((r) => Object.keys(r).length === 1)) return rows.map((r) => plainValue(Object.values(r)[0])).join(', ');
  return JSON.stringify(rows.length === 1 ? rows[0] : rows);
}

/** The raw value of one template expression: numbers stay numbers so tool arguments keep their type. */
function resolve(expression: string, scope: TemplateScope): unknown {
  if (expression.startsWith('fact.')) return scope.fact(expression.slice(5)) ?? GUESS_PLACEHOLDER;
  if (expression === 'last') return renderResult(scope.last);
  const rows = rowsOf(scope.last);
  if (!rows) return NO_VALUE;
  const column = expression.slice(5);
  const values = rows.map((r) => columnOf(r, column)).filter((v) => v !== undefined);
  if (values.length === 0) {
    // Not a field of any record: a field of the Salesforce envelope (`totalSize`, `done`) is read from there.
    const last = scope.last;
    const key = isRecord(last) && salesforceRecords(last) ? keyOf(last, column) : undefined;
    return key === undefined || !isRecord(last) ? NO_VALUE : (last[key] ?? NO_VALUE);
  }
  if (values.length === 1) return values[0] ?? NO_VALUE;
  return values.map(plainValue).join(', ');
}

/** Fills the templates in a text. */
export function renderText(text: string, scope: TemplateScope): string {
  return text.replace(TEMPLATE, (_whole, expression: string) => plainValue(resolve(expression, scope)));
}

/**
 * Fills templates throughout tool arguments. A string that is exactly one
 * template becomes the raw value (`"{{fact.qty}}"` → `3`); templates inside
 * longer strings are interpolated.
 */
export function renderArgs(value: unknown, scope: TemplateScope): unknown {
  if (typeof value === 'string') {
    const whole = WHOLE_TEMPLATE.exec(value);
    return whole ? resolve(whole[1] as string, scope) : renderText(value, scope);
  }
  if (Array.isArray(value)) return value.map((v) => renderArgs(v, scope));
  if (isRecord(value)) return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, renderArgs(v, scope)]));
  return value;
}
