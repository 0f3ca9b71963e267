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
