/**
 * What the LLM simulated user is shown. The system prompt
 * (`prompts/user/system.md`) holds the persona, the goal, the facts with their
 * values and disclosure rules, and the unknowns. The chat is written from the
 * user's side: the agent's messages are the `user` role, the simulated user's
 * own messages the `assistant` role. Each turn ends with a simulator note
 * that spells out the ledger for this turn (what was told, what the agent
 * just asked for, what is due, what must stay hidden), computed by the same
 * rules the reply is checked against, so a model that follows the note passes
 * the check. Notes ride in the last user message because some chat templates
 * (Mistral's, for one) reject a system message after the first.
 */
import { behaviourInstructions, goalInstructions } from './behaviour-instructions.js';
import { requestToOpen } from './goal-turn.js';
import { z } from 'zod';
import type { LlmMessage, LlmResponseFormat } from '../llm/chat-types.js';
import { fillTemplate, readPromptFile } from '../llm/prompt-file.js';
import { sha256 } from '../util/hash.js';
import { isDue, openingFacts, recognisedAsks, wasAsked, type AskedNow } from './ledger-check.js';
import { disclosedFacts } from './ledger.js';
import type { UserView } from './user.js';

/** The prompt file of the LLM user. */
export const USER_PROMPT = 'user/system';

/** Stop reasons as the model writes them. */
const STOPS = ['goal_met', 'out_of_scope', 'gave_up'] as const;

/** The reply schema and its response format, made once per facts list: every turn of every episode of a scenario shares them. */
const replyShapes = new WeakMap<UserView['facts'], { schema: ReturnType<typeof buildReplySchema>; format: LlmResponseFormat }>();

function replyShapeOf(view: UserView) {
  let shape = replyShapes.get(view.facts);
  if (!shape) {
    const schema = buildReplySchema(view.facts);
    const { $schema: _ignored, ...json } = z.toJSONSchema(schema) as Record<string, unknown>;
    shape = { schema, format: { type: 'json_schema', name: 'simulated_user_reply', schema: json, strict: true } };
    replyShapes.set(view.facts, shape);
  }
  return shape;
}

function buildReplySchema(facts: UserView['facts']) {
  const ids = facts.filter((f) => f.disclose !== 'never').map((f) => f.id);
  const id = ids.length > 0 ? z.enum(ids as [string, ...string[]]) : z.string();
  return z.strictObject({
    message: z.string().describe('What you say to the assistant.'),
    disclosed: z.array(id).describe('Ids of the facts whose values appear in this message for the first time.'),
    stop: z.enum(STOPS).nullable().describe('null to keep chatting, or why you end the chat.'),
  });
}

/** The structured reply for a view's facts: the ids are an enum when there are facts the user may tell. */
export function userReplySchema(view: UserView) {
  return replyShapeOf(view).schema;
}

/** The `response_format` for a view: the reply schema as JSON Schema, strict. Shared between calls: do not mutate it. */
export function userResponseFormat(view: UserView): LlmResponseFormat {
  return replyShapeOf(view).format;
}

/** sha256 of the user prompt template, for provenance. */
export function userPromptHash(): string {
  return sha256(readPromptFile(USER_PROMPT));
}

/** The system prompt for a view. */
export function userSystemPrompt(view: UserView): string {
  const facts = view.facts.map((f) => {
    const rule = f.disclose === 'volunteer' ? `volunteer, from turn ${f.volunteer_at ?? 1}` : f.disclose;
    const cues = f.cues.length > 0 ? `; the assistant may ask for it with words such as: ${f.cues.join(', ')}` : '';
    return `- id "${f.id}": ${f.text} = ${JSON.stringify(String(f.value))} (rule: ${rule}${cues})`;
  });
  const unknowns = view.unknowns.map((u) => `- ${u.text ?? u.id} (asked about as: ${u.cues.join(', ')})`);
  const extra = behaviourInstructions(view.rules ?? [], view.style, view.facts);
  const prompt = fillTemplate(readPromptFile(USER_PROMPT), {
    persona: view.persona.trim() || 'an ordinary customer.',
    goal: view.goal,
    facts: facts.length > 0 ? facts.join('\n') : '(none)',
    unknowns: unknowns.length > 0 ? unknowns.join('\n') : '(none)',
    max_per_turn: String(view.maxDisclosuresPerTurn),
  });
  return prompt + extra + goalInstructions(view.goals?.requests);
}

