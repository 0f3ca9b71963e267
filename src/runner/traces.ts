/**
 * Per-episode traces, one JSONL file per episode under `<run>/traces/`, named
 * by a filesystem-safe form of the episode key.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TraceLine } from '../machines/trace.js';

export function traceFileName(key: string): string {
  return `${key.replace(/[^A-Za-z0-9_.-]+/g, '_')}.jsonl`;
}

export function writeTrace(outDir: string, key: string, lines: readonly TraceLine[]): void {
  const dir = join(outDir, 'traces');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, traceFileName(key)), lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}
