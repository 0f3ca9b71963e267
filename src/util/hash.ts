/**
 * Content hashes over a canonical JSON form (object keys sorted), used for
 * scenario hashes, prompt hashes and cache keys.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted at every depth; `undefined` members are dropped. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = sortKeys(v);
    }
    return out;
  }
  return value;
}

/** Hex sha256 of a string, or of the canonical JSON of any other value. */
export function sha256(value: unknown, length = 64): string {
  const text = typeof value === 'string' ? value : canonicalJson(value);
  return createHash('sha256').update(text).digest('hex').slice(0, length);
}
