/**
 * The ReAct agent: the CRMArena tag protocol over plain chat. Each model turn
 * holds a `<thought>` and exactly one action: `<execute>QUERY</execute>` runs
 * the query with the environment's query tool (`soql` when the world has it,
 * else `sql`; a SOSL query, one starting with `FIND {`, goes to `sosl` when
 * the world has that tool), and its result comes back as the next user
 * message, `Observation: <json>`; `<respond>TEXT</respond>` is a message to
 * the user. CRMArena's multi-turn mode ends with a `respond` and lets the
 * simulator's stop decide; usersim wants the agent to say when it answers, so:
 *
 * - answer mode `explicit` (default): `<answer>TEXT</answer>` is the final answer;
 * - answer mode `last-message` (compatibility): a `<respond>` whose text has
 *   no question mark is the final answer (the same rule as the tool-calling
 *   agent's compatibility mode); `<answer>` is accepted too.
 *
 * A malformed reply (no action, two actions, an unclosed tag, an empty body)
 * gets a corrective user message saying what to fix and counts against the
 * episode's protocol-error budget.
 */
import { UsersimError } from '../errors.js';
import type { LlmMessage } from '../llm/chat-types.js';
import { fillTemplate } from '../llm/prompt-file.js';
import { samplingSeed } from '../llm/sampling-seed.js';
import type { ToolSpec } from '../environment/environment.js';
import type { AgentAction } from '../core/transcript.js';
import type { Agent, Observation } from './agent.js';
import type { AnswerMode } from './llm-agent-name.js';
import { composePromptTemplate, systemPromptWithContext } from './prompt-parts.js';
import type { LlmAgentOptions } from './llm-agent-options.js';
import { createProtocolBudget, DEFAULT_MAX_PROTOCOL_ERRORS } from './protocol-budget.js';
import { formatReactReply, parseReactReply, type ReactAction } from './react-parse.js';
import { renderToolOutcome } from './render-outcome.js';

/** Options of {@link createReactAgent}: the shared model-agent options. */
export type ReactAgentOptions = LlmAgentOptions;

/** The protocol prompt file for an answer mode. */
export function reactProtocol(answerMode: AnswerMode): string {
  return answerMode === 'explicit' ? 'protocol/react' : 'protocol/react-last-message';
}

/** The query tools a ReAct agent can use in a world: the main one and, for SOSL, `sosl`. */
function queryTools(tools: readonly ToolSpec[]): { main: ToolSpec; sosl?: ToolSpec } {
  const main = tools.find((t) => t.name === 'soql') ?? tools.find((t) => t.name === 'sql');
  if (!main) {
    throw new UsersimError('E_CONFIG', `the react agent needs a "soql" or "sql" tool, but the agent's tools are: ${tools.map((t) => t.name).join(', ') || 'none'}`);
  }
  const sosl = main.name === 'soql' ? tools.find((t) => t.name === 'sosl') : undefined;
  return sosl ? { main, sosl } : { main };
}

/**
 * Creates one episode's ReAct agent.
 *
 * @example
 * const agent = createReactAgent({ client: llm.withMeter(meter), rng });
 */
export function createReactAgent(options: ReactAgentOptions): Agent {
  const { client } = options;
  const answerMode = options.answerMode ?? 'explicit';
  const template = options.template ?? composePromptTemplate(['baseline'], reactProtocol(answerMode));
  const name = options.name ?? `react:${client.config.model}`;
  const seed = samplingSeed(options.rng, client.config.seed);
  const budget = createProtocolBudget(name, options.maxProtocolErrors ?? DEFAULT_MAX_PROTOCOL_ERRORS);
  /** The model's own text for the action at each observation index. */
  const rawAt = new Map<number, string>();
  /** Protocol-error exchanges to put before the observation message at an index. */
  const inserts = new Map<number, LlmMessage[]>();

  return {
    name,
    act: async (observation, { signal, nextCallId }) => {
      signal.throwIfAborted();
      const tools = queryTools(observation.tools);
      const at = observation.messages.length;
      const system = systemPromptWithContext(
        fillTemplate(template.text, {
          query_tool: tools.main.name,
          query_tool_description: tools.sosl
            ? `${tools.main.description}\nSOSL searches (queries starting with FIND {…}) go to the \`${tools.sosl.name}\` tool: ${tools.sosl.description}`
            : tools.main.description,
        }),
        observation.context,
      );
      for (;;) {
        const result = await client.chat({
          role: 'agent',
          messages: reactConversation(system, observation, rawAt, inserts, answerMode),
          ...(seed === undefined ? {} : { sampling: { seed } }),
          signal,
        });
        const raw = result.message.content;
        const parsed = parseReactReply(raw);
        if (!parsed.ok) {
          const list = inserts.get(at) ?? [];
          list.push(
            { role: 'assistant', content: raw },
            { role: 'user', content: `Your reply could not be used: ${parsed.problem}. Reply again with a <thought> and exactly one of <execute>, <respond> or <answer>.` },
          );
          inserts.set(at, list);
          budget.spend(parsed.problem);
          continue;
        }
        rawAt.set(at, raw);
        return toAction(parsed.action, tools, answerMode, nextCallId);
      }
    },
  };
}

function toAction(action: ReactAction, tools: ReturnType<typeof queryTools>, answerMode: AnswerMode, nextCallId: () => string): AgentAction {
  if (action.kind === 'execute') {
    const tool = tools.sosl && /^FIND\s*\{/i.test(action.query) ? tools.sosl : tools.main;
    return { type: 'tool', call: { id: nextCallId(), name: tool.name, args: { query: action.query } } };
  }
  if (action.kind === 'answer') return { type: 'answer', text: action.text };
  const isAnswer = answerMode === 'last-message' && !action.text.includes('?');
  return { type: isAnswer ? 'answer' : 'message', text: action.text };
}

/** The chat for `observation`: the agent's actions as its tagged replies, tool results as `Observation:` user messages. */
function reactConversation(
  system: string,
  observation: Observation,
  rawAt: ReadonlyMap<number, string>,
  inserts: ReadonlyMap<number, LlmMessage[]>,
  answerMode: AnswerMode,
): LlmMessage[] {
  const out: LlmMessage[] = [{ role: 'system', content: system }];
  observation.messages.forEach((message, index) => {
    out.push(...(inserts.get(index) ?? []));
    if (message.role === 'user') out.push({ role: 'user', content: message.text });
    else if (message.role === 'tool') out.push({ role: 'user', content: `Observation: ${renderToolOutcome(message.outcome)}` });
    else out.push({ role: 'assistant', content: rawAt.get(index) ?? asReply(message.action, answerMode) });
  });
  out.push(...(inserts.get(observation.messages.length) ?? []));
  return out;
}

/** The tagged reply an action stands for, when the model's own text is not in memory (a fresh instance). */
function asReply(action: AgentAction, answerMode: AnswerMode): string {
  if (action.type === 'tool') return formatReactReply({ kind: 'execute', query: String(action.call.args.query ?? JSON.stringify(action.call.args)) });
  if (action.type === 'answer' && answerMode === 'explicit') return formatReactReply({ kind: 'answer', text: action.text });
  return formatReactReply({ kind: 'respond', text: action.text });
}
