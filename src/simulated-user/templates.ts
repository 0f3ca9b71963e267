/**
 * The agenda user's wording. Each kind of sentence has several variants and the
 * caller picks one with a seeded `Rng`, so a seed fixes the wording while
 * different seeds vary it. Templates carry no values of their own: the only
 * values in a sentence are the fact value passed in, which appears verbatim,
 * and scenario text (goal, fact and unknown descriptions). Keep it that way,
 * or the fact ledger stops being the truth about what the user revealed.
 */
import type { Rng } from '../util/rng.js';
import { capitalise, factShape, goalInFirstPerson, nounPhrase } from '../core/fact-phrase.js';

type Template = (slot: string, value?: string) => string;

const OPENINGS: readonly Template[] = [
  (goal) => `Hi, I need some help. ${goal}`,
  (goal) => `Hello! ${goal}`,
  (goal) => `Hi there. ${goal}`,
  (goal) => `Good morning. ${goal}`,
  (goal) => `Hello, I hope you can help me. ${goal}`,
];

const ASKED: readonly Template[] = [
  (text, value) => `${capitalise(text)} is ${value}.`,
  (text, value) => `Sure, ${text} is ${value}.`,
  (text, value) => `Of course. ${capitalise(text)} is ${value}.`,
  (text, value) => `${capitalise(text)}: ${value}.`,
  (text, value) => `Yes, ${text} is ${value}.`,
];

const VOLUNTEERED: readonly Template[] = [
  (text, value) => `By the way, ${text} is ${value}.`,
  (text, value) => `Also, ${text} is ${value}.`,
  (text, value) => `In case it helps, ${text} is ${value}.`,
  (text, value) => `I should mention that ${text} is ${value}.`,
];

const RESTATED: readonly Template[] = [
  (text, value) => `As I said, ${text} is ${value}.`,
  (text, value) => `Like I mentioned, ${text} is ${value}.`,
  (text, value) => `Again, ${text} is ${value}.`,
];

/** A that-clause fact ("that I recently moved house") is a statement; its value follows as an aside. */
const CLAUSE_ASKED: readonly Template[] = [
  (clause, value) => `${capitalise(clause)} (${value}).`,
  (clause, value) => `Yes: ${clause} (${value}).`,
  (clause, value) => `Sure. ${capitalise(clause)} (${value}).`,
];
const CLAUSE_VOLUNTEERED: readonly Template[] = [
  (clause, value) => `By the way, ${clause} (${value}).`,
  (clause, value) => `I should mention that ${clause} (${value}).`,
  (clause, value) => `In case it helps: ${clause} (${value}).`,
];
const CLAUSE_RESTATED: readonly Template[] = [
  (clause, value) => `As I said, ${clause} (${value}).`,
  (clause, value) => `Like I mentioned, ${clause} (${value}).`,
];
/** A yes/no fact ("whether I kept the receipt") is answered with "as for …". */
const YESNO: readonly Template[] = [
  (question, value) => `As for ${question}: ${value}.`,
  (question, value) => `About ${question}: ${value}.`,
];

const WITHHELD: readonly Template[] = [
  (text) => `I'd rather not say what ${text} is.`,
  (text) => `Sorry, I can't share ${text}.`,
  (text) => `I'd prefer not to give out ${text}.`,
];
const WITHHELD_CLAUSE: readonly Template[] = [() => `I'd rather not go into that.`, () => `Sorry, that's something I'd rather keep to myself.`];

const UNKNOWN: readonly Template[] = [
  (what) => `I don't know ${what}, sorry.`,
  (what) => `Sorry, I don't know ${what}.`,
  (what) => `I'm afraid I don't know ${what}.`,
];

const NUDGES: readonly Template[] = [
  (goal) => `I'm not sure what you need from me. To recap: ${goal}`,
  (goal) => `Sorry, I don't follow. What I need is this: ${goal}`,
  (goal) => `Could you help me with my request? ${goal}`,
  (goal) => `Let me repeat what I'm after. ${goal}`,
];

const THANKS: readonly string[] = [
  'Thank you, that is all I needed.',
  'Great, thanks for your help!',
  'Perfect, thank you.',
  'Thanks, that answers my question.',
];

/** A goal written as a sentence: capitalised, ending in punctuation. */
function asSentence(text: string): string {
  const trimmed = capitalise(text.trim());
  return /[.!?]$/.test(trimmed) ? trimmed : `${trimmed}.`;
}

/** The first message, built from the goal. */
export function openingMessage(rng: Rng, goal: string): string {
  return rng.pick(OPENINGS)(asSentence(goalInFirstPerson(goal)));
}

/** A sentence giving a fact's value; `how` selects answered, volunteered or restated wording. */
export function factSentence(
  rng: Rng,
  how: 'asked' | 'volunteered' | 'restated',
  text: string,
  value: string | number,
): string {
  const shape = factShape(text);
  if (shape.kind === 'clause') {
    const variants = how === 'asked' ? CLAUSE_ASKED : how === 'volunteered' ? CLAUSE_VOLUNTEERED : CLAUSE_RESTATED;
    return rng.pick(variants)(shape.clause, String(value));
  }
  if (shape.kind === 'yesno') return rng.pick(YESNO)(shape.question, String(value));
  const variants = how === 'asked' ? ASKED : how === 'volunteered' ? VOLUNTEERED : RESTATED;
  return rng.pick(variants)(shape.subject, String(value));
}

/** A polite refusal to give a `never` fact; it names the fact, never its value. */
export function withheldSentence(rng: Rng, text: string): string {
  const shape = factShape(text);
  return shape.kind === 'noun' ? rng.pick(WITHHELD)(shape.subject) : rng.pick(WITHHELD_CLAUSE)('');
}

/** "I don't know …" for an unknown; `what` is its description or the cue the agent used. */
export function unknownSentence(rng: Rng, what: string): string {
  return rng.pick(UNKNOWN)(nounPhrase(what));
}

/** A reply to a message that asked for nothing the user recognises: it restates the goal. */
export function nudgeMessage(rng: Rng, goal: string): string {
  return rng.pick(NUDGES)(asSentence(goalInFirstPerson(goal)));
}

/** The reply to the agent's final answer. */
export function thanksMessage(rng: Rng): string {
  return rng.pick(THANKS);
}

const NEXT_REQUESTS: readonly Template[] = [
  (goal) => `Thanks. One more thing: ${goal}`,
  (goal) => `Great, thank you. I also have another request. ${goal}`,
  (goal) => `Thanks for that. Next, ${goal.charAt(0).toLowerCase()}${goal.slice(1)}`,
];

/** The message that opens the next of several requests (`user.goals`) after the agent answered one, built from its goal. */
export function nextRequestMessage(rng: Rng, goal: string): string {
  return rng.pick(NEXT_REQUESTS)(asSentence(goalInFirstPerson(goal)));
}

const CORRECTIONS = [
  (what: string, value: string) => `Sorry, I gave you the wrong ${what.replace(/^(?:the|my|our|your) /, '')}: it's ${value}.`,
  (what: string, value: string) => `Oh wait, my mistake, ${what} is actually ${value}.`,
  (what: string, value: string) => `Apologies, I misread it. ${capitalise(what)} is ${value}.`,
];

/** A sentence correcting a value said wrongly before; it gives the true value. */
export function correctionSentence(rng: Rng, text: string, value: string | number): string {
  return rng.pick(CORRECTIONS)(nounPhrase(text), String(value));
}
