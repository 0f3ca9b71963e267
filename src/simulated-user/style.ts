/**
 * The persona's writing style, applied by the agenda user after it has
 * composed a reply, for robustness studies (does the agent cope with a terse,
 * rambling or sloppy user?). Everything is seeded by the turn's generator,
 * and fact values are never touched, so the ledger's verbatim guarantee holds:
 * - `terse` drops greetings and pleasantries, and sentences that carry no
 *   fact value when another one does;
 * - `verbose` wraps the message in filler sentences;
 * - `typos: r` swaps two inner letters of a share r of the words of four or
 *   more letters outside fact values.
 */
import type { UserStyle } from '../scenario/schema.js';
import type { Rng } from '../util/rng.js';

const PLEASANTRY = /^(?:hi|hello|hey|sure|of course|ok|okay|yes|well|great|thanks|thank you)[,!.]?\s+/i;
const PLEASANTRY_ONLY = /^(?:hi|hello|hey|sure|of course|ok|okay|yes|well|great|thanks|thank you)(?: there| so much)?[\s,!.]*$/i;
const LEAD_INS = [
  "Sorry, I'm not great with these chats.",
  'Let me see, I want to get this right.',
  "I've been meaning to sort this out for a while now.",
  'Bear with me a second.',
];
const TAILS = [
  'I hope that makes sense.',
  "Sorry if that's a lot of detail, I just want to be clear.",
  'Let me know if you need anything else from me.',
  "It's been a long week, to be honest.",
];

/** Whether `style` leaves every message as it is (plain text of normal length), so callers can skip preparing for it. */
export function isPlainStyle(style: UserStyle | undefined): boolean {
  return style === undefined || (style.verbosity === 'normal' && !(style.typos > 0));
}

/** `message` in `style`; `values` are the fact values that must stay verbatim. */
export function applyStyle(message: string, style: UserStyle | undefined, values: readonly string[], rng: Rng): string {
  if (style === undefined || isPlainStyle(style)) return message;
  let out = message;
  if (style.verbosity === 'terse') out = terse(out, values);
  if (style.verbosity === 'verbose') out = `${rng.fork('lead').pick(LEAD_INS)} ${out} ${rng.fork('tail').pick(TAILS)}`;
  if (style.typos > 0) out = typos(out, values, style.typos, rng.fork('typos'));
  return out;
}

function terse(message: string, values: readonly string[]): string {
  const sentences = message.match(/[^.!?]+[.!?]*\s*/g)?.map((s) => s.trim()).filter(Boolean) ?? [message];
  const content = sentences.filter((s) => !PLEASANTRY_ONLY.test(s));
  const carrying = content.filter((s) => values.some((v) => v !== '' && s.toLowerCase().includes(v.toLowerCase())));
  const kept = carrying.length > 0 ? carrying : content.length > 0 ? content : sentences;
  return kept.map((s) => s.replace(PLEASANTRY, '').replace(/!+$/, '.')).join(' ');
}

function typos(message: string, values: readonly string[], rate: number, rng: Rng): string {
  const lower = message.toLowerCase();
  const protectedSpans: [number, number][] = [];
  for (const v of values) {
    const needle = v.toLowerCase();
    if (needle === '') continue;
    for (let i = lower.indexOf(needle); i >= 0; i = lower.indexOf(needle, i + 1)) protectedSpans.push([i, i + needle.length]);
  }
  return message.replace(/\p{L}{4,}/gu, (word, offset: number) => {
    // Every eligible word draws, so one word's fate does not shift the next one's.
    const draw = rng.next();
    const position = rng.int(word.length - 3) + 1;
    if (draw >= rate || protectedSpans.some(([a, b]) => offset < b && offset + word.length > a)) return word;
    return word.slice(0, position) + word.charAt(position + 1) + word.charAt(position) + word.slice(position + 2);
  });
}
