/**
 * A `contains` gold that names a thing in a state ("reservation cancelled",
 * "refund issued", "case escalated") is said in other grammar as often as in
 * the gold's own words: passive with a record id or an auxiliary between
 * ("Your reservation K7TN2D has been cancelled", "The reservation is
 * canceled"), or active with the agent as subject ("I have issued the
 * refund", "I've escalated the case to …"). This module finds those forms,
 * so that `contains` can apply its usual checks (negated, failed, offered,
 * conditional, taken back) to them. A future ("will be cancelled") or a
 * negation between the thing and its state ("has not been cancelled") is not
 * one of the forms, so it is not found.
 */
import { escapeRegExp } from '../../text/escape-regexp.js';

/** Irregular participles that do not end in -ed or -en. */
const IRREGULAR = new Set(['sent', 'paid', 'made', 'done', 'set', 'put', 'sold', 'built', 'held', 'kept', 'lost', 'split', 'shut', 'cut']);
/** Between the thing and its state in the passive: "has been", "is", "was now", "got". */
const AUXILIARY = '(?:(?:has|have|had) (?:now |just |already |also )?been|is|are|was|were|got|gets|has got|(?:has|have)(?: now| just| already)?(?= (?:shipped|arrived|landed|departed|cleared|posted) ))';
/** An adverb that does not change the state: "has been successfully cancelled". */
const ADVERB = '(?:(?:now|successfully|already|just|fully|also|officially|finally) )?';
/** What the agent says it did the thing with: "I've", "we have just", "I". */
const AGENT = '(?:i|we)(?: (?:ve|have|had|just|already|successfully|now|also|went ahead and))*';
/** Determiners before the thing in the active voice: "the" and "a" are already dropped by `comparable`. */
const DETERMINER = '(?:(?:your|this|that|our|his|her|their|its|1) )?';
/** Modifiers that make the thing another record than the one meant: "I closed the duplicate ticket". */
const OTHER_RECORD = /(?:duplicate|old|other|previous|original|wrong|extra|test|draft|second|earlier|spare|older|first)\b/;
/** States that only say a thing was done, so the thing's own verb says them too ("refund issued" = "I refunded"). */
const LIGHT_STATE = /^(?:issued|processed|made|completed|done|given|applied)$/;
/** A state said as a phrasal verb before the thing: "turned on roaming" for "roaming enabled". */
const SAID_AS: Readonly<Record<string, string>> = { enabled: 'turned on|switched on|activated', disabled: 'turned off|switched off|deactivated' };
/** States that say a request was made, and the verbs that make a request ("submitted the exchange request"). */
const REQUEST_STATE = /^(?:requested|submitted|filed|lodged|placed|raised|initiated)$/;
const REQUEST_MADE = 'requested|submitted|filed|lodged|placed|raised|made|sent|opened|logged|initiated';
/** Nouns that make the thing part of another: "the refund request" was issued, not the refund. */
const HEAD_AFTER = /^(?:request|requests|form|application|label|option|policy|ticket|reason|amount due|fee|window|reminder|notice|copy|draft|template|link|number|details|status|update|confirmation|receipt|preview)\b/;

/**
 * US and UK spellings of doubled-l participles: "canceled" = "cancelled",
 * "labeled" = "labelled". Applied to both sides, so only the gold's own
 * word is affected.
 *
 * @example usSpelling('reservation cancelled') // 'reservation canceled'
 */
export function usSpelling(text: string): string {
  return text.replace(/(?<=\p{L}e)ll(?=ed\b|ing\b)/gu, 'l');
}

/**
 * The gold's thing and state, when it is a noun phrase of one to three words and a participle, perhaps with a
 * complement after it ("stage updated to Negotiation/Review"); `null` otherwise.
 */
export function thingAndState(gold: string): { thing: string[]; state: string; rest: string[] } | null {
  const words = gold.split(' ');
  const participle = (w: string): boolean => /(?:ed|en)$/.test(w) || IRREGULAR.has(w.replace(/^(?:re|up|with|over|under|pre)(?=\p{L}{3})/u, ''));
  // The state is the last word, or the second or third before a preposition that opens its complement.
  const at = participle(words.at(-1) ?? '') ? words.length - 1 : [1, 2, 3].find((i) => participle(words[i] ?? '') && /^(?:to|into|from|for|with|by|on)$/.test(words[i + 1] ?? '')) ?? -1;
  if (at < 1 || at > 3) return null;
  const thing = words.slice(0, at);
  // A count may open the thing ("2 GB added"); any other digit is a record id, not a thing.
  if (thing.some((w, i) => (/\d/.test(w) && !(i === 0 && /^\d+$/.test(w) && thing.length > 1)) || /^(?:is|are|was|were|be|been|has|have|not|no)$/.test(w))) return null;
  return { thing, state: words[at] ?? '', rest: words.slice(at + 1) };
}

