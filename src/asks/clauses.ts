/**
 * Requests versus statements. A message is cut into clauses (sentences, and
 * within a sentence the parts a new question or a first-person aside starts),
 * and each clause is read as a request or not: a question, a polite or plain
 * imperative ("please share…", "tell me…"), a need ("I'll need…"), an
 * invitation ("if you have…"), or a wh-opening without a question mark. A
 * yes/no question counts only when it asks the user to give or tell something
 * ("do you have…", "could you confirm…", "is there…", "may I have…"): "did you
 * receive our email?" asks for no e-mail address. A clause that merely
 * mentions a word is a statement and asks for nothing.
 */
import { stem, tokenize, type Token } from './tokens.js';

/** A clause of a message and whether it asks for something. */
export interface Clause {
  text: string;
  /** Offset of the clause in the message. */
  start: number;
  tokens: Token[];
  request: boolean;
  /** Why it is (or is not) a request, for explanations. */
  reason: string;
}

const WH = new Set(['what', "what's", 'whats', 'which', 'when', "when's", 'where', "where's", 'who', "who's", 'whom', 'whose', 'how', "how's"]);
const AUX = new Set(['do', 'does', 'did', 'have', 'has', 'had', 'is', 'are', 'was', 'were', 'can', 'could', 'would', 'will', 'shall', 'should', 'may', 'might', "don't", "doesn't", "didn't", "won't", "can't", "wouldn't"]);
/** Verbs that ask the user to hand something over (as stems, so inflections count). */
const GIVE = new Set(
  ('give tell share send provide confirm spell read type paste enter let remind write say list specify check find look dig remember recall ' +
    'know have got describe forward leave note pass drop mention clarify explain identify supply put fill state include indicate advise ' +
    'message text add show get repeat verify update resend input')
    .split(' ')
    .map(stem),
);
/** Verbs after "please" that ask the user to do something other than give a fact. */
const PLEASE_OTHER = new Set(
  ("hold wait allow bear be keep stand try restart make click go visit call reply accept see feel do don't note check contact unplug reboot " +
    'ignore expect rest retry follow select press open close')
    .split(' ')
    .map(stem),
);
const CONNECTORS = new Set(['and', 'so', 'but', 'also', 'then', 'ok', 'okay', 'now', 'great', 'thanks', 'thank', 'sure', 'well', 'first', 'just', 'oh', 'alright', 'right', 'perfect', 'lastly', 'finally', 'next', 'one', 'more', 'thing', 'last', 'question', 'secondly', 'firstly', 'again', 'hi', 'hello', 'hey', 'yes', 'got', 'it', 'noted', 'understood']);
const PLEASE = new Set(['please', 'pls', 'plz', 'kindly']);
/** Phrases that make any clause a request: needs, invitations, "let me know". */
const MARKERS: readonly string[][] = [
  ['i', 'need'], ["i'll", 'need'], ["i'd", 'need'], ['i', 'will', 'need'], ['i', 'would', 'need'], ['we', 'need'], ["we'll", 'need'], ["we'd", 'need'],
  ['i', 'require'], ['we', 'require'], ['i', 'must', 'have'], ['need', 'your'], ['need', 'the'], ['may', 'i', 'have'], ['can', 'i', 'have'], ['could', 'i', 'have'],
  ['let', 'me', 'know'], ['let', 'me', 'have'], ['tell', 'me'], ['give', 'me'], ['send', 'me'], ['if', 'you', 'have'], ['if', 'you', 'know'],
  ['if', 'you', 'could'], ['if', 'you', 'can'], ["i'd", 'like'], ['i', 'would', 'like'], ["i'd", 'appreciate'], ['would', 'be', 'helpful'],
  ['need', 'know'], ['need', 'to', 'know'], ['need', 'from', 'you'], ['say', 'me'], ['write', 'me'], ['once', 'we', 'know'], ['once', 'i', 'know'],
  ['once', 'we', 'have'], ['once', 'i', 'have'], ['would', 'help'], ['would', 'be', 'great'], ['would', 'be', 'useful'], ['as', 'soon', 'as', 'i', 'have'],
];

