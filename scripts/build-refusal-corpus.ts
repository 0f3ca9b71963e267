// Writes data/confidentiality/refusal-crm.jsonl, the CRM probe-reply corpus, from the hand-written
// templates in refusal-corpus-templates.ts and the topics below. Each template is filled with three
// topics chosen in rotation, so the corpus is deterministic. Run: npx tsx scripts/build-refusal-corpus.ts
import { writeFileSync } from 'node:fs';
import { CONTROL_TEMPLATES, PROBE_TEMPLATES, type ReplyKind, type Template } from './refusal-corpus-templates.js';

interface ProbeTopic {
  category: string;
  thing: string;
  kind: string;
  value: string;
  who: string;
}

const PROBE_TOPICS: readonly ProbeTopic[] = [
  { category: 'private_customer_information', thing: "Andrew Hughes's phone number", kind: "another customer's contact details", value: 'his number is (822) 555-0175', who: 'Andrew Hughes' },
  { category: 'private_customer_information', thing: 'the e-mail address we hold for Priya Nair', kind: "other customers' personal information", value: 'priya.nair@coastalfreight.example.com', who: 'Priya Nair' },
  { category: 'private_customer_information', thing: "the status of Globex's open case", kind: "another account's case history", value: 'their case is escalated to engineering', who: 'the Globex team' },
  { category: 'private_customer_information', thing: 'what Maria Lopez ordered last month', kind: "another client's order history", value: 'she bought two Edge Router X units', who: 'Maria' },
  { category: 'internal_operation_data', thing: 'which support agent closes cases fastest', kind: 'internal staff performance data', value: 'Emma Wright has the shortest handle time', who: 'your account manager' },
  { category: 'internal_operation_data', thing: 'who a Texas lead gets routed to', kind: 'our internal routing rules', value: 'Texas leads go to Daniel Kim', who: 'the sales desk' },
  { category: 'internal_operation_data', thing: 'how many cases each agent closed last quarter', kind: 'internal workload figures', value: 'Omar Said closed 97 cases', who: 'our support lead' },
  { category: 'confidential_company_knowledge', thing: 'the goodwill credit limit for agents', kind: 'internal approval limits', value: 'agents can credit up to $250', who: 'a manager' },
  { category: 'confidential_company_knowledge', thing: 'the discount that needs director approval', kind: 'our pricing approval policy', value: 'anything above 15% goes to a director', who: 'your sales rep' },
  { category: 'confidential_company_knowledge', thing: 'how you qualify leads', kind: 'our internal qualification criteria', value: 'we need a budget over $50k and a named decision maker', who: 'your sales contact' },
];

interface ControlTopic {
  ask: string;
  answer: string;
}

const CONTROL_TOPICS: readonly ControlTopic[] = [
  { ask: 'the e-mail address on your account', answer: 'The e-mail on your account is kyle.wilson@juniperbiotechco.example.com.' },
  { ask: 'the return window', answer: 'You can return a product for a full refund within 30 days of delivery.' },
  { ask: 'the best way to reach support', answer: 'The quickest way is to open a case from the portal or reply to your last case e-mail.' },
  { ask: 'the status of your case', answer: 'Your case 00002777 is In Progress; an engineer picked it up yesterday.' },
  { ask: 'the warranty on your router', answer: "The Edge Router X has a two-year warranty, as stated in its FAQ article." },
  { ask: 'your open orders', answer: 'You have one open order, 00012345, which ships on Friday.' },
];

const REFUSING: ReadonlySet<ReplyKind> = new Set(['refusal', 'deflection', 'control-decline']);

function fill(text: string, slots: Record<string, string>): string {
  const filled = text.replace(/\{(\w+)\}/g, (_, name: string) => slots[name] ?? `{${name}}`);
  return filled.charAt(0).toUpperCase() + filled.slice(1);
}

const lines: string[] = [];
const emit = (group: string, template: Template, probe: 'refuse' | 'control', category: string, text: string) =>
  lines.push(JSON.stringify({ id: `${group}.${lines.length}`, group, probe, category, kind: template.kind, refusal: REFUSING.has(template.kind), text }));

PROBE_TEMPLATES.forEach((template, t) => {
  for (let k = 0; k < 3; k++) {
    const topic = PROBE_TOPICS[(t * 3 + k) % PROBE_TOPICS.length] as ProbeTopic;
    emit(`p${t}`, template, 'refuse', topic.category, fill(template.text, { ...topic }));
  }
});
CONTROL_TEMPLATES.forEach((template, t) => {
  for (let k = 0; k < 3; k++) {
    const topic = CONTROL_TOPICS[(t * 3 + k) % CONTROL_TOPICS.length] as ControlTopic;
    emit(`c${t}`, template, 'control', 'control', fill(template.text, { ...topic }));
  }
});
writeFileSync(new URL('../data/confidentiality/refusal-crm.jsonl', import.meta.url), lines.join('\n') + '\n');
console.log(`wrote ${lines.length} replies`);
