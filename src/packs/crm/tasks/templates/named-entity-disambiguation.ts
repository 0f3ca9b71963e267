/**
 * named_entity_disambiguation: a support agent names a customer only by last
 * name, which several contacts share, and the agent has to find the right
 * contact record. What tells them apart is the product the customer opened a
 * case about, which the user holds. The gold is the one contact with that
 * last name who has a case about that product, found by joining contacts,
 * cases and order items here.
 *
 * How the reference reaches it: one SOQL query for contacts with the last name
 * that have a case on the product (a semi-join through Case), answering with
 * the Id. None cases name a last name and a product no such contact had a
 * case about; they state both upfront, since a failed lookup and a true
 * "None" look the same to an agent that was told nothing.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { recordGold, rows, uniqueNames, type Named } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { buildTaskScenario, soql, type TaskFact } from './task-scenario.js';

const SECTION =
  'Customers: people are Contact records (FirstName, LastName, Name; AccountId is their account). A case (Case) records ' +
  'its contact in ContactId and the order line it is about in OrderItemId__c (OrderItem.Product2Id is the product). ' +
  'Reply with the Id of the contact.';

interface CaseLink {
  id: string;
  name: string;
  lastName: string;
  product: string;
}

interface Instance {
  lastName: string;
  product: string;
  contact: Named | null;
}

function links(ctx: TaskContext): CaseLink[] {
  return rows<CaseLink>(
    ctx.db,
    `SELECT DISTINCT c.Id AS id, c.Name AS name, c.LastName AS lastName, p.Name AS product
       FROM Contact c JOIN "Case" k ON k.ContactId = c.Id JOIN OrderItem oi ON oi.Id = k.OrderItemId__c JOIN Product2 p ON p.Id = oi.Product2Id
      WHERE c.LastName NOT LIKE '%''%' AND p.Name NOT LIKE '%''%' ORDER BY c.Id, p.Name`,
  );
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const all = links(ctx);
  const sharing = new Map(rows<{ lastName: string; n: number }>(ctx.db, 'SELECT LastName AS lastName, COUNT(*) AS n FROM Contact GROUP BY LastName').map((r) => [r.lastName, r.n]));
  const products = rows<{ name: string }>(ctx.db, "SELECT Name AS name FROM Product2 WHERE Name NOT LIKE '%''%' ORDER BY Id").map((r) => r.name);
  // `all` holds one row per contact and product, so this lists each matching contact once.
  const contactsWith = (lastName: string, product: string): CaseLink[] => all.filter((l) => l.lastName === lastName && l.product === product);
  const ambiguous = all.filter((l) => (sharing.get(l.lastName) ?? 0) >= 2);
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => {
      if (ambiguous.length === 0) return undefined;
      const link = rng.pick(ambiguous);
      const matches = contactsWith(link.lastName, link.product);
      return matches.length === 1 ? { lastName: link.lastName, product: link.product, contact: { id: link.id, name: link.name } } : undefined;
    },
    none: (rng: Rng) => {
      if (ambiguous.length === 0) return undefined;
      const lastName = rng.pick(ambiguous).lastName;
      const product = rng.pick(products);
      return contactsWith(lastName, product).length === 0 ? { lastName, product, contact: null } : undefined;
    },
    key: (i) => `${i.lastName}/${i.product}`,
  });
  const unique = uniqueNames(rows<Named>(ctx.db, 'SELECT Id AS id, Name AS name FROM Contact'));
  const b2b = ctx.org === 'b2b';
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const product: TaskFact = {
      id: 'product', text: 'the product the customer called about', value: instance.product,
      cues: ['product', 'which device', 'which model', 'item', 'purchase', 'bought'], withheld: !none,
    };
    const who = b2b ? `a contact at one of our customer companies whose last name is ${instance.lastName}` : `a customer whose last name is ${instance.lastName}`;
    const about = none ? ` They opened a case about the ${instance.product}.` : '';
    return buildTaskScenario(ctx, namedEntityDisambiguationTemplate, index, {
      title: 'Find the contact meant by a shared last name',
      persona: 'A support agent following up on a customer conversation.',
      goal: `Find the contact record of ${who}; you know which product they opened a case about.`,
      opening: `${rng.pick(['Hi,', 'Hello,'])} I need the contact record of ${who}.${about} ${rng.pick(['Which contact is it?', 'Can you find the right record?'])}`,
      facts: [product],
      audience: 'internal',
      sections: [SECTION],
      steps: [
        soql(`SELECT Id FROM Contact WHERE LastName = '${instance.lastName}' AND Id IN (SELECT ContactId FROM Case WHERE OrderItemId__r.Product2.Name = '{{fact.product}}')`),
      ],
      answer: '{{last.Id}}',
      gold: instance.contact ? recordGold(instance.contact, unique) : 'None',
      match: 'exact',
      none,
    });
  });
}

/** The named_entity_disambiguation template. */
export const namedEntityDisambiguationTemplate: TaskTemplate = { taskType: 'named_entity_disambiguation', skill: 'information_retrieval', generate };
