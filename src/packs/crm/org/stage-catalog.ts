/**
 * Stage 1: the catalog. Writes the product catalog, categories, price books
 * and issue categories, and samples each product's hidden quality: a defect
 * rate, an issue profile dominated by one or two issues, an occasional defect
 * spike month, and the reasons deals with it are lost.
 */
import type { CatalogProduct } from './catalog.js';
import { fmtDateTime, fmtMonth } from './calendar.js';
import type { GenContext } from './gen-context.js';
import { logNormal } from './sampling.js';

/** A product with its Ids, as later stages use it. */
export interface ProductRef extends CatalogProduct {
  id: string;
  /** Standard price book entry. */
  entryId: string;
  entryPrice: number;
  /** Ids of the issues that can affect this product. */
  issueIds: string[];
}

/** An issue with its Id. */
export interface IssueRef {
  id: string;
  name: string;
  baseHandleHours: number;
}

/** The catalog as later stages see it. */
export interface CatalogRefs {
  products: ProductRef[];
  issues: IssueRef[];
  standardPricebookId: string;
}

const LOSS_REASONS = [
  'price was above their budget',
  'a competitor offered a lower price',
  'missing integration with their existing tools',
  'the project was postponed to next fiscal year',
  'concerns about delivery lead times',
  'they chose to extend their current vendor contract',
  'security review was not completed in time',
  'the decision maker left the company',
];

/** Writes the catalog objects and fills `latent.products` and `latent.issues`. */
export function generateCatalog(ctx: GenContext): CatalogRefs {
  const rng = ctx.rng('catalog');
  const { records, catalog, latent } = ctx;
  const created = fmtDateTime(ctx.startMs - 400 * 86_400_000);
  const catalogRow = records.insert('ProductCatalog', { Name: `${catalog.company} Catalog` });
  const categories = new Map<string, string>();
  for (const p of catalog.products) {
    if (!categories.has(p.family)) {
      categories.set(p.family, records.insert('ProductCategory', { Name: p.family, CatalogId: catalogRow.Id }).Id);
    }
  }
  const issues: IssueRef[] = catalog.issues.map((i) => ({
    id: records.insert('Issue__c', { Name: i.name, Description__c: i.description }).Id,
    name: i.name,
    baseHandleHours: i.baseHandleHours,
  }));
  latent.issues = issues.map((i) => ({ ...i }));

  const standard = records.insert('Pricebook2', {
    Name: 'Standard Price Book', Description: 'List prices for all products.', IsActive: true, IsStandard: true,
    ValidFrom: created, ValidTo: null,
  });
  const partner = records.insert('Pricebook2', {
    Name: 'Partner Price Book', Description: 'Prices for resellers and partners (12% below list).', IsActive: true,
    IsStandard: false, ValidFrom: created, ValidTo: null,
  });
  const legacy = records.insert('Pricebook2', {
    Name: 'Legacy Price Book', Description: 'Prices of the previous catalog year; no longer used for new quotes.',
    IsActive: false, IsStandard: false, ValidFrom: fmtDateTime(ctx.startMs - 800 * 86_400_000), ValidTo: created,
  });

  const products: ProductRef[] = [];
  catalog.products.forEach((p, index) => {
    const row = records.insert('Product2', {
      Name: p.name, ProductCode: p.code, Family: p.family, IsActive: index % 17 !== 16,
      Description: `${p.name} ${p.spec}.${p.warrantyMonths > 0 ? ` Backed by a ${p.warrantyMonths}-month warranty.` : ''}`,
      External_ID__c: `EXT-${p.code}`,
    });
    records.insert('ProductCategoryProduct', { ProductCategoryId: categories.get(p.family) ?? null, ProductId: row.Id });
    const entry = records.insert('PricebookEntry', {
      Name: p.name, Pricebook2Id: standard.Id, Product2Id: row.Id, UnitPrice: p.listPrice, IsActive: true,
    });
    records.insert('PricebookEntry', {
      Name: p.name, Pricebook2Id: partner.Id, Product2Id: row.Id,
      UnitPrice: Math.round(p.listPrice * 88) / 100, IsActive: true,
    });
    if (index % 3 === 0) {
      records.insert('PricebookEntry', {
        Name: p.name, Pricebook2Id: legacy.Id, Product2Id: row.Id,
        UnitPrice: Math.round(p.listPrice * 95) / 100, IsActive: false,
      });
    }
    const issueIds = issues.filter((_, i) => catalog.issues[i]!.kinds.includes(p.kind)).map((i) => i.id);
    products.push({ ...p, id: row.Id, entryId: entry.Id, entryPrice: p.listPrice, issueIds });
  });

  for (const p of products) latent.products.push(sampleProductLatent(ctx, p, rng));
  return { products, issues, standardPricebookId: standard.Id };
}

function sampleProductLatent(ctx: GenContext, p: ProductRef, rng: ReturnType<GenContext['rng']>) {
  // A few lemons and a few rock-solid products; most near average.
  const defectRate = Math.round(logNormal(rng, 0.6) * 1000) / 1000;
  const ids = rng.shuffle(p.issueIds);
  const profile: Record<string, number> = {};
  const weights = ids.map((_, i) => (i === 0 ? 6 + rng.next() * 6 : i === 1 ? 2 + rng.next() * 3 : 0.4 + rng.next()));
  const total = weights.reduce((a, b) => a + b, 0);
  ids.forEach((id, i) => (profile[id] = Math.round(((weights[i] ?? 0) / total) * 10000) / 10000));
  // Spikes fall in the second half of the window so that recent-trend questions can find them.
  const spike = rng.next() < 0.18 ? ctx.months[12 + rng.int(ctx.months.length - 13)] : undefined;
  return {
    productId: p.id,
    name: p.name,
    family: p.family,
    defectRate,
    issueProfile: profile,
    spikeMonth: spike === undefined ? null : fmtMonth(spike),
    lossReasons: rng.shuffle(LOSS_REASONS).slice(0, 3),
  };
}
