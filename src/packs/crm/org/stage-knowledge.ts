/**
 * Stage 2: knowledge articles. Internal policy articles (not visible in the
 * public knowledge base) come first, because later stages cite their Ids when
 * planting violations; then a public FAQ per product whose answers are recorded
 * as question/answer pairs, a troubleshooting article per issue, and a few
 * how-to guides.
 */
import { DAY, fmtDateTime, officeTime } from './calendar.js';
import type { GenContext } from './gen-context.js';
import type { CatalogRefs } from './stage-catalog.js';
import { issueSteps } from './texts-case.js';

const HOW_TO: [string, string][] = [
  ['How to register your product', 'Sign in to your account, open Products, choose Register and enter the serial number printed on the box. Registration speeds up warranty claims.'],
  ['How to track an order', 'Open Orders in your account and select the order number. The tracking link appears once the order has shipped.'],
  ['How to update firmware', 'Open the companion app or dashboard, select the product and choose Check for updates. Keep the product powered during the update.'],
  ['How to file a warranty claim', 'Open a case with the order number, the delivery date and a description of the defect. Photos help us decide faster.'],
  ['How to change billing details', 'Open Billing in your account settings and edit the payment method. Changes apply to future invoices only.'],
  ['How to contact support', 'Use live chat on the website, e-mail support, or call us during business hours. Have your order number ready.'],
  ['How to return a product', 'Open a case, ask for a return label and pack the product in its original box. Refunds are processed after the return is inspected.'],
];

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/** Writes Knowledge__kav and fills `latent.policyArticleIds` and `latent.knowledgeFacts`. */
export function generateKnowledge(ctx: GenContext, catalog: CatalogRefs): void {
  const rng = ctx.rng('knowledge');
  let number = 1000;
  const publish = (title: string, summary: string, body: string, category: string, isPublic: boolean, urlName = slug(title)): string => {
    const published = ctx.startMs + rng.int(Math.floor((ctx.todayMs - ctx.startMs) / DAY) - 30) * DAY;
    return ctx.records.insert('Knowledge__kav', {
      Title: title, UrlName: urlName, ArticleNumber: String(number++).padStart(9, '0'), Summary: summary,
      FAQ_Answer__c: body, Category__c: category, PublishStatus: 'Online', IsVisibleInPkb: isPublic,
      LastPublishedDate: fmtDateTime(officeTime(published, rng)),
    }).Id;
  };
  for (const a of ctx.policies.articles) {
    ctx.latent.policyArticleIds[a.key] = publish(a.title, a.summary, a.body, 'Policy', false, a.urlName);
  }
  for (const p of catalog.products) {
    const warranty = p.warrantyMonths > 0
      ? `The ${p.name} has a ${p.warrantyMonths}-month warranty counted from the delivery date.`
      : `The ${p.name} is a service and carries no hardware warranty.`;
    const body = [
      `Q: What is the warranty on the ${p.name}?`, `A: ${warranty}`,
      `Q: ${p.specQuestion}`, `A: The ${p.name} ${p.spec}.`,
      `Q: What is the list price of the ${p.name}?`, `A: The list price is $${p.entryPrice.toFixed(2)}.`,
      `Q: Where can I get help with the ${p.name}?`, 'A: Open a case through chat, e-mail or phone and mention the product name and order number.',
    ].join('\n');
    const id = publish(`${p.name}: Frequently Asked Questions`, `Warranty, specifications and pricing of the ${p.name}.`, body, 'Product FAQ', true);
    ctx.latent.knowledgeFacts.push(
      { articleId: id, productId: p.id, question: `What is the warranty on the ${p.name}?`, answer: p.warrantyMonths > 0 ? `${p.warrantyMonths} months` : 'no warranty' },
      { articleId: id, productId: p.id, question: p.specQuestion, answer: p.specAnswer },
    );
  }
  for (const issue of catalog.issues) {
    const [a, b, c] = issueSteps(issue.name);
    const body = [
      `Symptoms: ${ctx.catalog.issues.find((i) => i.name === issue.name)?.description ?? issue.name}`,
      `Step 1: ${a[0]!.toUpperCase()}${a.slice(1)}.`, `Step 2: ${b[0]!.toUpperCase()}${b.slice(1)}.`,
      `Step 3: ${c[0]!.toUpperCase()}${c.slice(1)}.`,
      'If the problem persists, open a case and include the order number and serial number.',
    ].join('\n');
    publish(`Troubleshooting: ${issue.name}`, `Steps to resolve "${issue.name}".`, body, 'Troubleshooting', true);
  }
  for (const [title, body] of HOW_TO) publish(title, body.split('.')[0] + '.', body, 'How-To', true);
}
