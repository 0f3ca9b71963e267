/**
 * The on-disk cache of generated orgs. A build is keyed by org, seed, scale and
 * generator version; a cache hit costs one file read, and a miss generates the
 * org and writes the `.sqlite` image with its `.latent.json` beside it (each
 * through a temporary file and a rename, so a crash or a concurrent build never
 * leaves a half-written file under the final name). Environments load the
 * image into memory once and open a fresh copy per episode with
 * `new Database(image)`.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsersimError } from '../../../errors.js';
import { sha256 } from '../../../util/hash.js';
import type { CrmLatent } from './crm-latent.js';
import type { CrmOrgKind } from './crm-org-schema.js';
import { CRM_GENERATOR_VERSION, generateCrmOrg } from './generate-crm-org.js';

/** Options of the cache functions. */
export interface CrmBuildOptions {
  org: CrmOrgKind;
  seed: number | string;
  /** Record-count multiplier (default 1). */
  scale?: number;
  /** Cache folder; defaults to `.usersim/cache/worlds` under the current working directory. */
  cacheDir?: string;
}

/** The default cache folder: `.usersim/cache/worlds` under `cwd`. */
export function defaultCrmCacheDir(cwd: string = process.cwd()): string {
  return resolve(cwd, '.usersim', 'cache', 'worlds');
}

/** The file stem of a build, e.g. `crm-b2b-s42-x1-v1`; unusual seeds are hashed to keep the name portable. */
export function crmCacheKey(options: CrmBuildOptions): string {
  const seed = String(options.seed);
  const safe = /^[A-Za-z0-9_-]{1,40}$/.test(seed) ? seed : `h${sha256(seed, 16)}`;
  return `crm-${options.org}-s${safe}-x${options.scale ?? 1}-v${CRM_GENERATOR_VERSION}`;
}

function paths(options: CrmBuildOptions): { dir: string; image: string; latent: string } {
  const dir = options.cacheDir ?? defaultCrmCacheDir();
  const key = crmCacheKey(options);
  return { dir, image: join(dir, `${key}.sqlite`), latent: join(dir, `${key}.latent.json`) };
}

function writeAtomic(file: string, data: Buffer | string): void {
  const tmp = `${file}.tmp-${process.pid}`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

/**
 * Returns the path of the cached `.sqlite` image of an org, generating it first
 * when it is missing.
 *
 * @example
 * const file = buildCrmOrg({ org: 'b2b', seed: 1 }); // …/.usersim/cache/worlds/crm-b2b-s1-x1-v1.sqlite
 */
export function buildCrmOrg(options: CrmBuildOptions): string {
  const p = paths(options);
  if (existsSync(p.image) && existsSync(p.latent)) return p.image;
  try {
    mkdirSync(p.dir, { recursive: true });
    const build = generateCrmOrg({ org: options.org, seed: options.seed, scale: options.scale ?? 1 });
    // The latent goes first: a present image then always has its latent beside it.
    writeAtomic(p.latent, `${JSON.stringify(build.latent, null, 1)}\n`);
    writeAtomic(p.image, build.image);
  } catch (error) {
    if (error instanceof UsersimError) throw error;
    throw new UsersimError('E_IO', `cannot write the CRM world cache in ${p.dir}: ${(error as Error).message}`, { cause: error });
  }
  return p.image;
}

/** The serialized database of an org (built on demand), ready for `new Database(image)`. */
export function loadCrmImage(options: CrmBuildOptions): Buffer {
  return readFileSync(buildCrmOrg(options));
}

/** The latent variables of an org (built on demand). For task templates and tests, never for agents. */
export function loadCrmLatent(options: CrmBuildOptions): CrmLatent {
  buildCrmOrg(options);
  return JSON.parse(readFileSync(paths(options).latent, 'utf8')) as CrmLatent;
}
