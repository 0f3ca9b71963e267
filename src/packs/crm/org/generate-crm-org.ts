/**
 * The CRM world generator: builds a Salesforce-shaped org (B2B or B2C) from a
 * seed, runs the stages in dependency order, and serializes the result to a
 * SQLite image. The same org, seed and scale always give the same bytes and
 * the same latent variables.
 */
import { UsersimError } from '../../../errors.js';
import { createRng } from '../../../util/rng.js';
import type { OrgSchema } from '../../../core/org-schema.js';
import { crmCatalog } from './catalog.js';
import type { CrmLatent } from './crm-latent.js';
import { crmOrgSchema, type CrmOrgKind } from './crm-org-schema.js';
import { fillDerivedFields } from './derived-fields.js';
import { CRM_SIZES, createGenContext } from './gen-context.js';
import { OrderLedger } from './order-ledger.js';
import { OrgRecords } from './org-records.js';
import { crmPolicies } from './policies.js';
import { sampleSeasonality } from './seasonality.js';
import { generateActivities } from './stage-activities.js';
import { generateCatalog } from './stage-catalog.js';
import { generateCustomers } from './stage-customers.js';
import { generateKnowledge } from './stage-knowledge.js';
import { generateLeads } from './stage-leads.js';
import { generateDirectOrders } from './stage-orders.js';
import { generateSales } from './stage-sales.js';
import { generateService } from './stage-service.js';
import { generateStaff } from './stage-staff.js';
import { writeOrgImage } from './write-org-image.js';

/** Bumped whenever a change to the generator changes its output; part of the cache key. */
export const CRM_GENERATOR_VERSION = 2;

/** Options of `generateCrmOrg`. */
export interface GenerateCrmOrgOptions {
  org: CrmOrgKind;
  seed: number | string;
  /** Multiplies record counts; 1 (default) gives about 29k (B2B) or 54k (B2C) records. Between 0.01 and 4. */
  scale?: number;
}

/** A generated org. */
export interface CrmOrgBuild {
  org: CrmOrgKind;
  seed: string;
  scale: number;
  schema: OrgSchema;
  /** The serialized SQLite database; open it with `new Database(image)`. */
  image: Buffer;
  /** Records per object, in describe order. */
  counts: Record<string, number>;
  total: number;
  latent: CrmLatent;
}

/**
 * Generates an org in memory.
 *
 * @example
 * const { image, latent } = generateCrmOrg({ org: 'b2c', seed: 7, scale: 0.1 });
 * const db = new Database(image);
 */
export function generateCrmOrg(options: GenerateCrmOrgOptions): CrmOrgBuild {
  const { org } = options;
  const scale = options.scale ?? 1;
  if (org !== 'b2b' && org !== 'b2c') throw new UsersimError('E_USAGE', `unknown CRM org ${JSON.stringify(org)} (expected b2b or b2c)`);
  if (!(scale >= 0.01 && scale <= 4)) throw new UsersimError('E_USAGE', `CRM scale must be between 0.01 and 4, got ${scale}`);
  const seed = String(options.seed);
  const schema = crmOrgSchema(org);
  const root = createRng(`crm/${org}/${seed}/${scale}`);
  const records = new OrgRecords(schema, org === 'b2b' ? '5g' : '8d', root.fork('ids'));
  const ctx = createGenContext({
    org, seed, scale, schema, catalog: crmCatalog(org), policies: crmPolicies(org), records, root, sizes: CRM_SIZES[org],
  });
  sampleSeasonality(ctx);
  const catalog = generateCatalog(ctx);
  generateKnowledge(ctx, catalog);
  const staff = generateStaff(ctx, catalog);
  const book = generateCustomers(ctx, staff);
  const { leads, conversions } = generateLeads(ctx, staff, book);
  const ledger = new OrderLedger();
  const opps = generateSales(ctx, staff, book, catalog, conversions, ledger);
  generateDirectOrders(ctx, staff, book, catalog, ledger);
  generateService(ctx, staff, catalog, ledger);
  generateActivities(ctx, staff, leads, opps);
  fillDerivedFields(records);

  const counts = records.counts();
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const image = writeOrgImage(schema, records, { org, seed, scale, generatorVersion: CRM_GENERATOR_VERSION, counts, total });
  return { org, seed, scale, schema, image, counts, total, latent: ctx.latent };
}
