/**
 * quote_approval: a sales manager asks who has to approve a quote under the
 * discount approval policy. The largest line discount decides: the quote's
 * creator approves it when it is within their role's limit, otherwise the
 * first manager up their chain whose limit covers it; above the hard cap no
 * one may, and the answer is "None". The user holds the quote number. The
 * gold is computed here from the quote's lines and the creator's chain of
 * managers (User.ManagerId and Title).
 *
 * How the reference reaches it: it reads the quote's lines and the creator's
 * chain (the evidence), then selects the approver through the relationship
 * path an analyst would follow after reading them (CreatedById,
 * CreatedBy.ManagerId or CreatedBy.Manager.ManagerId), answering with that
 * Id. None cases state the quote upfront; their reference selects the quote
 * only if no line is above the cap, which comes back empty.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, recordGold, rows, uniqueNames, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { discountLimitsText } from './policy-rules.js';
import { buildTaskScenario, soql } from './task-scenario.js';

/** The relationship path from a quote to each level of its approval chain. */
const CHAIN_PATHS = ['CreatedById', 'CreatedBy.ManagerId', 'CreatedBy.Manager.ManagerId'] as const;

interface Person {
  id: string;
  name: string;
  title: string;
  manager: string | null;
}

interface Instance {
  number: string;
  maxDiscount: number;
  /** Index in CHAIN_PATHS of the approver, or null when no one may approve. */
  level: number | null;
  approver: Person | null;
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const { policies } = ctx;
  const people = new Map(rows<Person>(ctx.db, 'SELECT Id AS id, Name AS name, Title AS title, ManagerId AS manager FROM "User"').map((p) => [p.id, p]));
  const limitOf = (title: string): number => policies.discountApproval.find((r) => r.title === title)?.maxDiscountPercent ?? -1;
  const quotes = rows<{ number: string; creator: string; maxDiscount: number }>(
    ctx.db,
    `SELECT q.QuoteNumber AS number, q.CreatedById AS creator, MAX(l.Discount) AS maxDiscount FROM Quote q JOIN QuoteLineItem l ON l.QuoteId = q.Id
      WHERE (SELECT COUNT(*) FROM Quote x WHERE x.QuoteNumber = q.QuoteNumber) = 1 GROUP BY q.Id ORDER BY q.Id`,
  );
  const instances: Instance[] = quotes.flatMap((q): Instance[] => {
    if (q.maxDiscount > policies.hardDiscountCapPercent) return [{ number: q.number, maxDiscount: q.maxDiscount, level: null, approver: null }];
    let person = people.get(q.creator);
    for (let level = 0; level < CHAIN_PATHS.length && person; level++) {
      if (limitOf(person.title) >= q.maxDiscount) return [{ number: q.number, maxDiscount: q.maxDiscount, level, approver: person }];
      person = person.manager ? people.get(person.manager) : undefined;
    }
    return [];
  });
  const byLevel = [0, 1, 2].map((level) => instances.filter((i) => i.level === level)).filter((list) => list.length > 0);
  const overCap = instances.filter((i) => i.level === null);
  const planned = planInstances<Instance>(ctx.rng, count, {
    // Levels are drawn evenly, so approvals by managers are not drowned out by quotes the creator may approve.
    regular: (rng: Rng) => (byLevel.length > 0 ? rng.pick(rng.pick(byLevel)) : undefined),
    none: (rng: Rng) => (overCap.length > 0 ? rng.pick(overCap) : undefined),
    key: (i) => i.number,
  });
  const managers = usersWithTitle(ctx.db, 'Sales Manager');
  const unique = uniqueNames(namedRecords(ctx.db, 'User'));
  const section =
    'Quote approval policy: the largest line discount of a quote (QuoteLineItem.Discount, in percent) decides who must approve it. ' +
    "The quote's creator (Quote.CreatedById) approves it when that discount is within their own role's limit (User.Title); " +
    'otherwise their manager (User.ManagerId) when it is within the manager\'s limit; otherwise the manager\'s manager. ' +
    `${discountLimitsText(policies)} Reply with the User Id of the person who must approve the quote, or None when no one may approve it.`;
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A sales manager';
    const lines = soql("SELECT Product2.Name, Quantity, Discount FROM QuoteLineItem WHERE Quote.QuoteNumber = '{{fact.quote_number}}' ORDER BY Discount DESC");
    const chain = soql("SELECT CreatedBy.Name, CreatedBy.Title, CreatedBy.Manager.Name, CreatedBy.Manager.Title FROM Quote WHERE QuoteNumber = '{{fact.quote_number}}'");
    const path = CHAIN_PATHS[instance.level ?? 2];
    const approver =
      instance.level === null
        ? soql(
            `SELECT ${path} FROM Quote WHERE QuoteNumber = '{{fact.quote_number}}' ` +
              `AND Id NOT IN (SELECT QuoteId FROM QuoteLineItem WHERE Discount > ${policies.hardDiscountCapPercent})`,
          )
        : soql(`SELECT ${path} FROM Quote WHERE QuoteNumber = '{{fact.quote_number}}'`);
    return buildTaskScenario(ctx, quoteApprovalTemplate, index, {
      title: 'Who must approve a quote under the discount approval policy',
      persona: `${persona}, a sales manager working through pending quotes.`,
      goal: 'Find out who has to approve one of your quotes under the discount approval policy.',
      opening: none
        ? `Hi, who needs to approve quote ${instance.number} under our discount policy?`
        : rng.pick(['Hi, who needs to approve one of our quotes under the discount policy?', 'Hello. Can you tell me who has to sign off on a quote, per the discount approval rules?']),
      facts: [{ id: 'quote_number', text: 'the quote number', value: instance.number, cues: ['quote number', 'which quote', 'quote'], withheld: !none }],
      audience: 'sales-manager',
      sections: [section],
      steps: [lines, chain, approver],
      answer: `{{last.${path}}}`,
      gold: instance.approver ? recordGold({ id: instance.approver.id, name: instance.approver.name }, unique) : 'None',
      match: 'exact',
      none,
      tags: [instance.level === null ? 'over-cap' : `chain-${instance.level}`],
    });
  });
}

/** The quote_approval template. */
export const quoteApprovalTemplate: TaskTemplate = { taskType: 'quote_approval', skill: 'policy_compliance', generate };
