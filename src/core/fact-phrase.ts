/**
 * How a fact's `text` fits into the agenda user's sentences. Scenario authors
 * write fact descriptions in several shapes, and one "<text> is <value>"
 * template cannot serve them all ("which blender model I bought is Vortex
 * 900", "that I recently moved house is moved house last week"). This module
 * sorts a description into a shape and gives each shape its own grammatical
 * subject or clause:
 *
 * - a noun phrase ("my order number", "the product the customer called
 *   about", "Kim's address"): the subject as written, a bare noun getting "the";
 * - an embedded question ("which blender model I bought", "how many packs I
 *   want to return", "when I bought it"): turned into the noun phrase it asks
 *   for ("the blender model I bought", "the number of packs I want to return");
 * - a that-clause ("that I recently moved house"): a statement of its own, with
 *   the value as an aside;
 * - a yes/no question ("whether I kept the receipt"): answered as "as for …".
 */

/** The shape of a fact description, as the templates need it. */
export type FactShape =
  | { kind: 'noun'; subject: string }
  | { kind: 'clause'; clause: string }
  | { kind: 'yesno'; question: string };

const DETERMINER = /^(?:my|your|our|his|her|their|its|the|a|an|this|these|those|some|any|each|every|all)$/i;

/** Lower-cases a sentence-initial capital only on an ordinary word ("My" → "my"), never on a name or acronym. */
function lowerStart(text: string): string {
  const first = text.split(/\s+/)[0] ?? '';
  return DETERMINER.test(first) || /^(?:Which|What|How|When|Where|Who|Whose|Whether|If|That)$/.test(first) ? text.charAt(0).toLowerCase() + text.slice(1) : text;
}

/** Shapes of descriptions already sorted: the agenda user words the same few facts turn after turn. Bounded, as texts are free. */
const shapes = new Map<string, Readonly<FactShape>>();
const MAX_SHAPES = 1024;

/** Sorts a fact description into its shape (a shared, frozen object). */
export function factShape(text: string): Readonly<FactShape> {
  let shape = shapes.get(text);
  if (!shape) {
    shape = Object.freeze(sortShape(text));
    if (shapes.size >= MAX_SHAPES) shapes.delete(shapes.keys().next().value as string);
    shapes.set(text, shape);
  }
  return shape;
}

function sortShape(text: string): FactShape {
  const t = lowerStart(text.trim().replace(/[.!?]+$/, ''));
  const [first = '', second = ''] = t.split(/\s+/);
  const rest = (n: number) => t.split(/\s+/).slice(n).join(' ');
  if (first === 'that') return { kind: 'clause', clause: rest(1) };
  if (first === 'whether' || first === 'if') return { kind: 'yesno', question: t };
  if (first === 'how' && second === 'many') return { kind: 'noun', subject: `the number of ${rest(2)}` };
  if (first === 'how' && second === 'much') return { kind: 'noun', subject: `the amount of ${rest(2)}` };
  if (first === 'how') return { kind: 'noun', subject: `the way ${rest(1)}` };
  if (first === 'which' || first === 'what' || first === 'whose') return { kind: 'noun', subject: `the ${rest(1)}` };
  if (first === 'when') return { kind: 'noun', subject: `the time when ${rest(1)}` };
  if (first === 'where') return { kind: 'noun', subject: `the place where ${rest(1)}` };
  if (first === 'who' || first === 'whom') return { kind: 'noun', subject: `the person who ${rest(1)}` };
  if (first === 'why') return { kind: 'noun', subject: `the reason ${rest(1)}` };
  if (DETERMINER.test(first) || /'s$/.test(first)) return { kind: 'noun', subject: t };
  return { kind: 'noun', subject: `the ${t}` };
}

/** Upper-cases the first letter. */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const LEADS = /^(?:I|I'm|I'd|I've|I'll|My|We|We're|Our|Where|What|When|Which|Who|Why|How|Is|Are|Can|Could|Do|Does|Did|Will|Would|Please|Hi|Hello)(?![\w'])/i;

/**
 * A goal in the user's own voice. Goals are written as instructions to the
 * user ("Get the tracking number of your most recent order."); said back to
 * the agent they become "I'd like to get the tracking number of my most
 * recent order." A goal already in the first person, or put as a question, is kept.
 */
export function goalInFirstPerson(goal: string): string {
  const g = goal.trim();
  if (LEADS.test(g)) return g;
  const swapped = g
    .replace(/\byou are\b/gi, 'I am')
    .replace(/\byou were\b/gi, 'I was')
    .replace(/\byou're\b/gi, "I'm")
    .replace(/\byou've\b/gi, "I've")
    .replace(/\byours\b/gi, 'mine')
    .replace(/\byourself\b/gi, 'myself')
    .replace(/\byour\b/gi, 'my')
    .replace(/\b(to|for|with|from|at|by|about|of|than) you\b/gi, '$1 me')
    .replace(/\byou\b/gi, 'I');
  return `I'd like to ${swapped.charAt(0).toLowerCase()}${swapped.slice(1)}`;
}

const NOUN_DETERMINER = /^(?:my|your|our|his|her|their|its|the|a|an|this|that|these|those|some|any|each|every|all|which|what|when|where|who|whom|whose|why|how|whether|if)$/i;

/**
 * A fact description as it reads mid-sentence: "My order number" → "my order
 * number", and a bare noun gets "the" ("order number" → "the order number")
 * so that "… is A-17" reads as a sentence. Shared by the agenda user, the
 * reference agent (which words its questions from the same descriptions) and
 * the `concat` condition.
 */
export function nounPhrase(text: string): string {
  const trimmed = text.trim().replace(/[.!?]+$/, '');
  // Lower-case a leading capital only when the next letter is lower-case, so acronyms ("VIN") survive.
  const lowered = /^[A-Z][a-z]/.test(trimmed) ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1) : trimmed;
  const first = lowered.split(/\s+/)[0] ?? '';
  return NOUN_DETERMINER.test(first) || /'s$/.test(first) ? lowered : `the ${lowered}`;
}
