/**
 * Seeded templates for service conversations: live chats and e-mail replies.
 * The resolution an agent offers is decided by the service stage (which knows
 * the policies and whether to plant a violation); this module only words it.
 * Compliant and violating offers use the same wording, so spotting a violation
 * takes checking the facts (delivery date, warranty, limits) against policy,
 * not spotting a tell-tale phrase.
 */
import type { Rng } from '../../../util/rng.js';

/** What the agent offers at the end of the conversation. */
export type Resolution =
  | { kind: 'troubleshoot' }
  | { kind: 'replace-free' }
  | { kind: 'paid-repair'; price: number; warrantyMonths: number }
  | { kind: 'refund'; amount: number }
  | { kind: 'decline-refund'; windowDays: number }
  | { kind: 'credit'; amount: number }
  | { kind: 'response-time'; hours: number }
  | { kind: 'license-refund'; amount: number }
  | { kind: 'decline-license-refund'; days: number }
  | { kind: 'ship-parts' };

/** The people and facts a conversation mentions. */
export interface ConversationArgs {
  company: string;
  b2b: boolean;
  customer: { first: string; name: string };
  agent: { first: string; name: string };
  product: string;
  issue: string;
  deliveredDate: string;
  caseNumber: string;
  steps: readonly [string, string, string];
  /** The issue is handled on the order or account, so the customer is not asked to try steps. */
  agentSide: boolean;
  resolution: Resolution;
}

const money = (n: number): string => `$${n.toFixed(2)}`;

/** The sentence in which the agent offers the resolution. */
function resolutionSentence(r: Resolution, product: string): string {
  switch (r.kind) {
    case 'troubleshoot':
      return 'If that does not help, reply here and we will take the next step together.';
    case 'replace-free':
      return `I have arranged a replacement ${product} for you free of charge; it ships within two business days.`;
    case 'paid-repair':
      return `This is not covered by the ${r.warrantyMonths}-month warranty of your ${product}, so I can offer a repair for ${money(r.price)}.`;
    case 'refund':
      return `I have issued a full refund of ${money(r.amount)} to your original payment method.`;
    case 'decline-refund':
      return `The order was delivered more than ${r.windowDays} days ago, so I am not able to refund it, but I can help under the warranty.`;
    case 'credit':
      return `As an apology for the trouble I have added a credit of ${money(r.amount)} to your account.`;
    case 'response-time':
      return `Our engineering team will get back to you within ${r.hours} hour${r.hours === 1 ? '' : 's'}.`;
    case 'license-refund':
      return `I have processed a refund of ${money(r.amount)} for the license.`;
    case 'decline-license-refund':
      return `Licenses can only be refunded within ${r.days} days of purchase and before activation, so I cannot refund this one, but I can help you activate it.`;
    case 'ship-parts':
      return 'I am shipping the missing parts today at no cost.';
  }
}

/** A chat transcript body: one `Name: text` line per message. */
export function chatTranscript(rng: Rng, a: ConversationArgs): string {
  const c = a.customer.first;
  const ag = a.agent.first;
  const lines: [string, string][] = [
    [ag, rng.pick([`Hi ${c}, thanks for contacting ${a.company} support. My name is ${ag}. How can I help?`, `Hello ${c}, you are chatting with ${ag} from ${a.company}. What can I do for you today?`])],
    [c, a.agentSide
      ? rng.pick([`I am contacting you about my ${a.product}: ${a.issue.toLowerCase()}.`, `Hi, it is about the ${a.product}. ${a.issue}.`])
      : rng.pick([`My ${a.product} has a problem: ${a.issue.toLowerCase()}.`, `Hi, I have an issue with the ${a.product}. ${a.issue}.`, `Hello. ${a.issue} on my ${a.product}.`])],
    [ag, `I am sorry to hear that. When was it delivered?`],
    [c, rng.pick([`It arrived on ${a.deliveredDate}.`, `We got it on ${a.deliveredDate}.`, `Delivery was ${a.deliveredDate}.`])],
    ...(a.agentSide
      ? ([
          [ag, 'Thanks. Let me pull up the order and look into it.'],
          [c, rng.pick(['Sure, take your time.', 'Thank you.', 'Okay.'])],
          [ag, `I have noted this on case ${a.caseNumber}. ${resolutionSentence(a.resolution, a.product)}`],
        ] as [string, string][])
      : ([
          [ag, `Thanks. Could you please ${a.steps[0]}?`],
          [c, rng.pick(['I tried that, it did not help.', 'Done, but nothing changed.', 'Okay, still the same problem.'])],
          [ag, `Understood. I have noted this on case ${a.caseNumber}. Please also ${a.steps[1]}. ${resolutionSentence(a.resolution, a.product)}`],
        ] as [string, string][])),
    [c, rng.pick(['Thank you.', 'Great, thanks for your help.', 'Okay, I appreciate it.'])],
    [ag, rng.pick([`You are welcome, ${c}. Have a great day!`, `Happy to help. Take care, ${c}.`])],
  ];
  return lines.map(([who, text]) => `${who}: ${text}`).join('\n');
}

/** The customer's first e-mail on a case. */
export function inboundEmail(rng: Rng, a: ConversationArgs, description: string): string {
  const greeting = rng.pick(['Hello,', 'Hi support team,', 'Dear support,']);
  const sign = a.b2b ? `${a.customer.name}` : a.customer.first;
  return `${greeting}\n\n${description}\n\n${rng.pick(['Thanks,', 'Regards,', 'Best,'])}\n${sign}`;
}

/** The agent's reply on a case. */
export function replyEmail(rng: Rng, a: ConversationArgs): string {
  const intro = rng.pick([
    `Thank you for reaching out about your ${a.product}.`,
    `Thanks for contacting ${a.company} support about the ${a.issue.toLowerCase()}.`,
    `I have reviewed case ${a.caseNumber} about your ${a.product}.`,
  ]);
  const step = a.agentSide ? 'I have checked your order and account.' : `Please ${a.steps[0]}, and if needed ${a.steps[2]}.`;
  return `Hello ${a.customer.first},\n\n${intro} ${step} ${resolutionSentence(a.resolution, a.product)}\n\nBest regards,\n${a.agent.name}\n${a.company} Support`;
}

/** A short customer follow-up after the reply. */
export function followUpEmail(rng: Rng, a: ConversationArgs): string {
  return `${rng.pick(['Thanks for the quick answer.', 'Thank you, that works for me.', 'Got it, thanks.'])}\n\n${a.customer.first}`;
}