/** The simulator note for this turn: the ledger as rules for the next message. */
export function turnNote(view: UserView, recognised: AskedNow = recognisedAsks(view)): string {
  const told = new Set(disclosedFacts(view.ledger));
  const asked: string[] = [];
  const due: string[] = [];
  const hidden: string[] = [];
  const stated = openingFacts(view);
  for (const fact of view.facts) {
    if (told.has(fact.id) || stated.has(fact.id)) continue;
    if (fact.disclose === 'never') hidden.push(`${fact.id} (never)`);
    else if (wasAsked(view, fact, recognised)) asked.push(fact.id);
    else if (isDue(fact, view.turn)) due.push(fact.id);
    else hidden.push(`${fact.id} (not asked for)`);
  }
  const lines = [`[Simulator note, not part of the chat. This is your message number ${view.turn}.`];
  if (view.turn === 1 && view.opening) {
    lines.push(`Start your message with exactly this text: ${JSON.stringify(view.opening)}`);
    const stated = [...openingFacts(view)];
    if (stated.length > 0) lines.push(`That text already tells: ${stated.join(', ')}; declare them in "disclosed".`);
  }
  lines.push(`Already told (you may repeat them): ${[...told].join(', ') || 'nothing yet'}.`);
  if (asked.length > 0) lines.push(`The assistant has just asked for: ${asked.join(', ')}. Tell at most ${view.maxDisclosuresPerTurn} of these now, in this order of preference.`);
  if (due.length > 0) lines.push(`Volunteer now, unprompted: ${due.join(', ')}.`);
  if (hidden.length > 0) lines.push(`Do not reveal: ${hidden.join(', ')}.`);
  const unknown = view.unknowns.filter((u) => recognised.unknowns.has(u.id));
  if (unknown.length > 0) lines.push(`You do not know: ${unknown.map((u) => u.text ?? u.id).join(', ')}; say so if it comes up.`);
  const last = view.conversation.at(-1);
  const next = requestToOpen(view);
  if (next) {
    const how = next.request === undefined ? `: ${next.goal}` : `, starting with exactly this text: ${JSON.stringify(next.request)}`;
    lines.push(`The assistant has answered your request ${view.goals?.answered ?? 0}. Do not stop: make your next request now${how}`);
    if (stated.size > 0) lines.push(`That text already tells: ${[...stated].join(', ')}; declare them in "disclosed".`);
  } else if (last?.role === 'agent' && last.kind === 'answer') {
    lines.push('The assistant has given its final answer. If it gives you what you wanted, thank it and stop with "goal_met".');
  }
  lines.push('Reply with the JSON object only.]');
  return lines.join('\n');
}

/**
 * The chat for a view, ending with the turn note (and any corrections after it).
 * `system` is the view's system prompt, which a caller may keep for the episode (it does not change between turns).
 */
export function userConversation(view: UserView, asked: AskedNow = recognisedAsks(view), system: string = userSystemPrompt(view)): LlmMessage[] {
  const messages: LlmMessage[] = [{ role: 'system', content: system }];
  const chat: { role: 'user' | 'assistant'; content: string }[] = [];
  const push = (role: 'user' | 'assistant', content: string): void => {
    const prev = chat.at(-1);
    if (prev && prev.role === role) prev.content = `${prev.content}\n\n${content}`;
    else chat.push({ role, content });
  };
  if (view.conversation[0]?.role !== 'agent') push('user', '[The support chat has opened. You write first.]');
  for (const entry of view.conversation) push(entry.role === 'agent' ? 'user' : 'assistant', entry.text);
  if (chat.at(-1)?.role !== 'user') push('user', '[The assistant has not written anything new.]');
  push('user', turnNote(view, asked));
  return [...messages, ...chat];
}
