/**
 * policy_violation_identification: an auditor asks whether the company's
 * side of a conversation broke a policy, and which: a service agent's chat or
 * e-mail reply on a case (refunds, goodwill credits, promised response times,
 * free replacements), or a sales rep's negotiation call on an opportunity
 * (discounts). The answer is the Id of the internal policy article broken, or
 * "None". The user holds the case number or the opportunity name. The gold
 * comes from `offer-check`, which reads the offer and checks it against the
 * records and the policies.
 *
 * How the reference reaches it: it reads the conversation (the evidence),
 * then looks up the broken policy's article, restricted to the version that
 * was published by the time of the conversation, a date it takes from the
 * conversation it read; only instances where that holds are drawn. Naming
 * the policy is the judgement no query makes, so the reference states it in
 * the lookup. None cases state the case or deal upfront and answer None
 * after reading the conversation.
 */
import type { Rng } from '../../../../util/rng.js';
import { planInstances } from '../instance-plan.js';
import { rows, usersWithTitle } from '../org-lookups.js';
import type { TaskContext, TaskTemplate } from '../task-template.js';
import { judgeDiscountOffer, judgeServiceOffer, readOffer, warrantyMonthsOf, type Verdict } from './offer-check.js';
import { policyRulesSection } from './policy-rules.js';
import { buildTaskScenario, soql, type ToolStep } from './task-scenario.js';

interface Conversation {
  scope: 'case' | 'opportunity';
  /** Case number or opportunity name: what the user names. */
  subject: string;
  channel: 'chat' | 'email' | 'call';
  text: string;
  /** When the company's side spoke (chat end, e-mail sent, call made). */
  at: string;
  verdict: Verdict;
}

interface Instance {
  conversation: Conversation;
  article: { id: string; title: string } | null;
}

function entitledHours(ctx: TaskContext, accountId: string, created: string): number | null {
  const plans = new Map(ctx.policies.supportResponseHours.map((p) => [p.plan, p.hours]));
  const fallback = ctx.policies.supportResponseHours[0]?.hours ?? 24;
  const bought = rows<{ name: string; day: string }>(
    ctx.db,
    `SELECT p.Name AS name, o.EffectiveDate AS day FROM OrderItem oi JOIN "Order" o ON o.Id = oi.OrderId JOIN Product2 p ON p.Id = oi.Product2Id
      WHERE o.AccountId = ? AND o.Status NOT IN ('Draft', 'Cancelled')`,
    accountId,
  ).filter((b) => plans.has(b.name));
  const day = created.slice(0, 10);
  // A plan delivered on the day the case was opened may or may not have counted yet.
  if (bought.some((b) => b.day === day)) return null;
  return Math.min(fallback, ...bought.filter((b) => b.day < day).map((b) => plans.get(b.name) ?? fallback));
}

function serviceConversations(ctx: TaskContext): Conversation[] {
  const found = rows<{ number: string; created: string; issue: string; account: string; delivered: string; description: string | null; channel: 'chat' | 'email'; text: string; at: string }>(
    ctx.db,
    `SELECT c.CaseNumber AS number, c.CreatedDate AS created, i.Name AS issue, c.AccountId AS account, o.EffectiveDate AS delivered,
            p.Description AS description, m.channel AS channel, m.text AS text, m.at AS at
       FROM "Case" c JOIN Issue__c i ON i.Id = c.IssueId__c JOIN OrderItem oi ON oi.Id = c.OrderItemId__c
       JOIN "Order" o ON o.Id = oi.OrderId JOIN Product2 p ON p.Id = oi.Product2Id
       JOIN (SELECT CaseId AS caseId, 'chat' AS channel, Body AS text, EndTime AS at FROM LiveChatTranscript
             UNION ALL SELECT ParentId, 'email', TextBody, MessageDate FROM EmailMessage WHERE Incoming = 0) m ON m.caseId = c.Id
      ORDER BY c.Id`,
  );
  const counts = new Map<string, number>();
  for (const f of found) counts.set(f.number, (counts.get(f.number) ?? 0) + 1);
  return found
    .filter((f) => counts.get(f.number) === 1)
    .map((f) => {
      const offer = readOffer(f.text);
      const verdict = judgeServiceOffer(offer, {
        issue: f.issue, created: f.created, delivered: f.delivered, warrantyMonths: warrantyMonthsOf(f.description),
        entitledHours: offer.kind === 'response-time' ? entitledHours(ctx, f.account, f.created) : null,
      }, ctx.policies);
      return { scope: 'case', subject: f.number, channel: f.channel, text: f.text, at: f.at, verdict };
    });
}

