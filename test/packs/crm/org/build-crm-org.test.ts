import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  buildCrmOrg,
  crmCacheKey,
  defaultCrmCacheDir,
  loadCrmImage,
  loadCrmLatent,
} from '../../../../src/packs/crm/org/build-crm-org.js';
import { CRM_GENERATOR_VERSION, generateCrmOrg } from '../../../../src/packs/crm/org/generate-crm-org.js';

const dirs: string[] = [];
const tempDir = (): string => {
  const d = mkdtempSync(join(tmpdir(), 'usersim-crm-test-'));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

describe('buildCrmOrg', () => {
  it('rebuilds byte-identical files from the same seed in two cache folders', () => {
    const a = buildCrmOrg({ org: 'b2c', seed: 5, scale: 0.05, cacheDir: tempDir() });
    const b = buildCrmOrg({ org: 'b2c', seed: 5, scale: 0.05, cacheDir: tempDir() });
    expect(a).not.toBe(b);
    expect(readFileSync(a).equals(readFileSync(b))).toBe(true);
    expect(readFileSync(a.replace(/\.sqlite$/, '.latent.json'), 'utf8')).toBe(readFileSync(b.replace(/\.sqlite$/, '.latent.json'), 'utf8'));
  });

  it('names files by org, seed, scale and generator version, and reuses a cached build', () => {
    const dir = tempDir();
    const file = buildCrmOrg({ org: 'b2b', seed: 'demo', scale: 0.05, cacheDir: dir });
    expect(file).toBe(join(dir, `crm-b2b-sdemo-x0.05-v${CRM_GENERATOR_VERSION}.sqlite`));
    const before = statSync(file).mtimeMs;
    expect(buildCrmOrg({ org: 'b2b', seed: 'demo', scale: 0.05, cacheDir: dir })).toBe(file);
    expect(statSync(file).mtimeMs).toBe(before);
    expect(crmCacheKey({ org: 'b2b', seed: 'a seed/with spaces' })).toMatch(/^crm-b2b-sh[0-9a-f]{16}-x1-v\d+$/);
  });

  it('defaults the cache to .usersim/cache/worlds under the working directory', () => {
    expect(defaultCrmCacheDir('/tmp/project')).toBe(resolve('/tmp/project/.usersim/cache/worlds'));
  });

  it('loads an image that opens as a database, and the latent of the same build', () => {
    const dir = tempDir();
    const image = loadCrmImage({ org: 'b2b', seed: 9, scale: 0.05, cacheDir: dir });
    const fresh = generateCrmOrg({ org: 'b2b', seed: 9, scale: 0.05 });
    expect(image.equals(fresh.image)).toBe(true);
    const db = new Database(image);
    const n = (db.prepare('SELECT count(*) AS n FROM "Case"').get() as { n: number }).n;
    expect(n).toBe(fresh.counts.Case);
    // A per-episode copy is independent: writes to one copy do not reach another.
    db.prepare('DELETE FROM "Case"').run();
    const other = new Database(image);
    expect((other.prepare('SELECT count(*) AS n FROM "Case"').get() as { n: number }).n).toBe(n);
    db.close();
    other.close();
    expect(loadCrmLatent({ org: 'b2b', seed: 9, scale: 0.05, cacheDir: dir })).toEqual(fresh.latent);
  });
});