/**
 * Whether a recap gives the thing and its state as two fields of one list ("- Reservation: ABC123\n- Action:
 * cancelled ✅"): a line labelled with the thing and a line whose status, action or result is the state, not marked
 * as failed or pending. `gold` and `lines` are folded and in US spelling.
 *
 * @example stateInFields('reservation canceled', ['- reservation: abc123', '- action: canceled ✅']) // true
 */
export function stateInFields(gold: string, lines: readonly string[]): boolean {
  const parts = thingAndState(gold);
  if (parts === null || parts.rest.length > 0) return false;
  const thing = new RegExp(`^\\W*${parts.thing.map(escapeRegExp).join('\\s+')}(?:\\s+(?:id|#|no\\.?|number))?\\s*[:=]`);
  const state = new RegExp(`^\\W*(?:status|action|state|result|outcome|update)\\s*[:=]\\s*(?:\\*\\*)?${escapeRegExp(parts.state)}\\b(?![^\\n]*(?:❌|✗|\\bnot\\b|\\bpending\\b|\\bfailed\\b|\\brequested\\b))`);
  return lines.some((line) => thing.test(line)) && lines.some((line) => state.test(line));
}

/**
 * The thing in the gold's state, said passively or with the agent as subject,
 * in a comparable answer (`comparable`, padded with spaces): its index and
 * the matched words, or `null`.
 *
 * @example statePhrase('reservation canceled', ' your reservation k7tn2d has been canceled ')?.phrase // 'reservation k7tn2d has been canceled'
 * @example statePhrase('case escalated', ' i ve escalated case to billing ')?.phrase // 'i ve escalated case'
 */
export function statePhrase(gold: string, answer: string): { index: number; phrase: string } | null {
  const parts = thingAndState(gold);
  if (parts === null) return null;
  const thing = parts.thing.map(escapeRegExp).join(' ');
  const state = escapeRegExp(parts.state);
  const rest = parts.rest.map((w) => ` ${escapeRegExp(w)}`).join('');
  // Between the thing and its auxiliary: a record id ("claim clm 2026 004417") or a short "for …" ("request for dec 22 24").
  const between = `(?:(?:\\p{L}{1,8} ){0,2}(?:[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]* ){1,3}|(?:for|from|dated|on|with|at) (?:(?!(?:that|which|who|whose|but|and|while|because|is|are|was|were|not) )[\\p{L}\\p{N}]+ ){1,8}?)?`;
  // "Subscription SUB-20931 cancelled ✅": in a recap, a thing with its record id takes its state without an auxiliary.
  const recap = `(?:(?:\\p{L}{1,8} ){0,2}(?:[\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]* ){1,3})`;
  const passive = new RegExp(` (${thing} (?:${between}${AUXILIARY} ${ADVERB}|${recap})${state}${rest})(?= )`, 'gu');
  const active = new RegExp(` (${AGENT} ${state} ${DETERMINER}(?:(?!${OTHER_RECORD.source})[\\p{L}]+ )?${thing}${rest})(?= )`, 'gu');
  // "Closed the case 500Wt… after …": an answer that opens with the verb leaves its subject, the agent, unsaid.
  const opening = new RegExp(`^ (${state} ${DETERMINER}${thing}(?: [\\p{L}\\p{N}]*\\d[\\p{L}\\p{N}]*)?${rest})(?= )`, 'u');
  // "I refunded the $64.18" for "refund issued": a thing that is itself a verb, done by the agent, with a light state.
  const verbed = parts.thing.length === 1 && parts.rest.length === 0 && LIGHT_STATE.test(parts.state) ? new RegExp(` (${AGENT} ${thing}(?:ed|d))(?= )`, 'u') : null;
  // "I've turned on international roaming" for "roaming enabled": the state said as a phrasal verb.
  const phrasal = SAID_AS[parts.state] === undefined ? null : new RegExp(` (${AGENT} (?:${SAID_AS[parts.state]}) ${DETERMINER}(?:[\\p{L}]+ )?${thing}${rest})(?= )`, 'u');
  // "I've submitted the exchange request" for "exchange requested", "your exchange request has been submitted" for
  // "exchange submitted": a state that says a request was made holds of the thing's request.
  const requested = parts.rest.length === 0 && REQUEST_STATE.test(parts.state) ? `(?:${parts.state === 'requested' ? REQUEST_MADE : state})` : null;
  const requests = requested === null ? [] : [new RegExp(` (${thing} request (?:${between}${AUXILIARY} ${ADVERB}|${recap})${requested})(?= )`, 'u'), new RegExp(` (${AGENT} ${requested} ${DETERMINER}(?:[\\p{L}]+ )?${thing} request)(?= )`, 'u')];
  for (const pattern of [passive, active, opening, ...(verbed ? [verbed] : []), ...(phrasal ? [phrasal] : []), ...requests]) {
    for (const m of answer.matchAll(new RegExp(pattern.source, 'gu'))) {
      const found = m[1] ?? '';
      if (pattern !== passive && HEAD_AFTER.test(answer.slice(m.index + 1 + found.length + 1))) continue;
      return { index: m.index, phrase: found };
    }
  }
  return null;
}