function negotiationCalls(ctx: TaskContext): Conversation[] {
  const calls = rows<{ name: string; title: string; text: string; at: string }>(
    ctx.db,
    `SELECT o.Name AS name, u.Title AS title, v.Body__c AS text, v.CreatedDate AS at FROM VoiceCallTranscript__c v
       JOIN Opportunity o ON o.Id = v.OpportunityId__c JOIN "User" u ON u.Id = v.OwnerId
      WHERE (v.Body__c LIKE '%off the%' OR v.Body__c LIKE '%approval%') AND o.Name NOT LIKE '%''%'
        AND (SELECT COUNT(*) FROM Opportunity x WHERE x.Name = o.Name) = 1
        AND (SELECT COUNT(*) FROM VoiceCallTranscript__c y WHERE y.OpportunityId__c = o.Id AND (y.Body__c LIKE '%off the%' OR y.Body__c LIKE '%approval%')) = 1
      ORDER BY v.Id`,
  );
  return calls.map((c) => ({
    scope: 'opportunity', subject: c.name, channel: 'call', text: c.text, at: c.at,
    verdict: judgeDiscountOffer(readOffer(c.text), c.title, ctx.policies),
  }));
}

function generate(ctx: TaskContext, count: number): ReturnType<TaskTemplate['generate']> {
  const articles = new Map(rows<{ id: string; title: string; url: string; published: string }>(
    ctx.db, "SELECT Id AS id, Title AS title, UrlName AS url, LastPublishedDate AS published FROM Knowledge__kav WHERE Category__c = 'Policy'",
  ).map((a) => [a.url, a]));
  const all = [...serviceConversations(ctx), ...negotiationCalls(ctx)];
  const broken = all.flatMap((c) => {
    if (c.verdict.status !== 'violation') return [];
    const article = articles.get(`internal-${c.verdict.policy}`);
    // The reference looks the article up as published by the time of the conversation.
    return article && article.published <= c.at ? [{ conversation: c, article: { id: article.id, title: article.title } }] : [];
  });
  // None cases where an offer was made that a policy limits, but within the policy.
  const kept = all.filter((c) => c.verdict.status === 'ok' && readOffer(c.text).kind !== 'other');
  const planned = planInstances<Instance>(ctx.rng, count, {
    regular: (rng: Rng) => (broken.length > 0 ? rng.pick(broken) : undefined),
    none: (rng: Rng) => (kept.length > 0 ? { conversation: rng.pick(kept), article: null } : undefined),
    key: (i) => `${i.conversation.scope}/${i.conversation.subject}`,
  });
  const auditors = usersWithTitle(ctx.db, 'Service Manager');
  return planned.map(({ instance, none }, index) => {
    const rng = ctx.rng.fork(`scenario/${index}`);
    const c = instance.conversation;
    const isCase = c.scope === 'case';
    const fact = isCase
      ? { id: 'case_number', text: 'the case number', value: c.subject, cues: ['case number', 'which case', 'case'], withheld: !none }
      : { id: 'opportunity', text: 'the name of the opportunity', value: c.subject, cues: ['opportunity', 'deal', 'which one', 'name'], withheld: !none };
    const evidence: ToolStep =
      c.channel === 'chat'
        ? soql("SELECT Body, EndTime FROM LiveChatTranscript WHERE Case.CaseNumber = '{{fact.case_number}}'")
        : c.channel === 'email'
          ? soql("SELECT TextBody, MessageDate FROM EmailMessage WHERE Parent.CaseNumber = '{{fact.case_number}}' AND Incoming = false")
          : soql("SELECT Body__c, CreatedDate FROM VoiceCallTranscript__c WHERE OpportunityId__r.Name = '{{fact.opportunity}}' AND (Body__c LIKE '%off the%' OR Body__c LIKE '%approval%')");
    const when = c.channel === 'chat' ? 'EndTime' : c.channel === 'email' ? 'MessageDate' : 'CreatedDate';
    const policy = c.verdict.status === 'violation' ? c.verdict.policy : undefined;
    const steps = policy ? [evidence, soql(`SELECT Id FROM Knowledge__kav WHERE UrlName = 'internal-${policy}' AND LastPublishedDate <= {{last.${when}}}`)] : [evidence];
    const what = isCase ? 'a support case' : 'a sales negotiation';
    const persona = auditors.length > 0 ? rng.pick(auditors).name : 'A compliance reviewer';
    return buildTaskScenario(ctx, policyViolationIdentificationTemplate, index, {
      title: `Which policy, if any, was broken in ${what}`,
      persona: `${persona}, reviewing conversations for policy compliance.`,
      goal: `Find out whether our side of the conversation in ${what} broke a company policy, and if so which policy article.`,
      opening: none
        ? `Hi, I'm auditing ${isCase ? `case ${c.subject}` : `the deal ${c.subject}`}. Did we break any company policy there? If so, which policy article?`
        : rng.pick([
            `Hi, I'm auditing ${what}. Did we break any company policy in it? If so, which policy article?`,
            `Hello. Could you check ${what} for me: did our side break a policy, and which one?`,
          ]),
      facts: [fact],
      audience: 'internal',
      sections: [policyRulesSection(ctx.org, ctx.policies)],
      steps,
      answer: policy ? '{{last.Id}}' : 'None',
      gold: instance.article ? [instance.article.id, instance.article.title] : 'None',
      match: 'exact',
      none,
      tags: [c.channel, ...(policy ? [policy] : [])],
    });
  });
}

/** The policy_violation_identification template. */
export const policyViolationIdentificationTemplate: TaskTemplate = { taskType: 'policy_violation_identification', skill: 'policy_compliance', generate };