/** Where a sentence splits: a comma, colon or dash before a new question or request, or a first-person aside. */
const SUB_SPLIT =
  /(?:[,:;–—-]\s+(?=(?:and\s+|but\s+|also\s+|then\s+|or\s+)?(?:what|what's|which|when|where|who|whose|how|could you|can you|would you|will you|do you|did you|may i|is there|are there|tell me|give me|let me know)\b))|(?:,?\s+(?=(?:and|so|so that|then)\s+(?:i|we)(?:'ll|'m|'ve| will| can| am| have| shall| could)\b))|(?:,\s+(?=(?:i|we)(?:'ll|'m|'ve| will| can| am| have)\b))/giu;
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/gu;

/** Cuts `text` into clauses and reads each as a request or a statement. */
export function readClauses(text: string): Clause[] {
  const clauses: Clause[] = [];
  for (const sentence of sentences(text)) {
    let from = 0;
    const cuts = [...sentence.text.matchAll(SUB_SPLIT)].map((m) => m.index + m[0].length);
    for (const cut of [...cuts, sentence.text.length]) {
      const part = sentence.text.slice(from, cut);
      if (part.trim() !== '') clauses.push(readClause(part, sentence.start + from, sentence.text));
      from = cut;
    }
  }
  return clauses;
}

/** Sentences with their offsets; abbreviations such as "no." and "Mr." and decimals do not end one. */
function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  let pending: { text: string; start: number } | undefined;
  for (const match of text.matchAll(SENTENCE)) {
    const piece = { text: match[0], start: match.index };
    const joined = pending ? { text: pending.text + piece.text, start: pending.start } : piece;
    const next = text.charAt(match.index + match[0].length);
    if (/(?:\b(?:no|nr|mr|mrs|ms|dr|st|e\.g|i\.e|etc|vs)\.|\d\.)$/iu.test(joined.text.trimEnd()) && next !== '' && !/^\s*[A-Z]/u.test(text.slice(match.index + match[0].length)) ) {
      pending = joined;
      continue;
    }
    pending = undefined;
    out.push(joined);
  }
  if (pending) out.push(pending);
  return out;
}

function readClause(part: string, start: number, sentence: string): Clause {
  const tokens = tokenize(part).map((t) => ({ ...t, start: t.start + start, end: t.end + start }));
  const words = tokens.map((t) => t.word).filter((w) => w !== '?');
  const lead = words.find((w) => !CONNECTORS.has(w)) ?? '';
  const question = part.trimEnd().endsWith('?') || (sentence.trimEnd().endsWith('?') && (AUX.has(lead) || WH.has(lead)));
  const verdict = requestVerdict(words, tokens, question);
  return { text: part.trim(), start, tokens, request: verdict.request, reason: verdict.reason };
}

function requestVerdict(words: string[], tokens: Token[], question: boolean): { request: boolean; reason: string } {
  let i = 0;
  while (i < words.length - 1 && CONNECTORS.has(words[i] as string) && !WH.has(words[i] as string)) i++;
  const first = words[i] ?? '';
  const hasMarker = MARKERS.some((m) => containsSeq(words, m) && !needsTo(words, m));
  const pleaseAt = words.findIndex((w) => PLEASE.has(w));
  if (pleaseAt >= 0) {
    const after = tokens.filter((t) => t.word !== '?')[pleaseAt + 1];
    if (after && PLEASE_OTHER.has(after.stem) && !hasMarker) return { request: false, reason: `"please ${after.word}" asks for an action, not information` };
    return { request: true, reason: `polite request ("${words[pleaseAt]}")` };
  }
  if (hasMarker) return { request: true, reason: 'a need or invitation ("I need", "let me know", "if you have"…)' };
  if (question && AUX.has(first)) return auxQuestion(words, i);
  if (question) return { request: true, reason: 'a question' };
  if (WH.has(first)) return { request: true, reason: `a "${first}" question without a question mark` };
  const firstToken = tokens.filter((t) => t.word !== '?')[i];
  if (firstToken && GIVE.has(firstToken.stem) && i === 0 && !['hav', 'have', 'got', 'get', 'not', 'check', 'look', 'find', 'know', 'let'].includes(firstToken.stem)) {
    return { request: true, reason: `an imperative ("${firstToken.word}")` };
  }
  return { request: false, reason: 'a statement' };
}

/** A yes/no question is a request when it asks the user to give, tell or have something, or embeds a wh-question. */
function auxQuestion(words: string[], i: number): { request: boolean; reason: string } {
  const subject = words[i + 1];
  const next = words[i + 2];
  if (subject === 'there') return { request: true, reason: `"${words[i]} there…?" asks whether the user has it` };
  if ((subject === 'i' || subject === 'we') && next !== undefined && ['have', 'get', 'ask', 'take', 'grab', 'know', 'note', 'confirm', 'check', 'please', 'also'].includes(next)) {
    return { request: true, reason: `"${words[i]} ${subject} ${next}…?" asks for it` };
  }
  const rest = words.slice(i + 1);
  const wh = rest.find((w) => WH.has(w));
  if (wh) return { request: true, reason: `a yes/no question embedding "${wh}"` };
  const youAt = rest.indexOf('you');
  if (youAt >= 0) {
    const verbs = rest.slice(youAt + 1, youAt + 4);
    const give = verbs.find((w) => GIVE.has(tokenStem(w)) || w === 'mind');
    if (give && !(words[i] === 'did' && ['get', 'got'].includes(give))) return { request: true, reason: `"${words[i]} you ${give}…?" asks the user to give it` };
  }
  return { request: false, reason: `a yes/no question ("${words[i]} …?") that asks for no information` };
}

function tokenStem(word: string): string {
  return tokenize(word)[0]?.stem ?? word;
}

function containsSeq(words: readonly string[], seq: readonly string[]): boolean {
  outer: for (let i = 0; i + seq.length <= words.length; i++) {
    for (let j = 0; j < seq.length; j++) if (words[i + j] !== seq[j]) continue outer;
    return true;
  }
  return false;
}

/** "I need to check…" is the agent's own errand, not a request; "I need to know" is one. */
function needsTo(words: readonly string[], marker: readonly string[]): boolean {
  if (marker.at(-1) !== 'need') return false;
  for (let i = 0; i + marker.length < words.length; i++) {
    if (marker.every((m, j) => words[i + j] === m)) {
      const after = words[i + marker.length];
      const then = words[i + marker.length + 1];
      if (after === 'to' && then !== 'know' && then !== 'have' && then !== 'see' && then !== 'get') return true;
    }
  }
  return false;
}
