/**
 * The written side of a case: the live chat for chat cases, the e-mail thread
 * for e-mail and web cases. Both carry the resolution chosen under the org's
 * policies, and planted violations are recorded in the latent against the
 * exact transcript or message that contains them.
 */
import type { Rng } from '../../../util/rng.js';
import { DAY, HOUR, fmtDateTime, wholeSeconds } from './calendar.js';
import { chooseResolution } from './case-resolution.js';
import type { ServiceAgentLatent } from './crm-latent.js';
import type { GenContext } from './gen-context.js';
import type { SoldItem } from './order-ledger.js';
import type { IssueRef, ProductRef } from './stage-catalog.js';
import type { ContactRef } from './stage-customers.js';
import type { UserRef } from './stage-staff.js';
import { isAgentSideIssue, issueSteps } from './texts-case.js';
import { chatTranscript, followUpEmail, inboundEmail, replyEmail, type ConversationArgs } from './texts-conversation.js';

/** What the communications of one case are built from. */
export interface CaseCommsInput {
  caseId: string;
  caseNumber: string;
  subject: string;
  description: string;
  origin: string;
  createdMs: number;
  closedMs: number | null;
  hours: number;
  item: SoldItem;
  contact: ContactRef;
  product: ProductRef;
  issue: IssueRef;
  firstOwner: { user: UserRef; latent: ServiceAgentLatent };
  finalOwner: { user: UserRef; latent: ServiceAgentLatent };
  /** B2B: response hours the account's support plan entitles it to. */
  entitledHours: number;
}

/** Writes the chat or e-mails of a case (phone cases have none). */
export function writeCaseCommunications(ctx: GenContext, rng: Rng, c: CaseCommsInput): void {
  if (c.origin === 'Phone' || (c.origin === 'Web' && rng.next() < 0.5)) return;
  const agent = c.origin === 'Chat' ? c.firstOwner : c.finalOwner;
  const choice = chooseResolution(ctx, rng, {
    issue: c.issue.name, productName: c.product.name, productKind: c.product.kind, listPrice: c.product.entryPrice,
    warrantyMonths: c.product.warrantyMonths, daysSinceDelivery: (c.createdMs - c.item.deliveredMs) / DAY,
    entitledHours: c.entitledHours,
  }, agent.latent.ruleBending);
  const args: ConversationArgs = {
    company: ctx.catalog.company, b2b: ctx.org === 'b2b',
    customer: { first: c.contact.first, name: c.contact.name }, agent: { first: agent.user.first, name: agent.user.name },
    product: c.product.name, issue: c.issue.name, deliveredDate: new Date(c.item.deliveredMs).toISOString().slice(0, 10),
    caseNumber: c.caseNumber, steps: issueSteps(c.issue.name), agentSide: isAgentSideIssue(c.issue.name),
    resolution: choice.resolution,
  };
  const record = (object: 'LiveChatTranscript' | 'EmailMessage', recordId: string): void => {
    if (!choice.violation) return;
    ctx.latent.policyViolations.push({
      object, recordId, parentId: c.caseId, policyKey: choice.violation.policyKey,
      articleId: ctx.latent.policyArticleIds[choice.violation.policyKey] ?? '', detail: choice.violation.detail,
    });
  };

  if (c.origin === 'Chat') {
    const seconds = 240 + rng.int(1260);
    const row = ctx.records.insert('LiveChatTranscript', {
      Name: `Chat-${c.caseNumber}`, CaseId: c.caseId, AccountId: c.item.account.id, ContactId: c.contact.id,
      OwnerId: agent.user.id, Status: 'Completed', Body: chatTranscript(rng, args),
      StartTime: fmtDateTime(c.createdMs), EndTime: fmtDateTime(c.createdMs + seconds * 1000), ChatDuration: seconds,
    });
    record('LiveChatTranscript', row.Id);
    return;
  }

  const support = `support@${ctx.catalog.emailDomain}`;
  if (c.origin === 'Email') {
    ctx.records.insert('EmailMessage', {
      ParentId: c.caseId, RelatedToId: c.caseId, Subject: c.subject, TextBody: inboundEmail(rng, args, c.description),
      FromAddress: c.contact.email, ToAddress: support, ToIds: c.firstOwner.user.id, Incoming: true, Status: 'Replied',
      MessageDate: fmtDateTime(c.createdMs),
    });
  }
  const replyMs = wholeSeconds(c.createdMs + Math.min(c.hours * 0.4, 20 + rng.next() * 8) * HOUR);
  if (replyMs > ctx.todayMs) return;
  const reply = ctx.records.insert('EmailMessage', {
    ParentId: c.caseId, RelatedToId: c.caseId, Subject: `RE: ${c.subject} [${c.caseNumber}]`, TextBody: replyEmail(rng, args),
    FromAddress: agent.user.email, ToAddress: c.contact.email, ToIds: c.contact.id, Incoming: false, Status: 'Sent',
    MessageDate: fmtDateTime(replyMs),
  });
  record('EmailMessage', reply.Id);
  const followMs = replyMs + (1 + rng.int(20)) * HOUR;
  if (rng.next() < 0.3 && followMs <= (c.closedMs ?? ctx.todayMs)) {
    ctx.records.insert('EmailMessage', {
      ParentId: c.caseId, RelatedToId: c.caseId, Subject: `RE: ${c.subject} [${c.caseNumber}]`, TextBody: followUpEmail(rng, args),
      FromAddress: c.contact.email, ToAddress: agent.user.email, ToIds: agent.user.id, Incoming: true, Status: 'Read',
      MessageDate: fmtDateTime(followMs),
    });
  }
}
