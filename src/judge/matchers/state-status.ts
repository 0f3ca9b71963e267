/**
 * A `contains` gold that names a thing, a state and where it went ("case
 * escalated to tier 2") is also said as a status: the state as a recap's
 * status with the destination after it ("Status: Escalated (Tier 2 Support
 * queue)"), or the state's noun reported done with the thing now at the
 * destination ("Escalation done: the case is now with Tier-2"). Only golds
 * whose state takes a complement ("to …", "into …") are read this way: the
 * destination must be the gold's.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';
import { thingAndState } from './state-phrase.js';

/**
 * The status form of the gold in a comparable answer (`comparable`, padded with spaces): its index and the matched
 * words, or `null`.
 *
 * @example statusPhrase('case escalated to tier 2', ' status escalated tier 2 support queue ')?.phrase // 'status escalated tier 2'
 */
export function statusPhrase(gold: string, answer: string): { index: number; phrase: string } | null {
  const parts = thingAndState(gold);
  if (parts === null || !/^(?:to|into)$/.test(parts.rest[0] ?? '') || parts.rest.length < 2) return null;
  const thing = parts.thing.map(escapeRegExp).join(' ');
  const target = parts.rest.slice(1).map(escapeRegExp).join(' ');
  const state = escapeRegExp(parts.state);
  // "escalated" → "escalation", "activated" → "activation": the state's noun.
  const noun = /ated$/.test(parts.state) ? escapeRegExp(parts.state.replace(/ed$/, 'ion')) : null;
  const forms = [
    new RegExp(` ((?:status|state|result|outcome|action) ${state} (?:${escapeRegExp(parts.rest[0] ?? '')} )?${target})(?= )`, 'u'),
    ...(noun === null ? [] : [new RegExp(` (${noun} (?:done|complete|completed|successful|confirmed) (?:${thing}|it) (?:is|was) now (?:with|in|at) ${target})(?= )`, 'u')]),
  ];
  for (const pattern of forms) {
    const m = pattern.exec(answer);
    if (m !== null) return { index: m.index, phrase: m[1] ?? '' };
  }
  return null;
}

/**
 * Whether a line of the answer (folded, lower case) gives the gold's state as its thing's status field:
 * "exchange_status: submitted" or "Exchange status = submitted" for "exchange has been submitted". The
 * gold is a thing of one or two words, an optional auxiliary and a participle; the field ends at the state.
 *
 * @example fieldStatus('exchange has been submitted', ['exchange_status: submitted']) // true
 */
export function fieldStatus(gold: string, lines: readonly string[]): boolean {
  const m = /^(\p{L}+(?: \p{L}+)?) (?:(?:has|have) been |is |are |was |were )?(\p{L}+ed)$/u.exec(gold);
  if (m === null || /\b(?:has|have|is|are|was|were|not|no)\b/.test(m[1] ?? '')) return false;
  const thing = (m[1] ?? '').split(' ').map(escapeRegExp).join('[\\s_-]');
  const field = new RegExp(`^\\W*${thing}[\\s_-]status\\W*[:=]\\s*["'*]*${escapeRegExp(m[2] ?? '')}["'*]*\\s*[,.;]?\\s*$`, 'u');
  return lines.some((line) => field.test(line.trim()));
}

/** Fields that name where a thing went: "queue: Tier 2", "assignee = Lena". */
const DESTINATION_FIELD = '(?:queue|team|group|tier|level|owner|assignee|assigned_to|destination|routed_to)';

/**
 * Whether the answer's fields (folded, lower case, one a line) give a gold of a state and its complement
 * ("escalated to tier 2", "submitted for approval") as a status and its destination ("status: Escalated" with
 * "queue: Tier 2"), or as a status field named after the complement ("Approval_Status__c = 'Submitted'").
 *
 * @example complementFields('escalated to tier 2', ['status: escalated', 'queue: tier 2']) // true
 */
export function complementFields(gold: string, lines: readonly string[]): boolean {
  const m = /^(\p{L}+ed) (to|into|for) (\p{L}[\p{L}\p{N} ]*)$/u.exec(gold);
  // "result: failed", "success: false": the fields report that the change did not go through.
  if (m === null || lines.some((l) => /\b(?:result|outcome|success|ok)["']?\s*[:=]\s*["']?(?:fail|failed|failure|error|false|denied|rejected)\b/.test(l))) return false;
  const [state, preposition, target] = [escapeRegExp(m[1] ?? ''), m[2] ?? '', (m[3] ?? '').split(' ').map(escapeRegExp).join('[\\s_-]*')];
  const value = (name: string, said: string): RegExp => new RegExp(`(?:^|[\\s>→:;,.(\\-])["']?${name}["']?\\s*[:=]\\s*["'*]*${said}["'*]*(?=\\s*(?:[,.;)]|$))`, 'u');
  if (preposition !== 'for' && lines.some((l) => value('status', state).test(l)) && lines.some((l) => value(DESTINATION_FIELD, target).test(l))) return true;
  // "Approval_Status__c = 'Submitted'" for "submitted for approval": the status of the complement itself.
  return preposition === 'for' && lines.some((l) => value(`${target}[\\w]*?_?status\\w*`, state).test(l));
}
