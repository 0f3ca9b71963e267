/**
 * The shape of the values SQL-backed tools return, and how to read rows back
 * out of an outcome. Agents see these values as JSON; the reference agent's
 * `{{last.COLUMN}}` templates read them through `resultRows`, so both sides
 * agree on one shape:
 * - read tools (`sql`, `query`): `{ columns, rows, truncated }`, rows as objects;
 * - write tools: `{ changes }`, plus `columns` and `rows` when the SQL has a
 *   RETURNING clause.
 */
import type { ToolOutcome } from '../core/transcript.js';

/** The value of a successful read tool call. */
export interface RowsValue {
  columns: string[];
  rows: Record<string, unknown>[];
  /** True when more rows matched than the tool returns. */
  truncated: boolean;
  /** Present when the result was cut to the world's size limits: what was cut. */
  note?: string;
}

/** The value of a successful write tool call. */
export interface WriteValue {
  /** Rows inserted, updated or deleted. */
  changes: number;
  columns?: string[];
  rows?: Record<string, unknown>[];
}

/**
 * The rows of a tool result, or null when the value carries none (a failed
 * call, a write without RETURNING, a value of another shape). Accepts an
 * outcome or a bare value.
 *
 * @example
 * resultRows({ ok: true, value: { columns: ['id'], rows: [{ id: 1 }], truncated: false } }); // [{ id: 1 }]
 */
export function resultRows(result: ToolOutcome | unknown): Record<string, unknown>[] | null {
  let value = result;
  if (isRecord(result) && typeof result.ok === 'boolean') {
    if (!result.ok) return null;
    value = result.value;
  }
  if (isRecord(value) && Array.isArray(value.rows) && value.rows.every(isRecord)) {
    return value.rows as Record<string, unknown>[];
  }
  return null;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
