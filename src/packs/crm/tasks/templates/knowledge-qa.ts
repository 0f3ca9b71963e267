/**
 * knowledge_qa: a customer asks a question the knowledge base answers, either
 * the troubleshooting steps for a kind of problem or a fact about a product
 * (its headline specification or its warranty). The user holds the problem
 * or the product. The gold is the answer as the knowledge article states it,
 * read from the article's text; answers are scored by token F1, as in
 * CRMArena.
 *
 * How the reference reaches it: for a problem, it reads the troubleshooting
 * article by title and answers with its text (the steps make up most of it);
 * for a product, it reads the product's catalog description, which states
 * the same specification and warranty in one short paragraph. Only instances
 * whose reference answer scores at least 0.6 against the gold are kept, so
 * the reference passes the default 0.5 threshold with a margin. F1 tasks have
 * no "None" cases in CRMArena, so there are none here.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { buildTaskScenario, soql, type TaskInstance } from './task-scenario.js';
import type { AnswerScorer } from '../../../../core/answer-scorer.js';

/** Smallest F1 of the reference answer against the gold for an instance to be kept. */
const MIN_REFERENCE_F1 = 0.6;

const KNOWLEDGE_SECTION =
  'Knowledge: answer product and troubleshooting questions from the knowledge base (Knowledge__kav: Title, Summary, ' +
  'FAQ_Answer__c; troubleshooting articles are titled "Troubleshooting: <issue>") and the product catalog (Product2). ' +
  'Reply with the answer itself in a sentence or two, as the article states it, not with a record Id.';

interface Instance {
  kind: 'troubleshooting' | 'spec' | 'warranty';
  subject: string;
  question: string;
  gold: string;
  reference: string;
}

interface Article {
  title: string;
  body: string;
}

interface ProductArticle {
  name: string;
  description: string;
  body: string;
}

/** What the instances are drawn from: troubleshooting articles, and products with their FAQ article. */
interface Sources {
  articles: Article[];
  products: ProductArticle[];
}

function sources(ctx: TaskContext): Sources {
  return {
    articles: rows<Article>(ctx.db, "SELECT Title AS title, FAQ_Answer__c AS body FROM Knowledge__kav WHERE Title LIKE 'Troubleshooting: %' AND Title NOT LIKE '%''%' ORDER BY Id"),
    products: rows<ProductArticle>(
      ctx.db,
      `SELECT p.Name AS name, p.Description AS description, k.FAQ_Answer__c AS body FROM Product2 p
         JOIN Knowledge__kav k ON k.Title = p.Name || ': Frequently Asked Questions'
        WHERE p.Name NOT LIKE '%''%' AND p.Description IS NOT NULL ORDER BY p.Id`,
    ),
  };
}

function troubleshooting(articles: readonly Article[], rng: Rng): Instance | undefined {
  if (articles.length === 0) return undefined;
  const article = rng.pick(articles);
  const steps = article.body.split('\n').filter((line) => /^Step \d+:/.test(line));
  if (steps.length === 0) return undefined;
  const issue = article.title.slice('Troubleshooting: '.length);
  return {
    kind: 'troubleshooting',
    subject: issue,
    question: rng.pick([
      'What steps do you recommend to fix it?',
      'What should I try to resolve it?',
      'How do I troubleshoot it?',
    ]),
    gold: steps.join(' '),
    reference: article.body,
  };
}

/** The product FAQ's answer on the warranty (its first question) or the specification (its second). */
function productFact(products: readonly ProductArticle[], rng: Rng, kind: 'spec' | 'warranty'): Instance | undefined {
  if (products.length === 0) return undefined;
  const product = rng.pick(products);
  const lines = product.body.split('\n');
  const at = kind === 'warranty' ? 0 : 1;
  const q = lines[2 * at]?.replace(/^Q: /, '');
  const a = lines[2 * at + 1]?.replace(/^A: /, '');
  if (!q || !a) return undefined;
  const generic = q.split(`the ${product.name}`).join('this product').split(`one ${product.name}`).join('one of them').split(product.name).join('this product');
  if (generic.includes(product.name)) return undefined;
  return { kind, subject: product.name, question: generic, gold: a, reference: product.description };
}

function draw(from: Sources, rng: Rng, scorer: AnswerScorer): Instance | undefined {
  const u = rng.next();
  const instance = u < 0.4 ? troubleshooting(from.articles, rng) : productFact(from.products, rng, u < 0.75 ? 'spec' : 'warranty');
  if (!instance || scorer.tokenF1(instance.gold, instance.reference) < MIN_REFERENCE_F1) return undefined;
  return instance;
}

function scenarioOf(ctx: TaskContext, instance: Instance, rng: Rng): TaskInstance {
  const b2b = ctx.org === 'b2b';
  const isIssue = instance.kind === 'troubleshooting';
  const fact = isIssue
    ? { id: 'issue', text: 'the problem I have', value: instance.subject, cues: ['issue', 'problem', 'symptom', 'what happens', 'what is wrong', "what's wrong"], withheld: true }
    : { id: 'product', text: 'the product', value: instance.subject, cues: ['product', 'which device', 'which model', 'model', 'item'], withheld: true };
  const opening = isIssue
    ? `${rng.pick(['Hi,', 'Hello,'])} ${b2b ? 'one of our units has a problem.' : 'I have a problem with something I bought from you.'} ${instance.question}`
    : `${rng.pick(['Hi,', 'Hello,'])} I have a question about one of your products. ${instance.question}`;
  return {
    title: isIssue ? 'Troubleshooting steps for a problem, from the knowledge base' : `The ${instance.kind === 'spec' ? 'specification' : 'warranty'} of a product, from the knowledge base`,
    persona: b2b ? 'An IT administrator at a customer company, asking the support assistant.' : 'A customer asking the support assistant on the website.',
    goal: isIssue
      ? 'Learn the troubleshooting steps the knowledge base recommends for the problem you have.'
      : `Learn the answer to your question about the product: ${instance.question}`,
    opening,
    facts: [fact],
    audience: 'customer',
    sections: [KNOWLEDGE_SECTION],
    steps: [
      isIssue
        ? soql("SELECT FAQ_Answer__c FROM Knowledge__kav WHERE Title = 'Troubleshooting: {{fact.issue}}'")
        : soql("SELECT Description FROM Product2 WHERE Name = '{{fact.product}}'"),
    ],
    answer: isIssue ? '{{last.FAQ_Answer__c}}' : '{{last.Description}}',
    gold: instance.gold,
    match: 'f1',
    none: false,
    tags: [instance.kind],
  };
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const from = sources(ctx);
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => draw(from, rng, ctx.scorer),
    key: (i) => `${i.kind}/${i.subject}`,
  });
  return planned.map(({ instance }, index) =>
    buildTaskScenario(ctx, knowledgeQaTemplate, index, scenarioOf(ctx, instance, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The knowledge_qa template. */
export const knowledgeQaTemplate: TaskTemplate = { taskType: 'knowledge_qa', skill: 'information_retrieval', generate };
