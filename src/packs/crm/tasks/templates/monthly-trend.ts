/**
 * monthly_trend_analysis: in which month of a six- or twelve-month period a
 * product (or an issue type) had the most cases. Months of such a period are
 * unique by name, so the gold accepts the month with or without its year, by
 * name or number; it is "None" when nothing was reported in the period. The
 * reference groups the cases by CALENDAR_YEAR and CALENDAR_MONTH of CreatedDate.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { namedRecords, rows, usersWithTitle, type Named } from '../org-lookups.js';
import { datetimeBounds, samplePeriod, type PeriodWindow } from '../period-window.js';
import { issueFact, periodFacts, productFact } from '../query-facts.js';
import { buildQueryScenario, chooseWithheld, goldIsHidden, type QueryInstance } from '../query-scenario.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { CASE_LINKS } from './top-issue.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const TEMPLATE = { taskType: 'monthly_trend_analysis', skill: 'database_querying' } as const;

interface Instance {
  subject: 'product' | 'issue';
  record: Named;
  window: PeriodWindow;
  /** `YYYY-MM` of the busiest month, or null. */
  month: string | null;
}

function monthCounts(ctx: TaskContext, subject: Instance['subject'], id: string, window: PeriodWindow): { month: string; n: number }[] {
  const [from, to] = datetimeBounds(window);
  const filter = subject === 'product' ? 'oi.Product2Id = ?' : 'c.IssueId__c = ?';
  return rows<{ month: string; n: number }>(
    ctx.db,
    `SELECT substr(c.CreatedDate, 1, 7) AS month, COUNT(*) AS n
       FROM "Case" c LEFT JOIN OrderItem oi ON oi.Id = c.OrderItemId__c
      WHERE ${filter} AND c.CreatedDate >= ? AND c.CreatedDate <= ?
      GROUP BY month ORDER BY n DESC, month`,
    id, from, to,
  );
}

/**
 * Ways of naming the month `YYYY-MM`, first the `M/YYYY` form the reference
 * renders from CALENDAR_MONTH and CALENDAR_YEAR (no ISO date contains it, so
 * a disclosed period never shows it); then the name with its year, the ISO
 * month, and, since the period spans at most twelve months, the bare name and
 * number.
 */
export function monthAnswers(month: string): string[] {
  const [year, padded] = month.split('-') as [string, string];
  const number = String(Number(padded));
  const name = MONTHS[Number(padded) - 1] as string;
  return [`${number}/${year}`, `${name} ${year}`, month, `${padded}/${year}`, name, number, padded];
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const products = namedRecords(ctx.db, 'Product2');
  const issues = namedRecords(ctx.db, 'Issue__c');
  const managers = usersWithTitle(ctx.db, 'Service Manager');
  const pick = (rng: Rng) => {
    const subject: Instance['subject'] = rng.next() < 0.6 ? 'product' : 'issue';
    return { subject, record: rng.pick(subject === 'product' ? products : issues), window: samplePeriod(rng, ctx.today, ['months6', 'months12']) };
  };
  const describe = (instance: Instance, none: boolean, rng: Rng): QueryInstance => {
    const [subjectHeld, periodHeld] = none ? [false, false] : chooseWithheld(rng, 2);
    const persona = managers.length > 0 ? rng.pick(managers).name : 'A service manager';
    const isProduct = instance.subject === 'product';
    const about = isProduct ? 'one product' : 'one issue type';
    const filter = isProduct ? "OrderItemId__r.Product2.Name = '{{fact.product}}'" : "IssueId__r.Name = '{{fact.issue}}'";
    return {
      title: `Busiest month for ${isProduct ? 'a product\'s' : 'an issue type\'s'} cases in a period`,
      persona: `${persona}, a service manager planning staffing around seasonal peaks.`,
      goal: `Find out in which month of the period you are reviewing the most cases about ${about} were created.`,
      opening: rng.pick([
        `Hi, I'm planning staffing. In which month did we get the most cases about ${about} I track?`,
        `Hello. I'd like to know the peak month for cases about ${about}.`,
        `Hi there, which month had the highest number of cases for ${about} of ours?`,
      ]),
      facts: [
        isProduct ? productFact(instance.record.name, subjectHeld ?? true) : issueFact(instance.record.name, subjectHeld ?? true),
        ...periodFacts(instance.window, periodHeld ?? true),
      ],
      audience: 'service-manager',
      sections: [CASE_LINKS, 'Months: name a month with its year, in the form Month YYYY.'],
      query:
        `SELECT CALENDAR_YEAR(CreatedDate) caseYear, CALENDAR_MONTH(CreatedDate) caseMonth, COUNT(Id) cases FROM Case WHERE ${filter} ` +
        'AND CreatedDate >= {{fact.period_start}}T00:00:00Z AND CreatedDate <= {{fact.period_end}}T23:59:59Z ' +
        'GROUP BY CALENDAR_YEAR(CreatedDate), CALENDAR_MONTH(CreatedDate) ORDER BY COUNT(Id) DESC LIMIT 1',
      // An empty result renders each field as None; one field keeps the no-record answer a plain "None".
      answer: none ? '{{last.caseMonth}}' : '{{last.caseMonth}}/{{last.caseYear}}',
      gold: instance.month ? monthAnswers(instance.month) : 'None',
      match: 'normalized',
      none,
      tags: [instance.window.kind, instance.subject],
    };
  };
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng) => {
      const base = pick(rng);
      const [first, second] = monthCounts(ctx, base.subject, base.record.id, base.window);
      if (first === undefined || (second !== undefined && second.n === first.n)) return undefined;
      return { ...base, month: first.month };
    },
    none: (rng) => {
      const record = rng.pick(products);
      const window = samplePeriod(rng, ctx.today, ['months6', 'months12']);
      return monthCounts(ctx, 'product', record.id, window).length === 0 ? { subject: 'product', record, window, month: null } : undefined;
    },
    key: (i) => `${i.subject}/${i.record.id}/${i.window.start}/${i.window.end}`,
    accept: (instance, none) => goldIsHidden(ctx, describe(instance, none, ctx.rng.fork('accept'))),
  });
  return planned.map(({ instance, none }, index) =>
    buildQueryScenario(ctx, TEMPLATE, index, describe(instance, none, ctx.rng.fork(`scenario/${index}`))),
  );
}

/** The monthly_trend_analysis template. */
export const monthlyTrendTemplate: TaskTemplate = { taskType: 'monthly_trend_analysis', skill: 'database_querying', generate };
