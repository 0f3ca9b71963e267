/**
 * Fills the templates of a scenario's `reference` steps: `{{fact.ID}}`,
 * `{{last.COLUMN}}` and `{{last}}`. It fixes how the reference agents read a
 * tool result, which is the SQLite environment's shape: a query tool returns
 * `{ rows: object[], truncated?: boolean }`, a write tool `{ changes: number }`;
 * a bare array of row objects, or any other object (read as one row), is
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

/** The rows of a tool result, or undefined for a scalar. */
function rowsOf(value: unknown): Record<string, unknown>[] | undefined {
  if (Array.isArray(value)) return value.every(isRecord) ? value : undefined;
  if (!isRecord(value)) return undefined;
  if (Array.isArray(value.rows)) return value.rows.filter(isRecord);
  return [value];
}

function columnOf(row: Record<string, unknown>, column: string): unknown {
  if (column in row) return row[column];
  // SQLite keeps the column spelling of the query, which a template may not repeat exactly.
  const key = Object.keys(row).find((k) => k.toLowerCase() === column.toLowerCase());
  return key === undefined ? undefined : row[key];
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
  const rows = rowsOf(value);
  if (!rows) return Array.isArray(value) ? value.map(plainValue).join(', ') : plainValue(value);
  if (rows.length === 0) return NO_VALUE;
  if (rows.every((r) => Object.keys(r).length === 1)) return rows.map((r) => plainValue(Object.values(r)[0])).join(', ');
  return JSON.stringify(rows.length === 1 ? rows[0] : rows);
}

/** The raw value of one template expression: numbers stay numbers so tool arguments keep their type. */
function resolve(expression: string, scope: TemplateScope): unknown {
  if (expression.startsWith('fact.')) return scope.fact(expression.slice(5)) ?? GUESS_PLACEHOLDER;
  if (expression === 'last') return renderResult(scope.last);
  const rows = rowsOf(scope.last);
  if (!rows) return NO_VALUE;
  const values = rows.map((r) => columnOf(r, expression.slice(5))).filter((v) => v !== undefined);
  if (values.length === 0) return NO_VALUE;
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
