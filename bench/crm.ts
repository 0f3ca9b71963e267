/**
 * Benchmarks of the CRM world: time to generate and cache each org from
 * scratch, and time to open a fresh per-episode copy of its image. The lead's
 * `npm run bench` prints the figures; the limits are 10 s per build and 5 ms
 * per copy.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCrmOrg } from '../src/packs/crm/org/build-crm-org.js';
import type { CrmOrgKind } from '../src/packs/crm/org/crm-org-schema.js';

/** One org's figures. */
export interface CrmBenchResult {
  org: CrmOrgKind;
  /** Wall time to generate the org and write it to an empty cache. */
  buildMs: number;
  /** Median time to open a fresh copy of the image and run a first query. */
  copyMs: number;
  /** Records across all objects. */
  records: number;
  /** Size of the image in bytes. */
  bytes: number;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/** Builds both orgs into a temporary cache and measures build and copy times. */
export function benchCrm(options: { seed?: number; copies?: number } = {}): CrmBenchResult[] {
  const dir = mkdtempSync(join(tmpdir(), 'usersim-crm-bench-'));
  try {
    return (['b2b', 'b2c'] as const).map((org) => {
      const t0 = performance.now();
      const file = buildCrmOrg({ org, seed: options.seed ?? 1, cacheDir: dir });
      const buildMs = performance.now() - t0;
      const image = readFileSync(file);
      const times: number[] = [];
      let records = 0;
      for (let i = 0; i < (options.copies ?? 50); i++) {
        const t = performance.now();
        const db = new Database(image);
        db.prepare('SELECT count(*) FROM "Account"').get();
        times.push(performance.now() - t);
        if (i === 0) {
          const build = db.prepare("SELECT json FROM __schema WHERE name = 'build'").get() as { json: string };
          records = (JSON.parse(build.json) as { total: number }).total;
        }
        db.close();
      }
      return { org, buildMs: Math.round(buildMs), copyMs: Math.round(median(times) * 1000) / 1000, records, bytes: image.length };
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
