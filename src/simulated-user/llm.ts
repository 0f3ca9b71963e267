/**
 * The LLM simulated user. A model plays the customer from the persona, the
 * goal, the facts with their disclosure rules and the unknowns, and answers
 * with structured output (`{ message, disclosed, stop }`, JSON Schema from
 * zod). Every reply is checked against the ledger (`ledger-check.ts`); a reply
 * that breaks a rule is sent back with the list of problems and regenerated,
 * up to `maxRegenerations` times. If the last attempt still breaks a rule it
 * is used anyway, its disclosures are read from its text so the ledger stays
 * true, and the reply carries `validity` (the remaining violations and the
 * number of regenerations), which the result keeps as a simulator-validity
 * event. `validity` is also set, with no violations, when a regeneration fixed
 * the reply. A reply that never parses is a user error (`E_USER`).
 *
 * A scripted `opening` is used verbatim, without a model call, when no
 * volunteer fact is due at turn 1 (the condition `full` writes its facts into
 * the opening, so it needs no call either). Temperature comes from the model
 * config (default 0) and the sampling seed from the episode's generator, so
 * the user is reproducible and recorded. A stop ends the conversation only;
 * the score still comes from the agent's answer.
 *
 * What the agent asked for is read by the deterministic ask recogniser. When
 * the model declares a fact the recogniser did not see asked for and an
 * LLM-backed recogniser is configured (`asks`), that recogniser is consulted
 * once for the turn and what it finds counts as asked too, so a reply is not
 * regenerated merely because the agent used words the rules do not know.
 */
import { UsersimError } from '../errors.js';
import type { LlmMessage } from '../llm/chat-types.js';
import type { LlmClient } from '../llm/client.js';
import { samplingSeed } from '../llm/sampling-seed.js';
import type { Rng } from '../util/rng.js';
import { mentionsValue } from '../core/cues.js';
import { askTargets, type AskRecogniser } from '../core/ask-recogniser.js';
import {
  agentTextSinceUser,
  askedFrom,
  checkUserReply,
  declaredDisclosures,
  disclosuresInText,
  isDue,
  openingFacts,
  recognisedAsks,
  type AskedNow,
  type DeclaredReply,
} from './ledger-check.js';
import { userConversation, userReplySchema, userResponseFormat, userSystemPrompt } from './llm-user-prompt.js';
import type { SimulatedUser, UserReply, UserView } from './user.js';

const NOT_JSON = 'the reply is not a JSON object of the form {"message": string, "disclosed": [fact ids], "stop": null or a stop reason}';

/** Options of {@link createLlmUser}. */
export interface LlmUserOptions {
  /** The model client, already counting into the episode's meter. */
  client: LlmClient;
  /** The episode's generator for the user: it fixes the sampling seed. */
  rng?: Rng;
  /** Regenerations after a reply that breaks the rules (default 2). */
  maxRegenerations?: number;
  /** The name recorded in results; `llm:<model>` by default. */
  name?: string;
  /** A second opinion on what the agent asked for, consulted when the model declares a fact the deterministic recogniser did not see asked. */
  asks?: AskRecogniser;
}

/**
 * Creates one episode's LLM user.
 *
 * @example
 * const user = createLlmUser({ client: llm.withMeter(meter), rng });
 * const reply = await user.reply(view, { signal });
 */
export function createLlmUser(options: LlmUserOptions): SimulatedUser {
  const { client } = options;
  const maxRegenerations = options.maxRegenerations ?? 2;
  if (!Number.isInteger(maxRegenerations) || maxRegenerations < 0) {
    throw new UsersimError('E_CONFIG', `llm user: maxRegenerations must be a whole number ≥ 0, got ${maxRegenerations}`);
  }
  const seed = samplingSeed(options.rng, client.config.seed);
  const name = options.name ?? `llm:${client.config.model}`;
  // Persona, goal, facts and rules are the episode's: the system prompt is composed on the first call and kept.
  let system: string | undefined;

  return {
    name,
    reply: async (view, { signal }) => {
      signal.throwIfAborted();
      const scripted = scriptedOpening(view);
      if (scripted) return scripted;
      const schema = userReplySchema(view);
      const responseFormat = userResponseFormat(view);
      let asked = recognisedAsks(view);
      let consulted = false;
      system ??= userSystemPrompt(view);
      const messages: LlmMessage[] = userConversation(view, asked, system);
      let last: { reply: DeclaredReply; violations: string[] } | undefined;
      let regenerations = 0;
      for (;;) {
        const result = await client.chat({ role: 'user', messages, responseFormat, ...(seed === undefined ? {} : { sampling: { seed } }), signal });
        const parsed = schema.safeParse(result.json);
        if (parsed.success && !consulted && options.asks && unaskedDeclared(view, parsed.data.disclosed, asked)) {
          consulted = true;
          const second = askedFrom(await options.asks.recognise(agentTextSinceUser(view), askTargets(view.facts, view.unknowns), { signal }));
          asked = mergeAsked(asked, second);
        }
        const violations = parsed.success ? checkUserReply(view, parsed.data, asked) : [NOT_JSON];
        if (parsed.success) last = { reply: parsed.data, violations };
        if (violations.length === 0 || regenerations >= maxRegenerations) break;
        regenerations += 1;
        messages.push(
          { role: 'assistant', content: result.message.content },
          { role: 'user', content: `[Simulator note: your last reply broke these rules:\n${violations.map((v) => `- ${v}`).join('\n')}\nWrite the reply again, as the JSON object only, keeping every rule.]` },
        );
      }
      if (!last) throw new UsersimError('E_USER', `${name}: no reply of the required JSON shape after ${regenerations + 1} attempts`);
      const { reply, violations } = last;
      const out: UserReply = {
        message: reply.message,
        disclosed: violations.length === 0 ? declaredDisclosures(view, reply.disclosed, asked) : disclosuresInText(view, reply.message, asked),
        ...(reply.stop === null ? {} : { stop: reply.stop }),
      };
      if (regenerations > 0) out.validity = { violations, regenerations };
      return out;
    },
  };
}

/** The scripted opening as the reply to turn 1, when it needs no model: no volunteer fact is due that it does not already state. */
function scriptedOpening(view: UserView): UserReply | undefined {
  if (view.turn !== 1 || view.opening === undefined) return undefined;
  const opening = view.opening;
  const needsModel = view.facts.some((f) => isDue(f, 1) && !mentionsValue(opening, f.value, true));
  if (needsModel) return undefined;
  // A value the opening states is disclosed by it, whatever its rule; the ledger must say so.
  return { message: opening, disclosed: view.facts.filter((f) => mentionsValue(opening, f.value)).map((f) => ({ factId: f.id, asked: false })) };
}

/** Whether the model declares an on_request fact, not told before, that the recogniser did not see asked for. */
function unaskedDeclared(view: UserView, declared: readonly string[], asked: AskedNow): boolean {
  const told = new Set(view.ledger.map((e) => e.factId));
  const opening = openingFacts(view);
  return view.facts.some((f) => declared.includes(f.id) && f.disclose === 'on_request' && !told.has(f.id) && !opening.has(f.id) && !asked.facts.has(f.id));
}

function mergeAsked(first: AskedNow, second: AskedNow): AskedNow {
  const facts = new Map(first.facts);
  for (const [id, why] of second.facts) if (!facts.has(id)) facts.set(id, why);
  return { facts, unknowns: new Set([...first.unknowns, ...second.unknowns]) };
}
