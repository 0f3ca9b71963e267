import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { staleReason } from '../../scripts/build-if-stale.mjs';

const stale = staleReason as (root: string) => string | null;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'usersim-stale-'));
  mkdirSync(join(root, 'src', 'deep'), { recursive: true });
  mkdirSync(join(root, 'dist'));
  for (const f of ['src/index.ts', 'src/deep/a.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) writeFileSync(join(root, f), '{}');
  return root;
}

const at = (root: string, file: string, seconds: number) => utimesSync(join(root, file), seconds, seconds);

describe('npm start builds only when the sources changed', () => {
  it('builds when dist is missing, skips when it is newer than every source, rebuilds after a change deep in src', () => {
    const root = project();
    expect(stale(root)).toBe('dist/ is missing');
    writeFileSync(join(root, 'dist', 'index.js'), '');
    for (const f of ['src/index.ts', 'src/deep/a.ts', 'tsconfig.json', 'tsconfig.build.json', 'package.json']) at(root, f, 1000);
    at(root, 'dist/index.js', 2000);
    expect(stale(root)).toBeNull();
    at(root, 'src/deep/a.ts', 3000);
    expect(stale(root)).toBe('src changed since the last build');
    at(root, 'dist/index.js', 4000);
    at(root, 'tsconfig.build.json', 5000);
    expect(stale(root)).toBe('tsconfig.build.json changed since the last build');
  });
});
