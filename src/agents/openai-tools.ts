/**
 * The OpenAI tool-calling agent. The environment's tools become function
 * tools (their `parameters` JSON Schema as is); the scenario's task context
 * goes into the system prompt after the prompt parts. A plain assistant reply
 * is a `message` to the user. The final answer arrives through the
 * `submit_answer` tool (`{ answer: string }`), or, in the compatibility mode
 * `answer: 'last-message'` (for prompts and models written for chat-only
 * harnesses), there is no such tool and the rule is: **a text reply that
 * contains no question mark is the final answer; one that contains a `?` is
 * a message**. That rule is a heuristic, chosen because the episode machine
 * needs to know when an answer was given and a chat-only agent never says so.
 *
 * One reply with several tool calls is played one call per `act()`: the first
 * is returned, the rest wait and are returned on the next calls (while the
 * observation shows the previous call's result) before the model is asked
 * again. A reply whose tool-call arguments are not a JSON object, an invalid
 * `submit_answer`, or an empty reply is a protocol error: the model is told
 * what was wrong and asked again, within the episode's protocol-error budget.
 */
import { UsersimError } from '../errors.js';
import type { ChatResult, LlmMessage, LlmTool } from '../llm/chat-types.js';
import { samplingSeed } from '../llm/sampling-seed.js';
import type { AgentAction } from '../core/transcript.js';
import type { Agent, Observation } from './agent.js';
import type { AnswerMode } from './llm-agent-name.js';
import { createToolsAgentMemory, SUBMIT_ANSWER_TOOL, toolsConversation } from './openai-tools-conversation.js';
import { composePromptTemplate, systemPromptWithContext } from './prompt-parts.js';
import type { LlmAgentOptions } from './llm-agent-options.js';
import { createProtocolBudget, DEFAULT_MAX_PROTOCOL_ERRORS } from './protocol-budget.js';

export { SUBMIT_ANSWER_TOOL } from './openai-tools-conversation.js';

/** Options of {@link createOpenAiToolsAgent}: the shared model-agent options. */
export type OpenAiToolsAgentOptions = LlmAgentOptions;

/** The protocol prompt file for an answer mode. */
export function openAiToolsProtocol(answerMode: AnswerMode): string {
  return answerMode === 'explicit' ? 'protocol/openai-tools' : 'protocol/openai-tools-last-message';
}

const SUBMIT_ANSWER: LlmTool = {
  name: SUBMIT_ANSWER_TOOL,
  description: "Submit the final answer to the customer's request: the value, name, date or outcome itself. This ends the task.",
  parameters: {
    type: 'object',
    properties: { answer: { type: 'string', description: 'The final answer, as short as possible.' } },
    required: ['answer'],
    additionalProperties: false,
  },
};

/** A tool call waiting for its turn, or the answer that followed it in the same reply. */
type Planned = { type: 'tool'; name: string; args: Record<string, unknown> } | { type: 'answer'; text: string };

/**
 * Creates one episode's tool-calling agent.
 *
 * @example
 * const agent = createOpenAiToolsAgent({ client: llm.withMeter(meter), rng });
 * const action = await agent.act(observation, { signal, nextCallId });
 */
export function createOpenAiToolsAgent(options: OpenAiToolsAgentOptions): Agent {
  const { client } = options;
  const answerMode = options.answerMode ?? 'explicit';
  const template = options.template ?? composePromptTemplate(['baseline'], openAiToolsProtocol(answerMode));
  const name = options.name ?? `openai-tools:${client.config.model}`;
  const seed = samplingSeed(options.rng, client.config.seed);
  const budget = createProtocolBudget(name, options.maxProtocolErrors ?? DEFAULT_MAX_PROTOCOL_ERRORS);
  const memory = createToolsAgentMemory();
  let replies = 0;
  let queue: { planned: Planned[]; reply: number; expectAt: number; afterCall: string } | undefined;

  /** Turns a planned step into an action placed at observation index `at`. */
  const place = (step: Planned, reply: number, at: number, nextCallId: () => string): AgentAction => {
    if (step.type === 'answer') {
      queue = undefined;
      return { type: 'answer', text: step.text };
    }
    const id = nextCallId();
    memory.replyOf.set(at, reply);
    return { type: 'tool', call: { id, name: step.name, args: step.args } };
  };

  return {
    name,
    act: async (observation, { signal, nextCallId }) => {
      signal.throwIfAborted();
      const at = observation.messages.length;
      const waiting = queue;
      queue = undefined;
      const last = observation.messages.at(-1);
      if (waiting && waiting.expectAt === at && last?.role === 'tool' && last.callId === waiting.afterCall) {
        const [next, ...rest] = waiting.planned as [Planned, ...Planned[]];
        const action = place(next, waiting.reply, at, nextCallId);
        if (action.type === 'tool' && rest.length > 0) queue = { planned: rest, reply: waiting.reply, expectAt: at + 2, afterCall: action.call.id };
        return action;
      }
      const tools = requestTools(observation, answerMode);
      const system = systemPromptWithContext(template.text, observation.context);
      for (;;) {
        const messages = toolsConversation(system, observation, memory, answerMode);
        const result = await client.chat({
          role: 'agent',
          messages,
          ...(tools.length > 0 ? { tools, toolChoice: 'auto' as const } : {}),
          ...(seed === undefined ? {} : { sampling: { seed } }),
          signal,
        });
        const read = readReply(result, answerMode);
        if ('problem' in read) {
          const inserts = memory.inserts.get(at) ?? [];
          inserts.push(...read.correction);
          memory.inserts.set(at, inserts);
          budget.spend(read.problem);
          continue;
        }
        if (read.text !== undefined) return read.text;
        const reply = ++replies;
        if (result.message.content.trim() !== '') memory.replyText.set(reply, result.message.content);
        const [first, ...rest] = read.planned as [Planned, ...Planned[]];
        const action = place(first, reply, at, nextCallId);
        if (action.type === 'tool' && rest.length > 0) queue = { planned: rest, reply, expectAt: at + 2, afterCall: action.call.id };
        return action;
      }
    },
  };
}

function requestTools(observation: Observation, answerMode: AnswerMode): LlmTool[] {
  const tools: LlmTool[] = observation.tools.map((t) => ({ name: t.name, description: t.description, parameters: t.parameters }));
  if (answerMode !== 'explicit') return tools;
  if (tools.some((t) => t.name === SUBMIT_ANSWER_TOOL)) {
    throw new UsersimError('E_CONFIG', `the world has a tool named "${SUBMIT_ANSWER_TOOL}", which the openai-tools agent reserves for its final answer; use answer=last-message or rename the tool`);
  }
  return [...tools, SUBMIT_ANSWER];
}

type ReadReply = { problem: string; correction: LlmMessage[] } | { text: AgentAction; planned?: undefined } | { planned: Planned[]; text?: undefined };

/** What a model reply asks for: a text action, planned tool steps, or a protocol error with its correction. */
function readReply(result: ChatResult, answerMode: AnswerMode): ReadReply {
  const { content, toolCalls } = result.message;
  if (toolCalls.length === 0) {
    const text = content.trim();
    if (text === '') {
      return {
        problem: `empty reply (finish reason ${result.finishReason ?? 'none'})`,
        correction: [{ role: 'user', content: 'Your last reply was empty. Reply to the customer, call a tool, or submit your answer.' }],
      };
    }
    const isAnswer = answerMode === 'last-message' && !text.includes('?');
    return { text: { type: isAnswer ? 'answer' : 'message', text } };
  }
  const problems: string[] = [];
  const planned: Planned[] = [];
  for (const call of toolCalls) {
    if (!call.argumentsValid || !call.parsedArguments) {
      problems.push(`the arguments of your call to \`${call.name}\` are not a JSON object: ${clip(call.arguments)}`);
      continue;
    }
    if (call.name === SUBMIT_ANSWER_TOOL && answerMode === 'explicit') {
      const answer = call.parsedArguments.answer;
      if (typeof answer !== 'string' && typeof answer !== 'number') {
        problems.push(`\`${SUBMIT_ANSWER_TOOL}\` needs {"answer": "<your final answer>"}, got ${clip(call.arguments)}`);
        continue;
      }
      planned.push({ type: 'answer', text: String(answer) });
      break;
    }
    planned.push({ type: 'tool', name: call.name, args: call.parsedArguments });
  }
  if (problems.length > 0) {
    // The malformed calls go back as text, not as tool calls: endpoints that re-parse arguments in their chat templates would reject them.
    const described = toolCalls.map((c) => `${c.name}(${clip(c.arguments)})`).join(', ');
    return {
      problem: problems.join('; '),
      correction: [
        { role: 'assistant', content: `${content.trim() === '' ? '' : `${content.trim()}\n`}[tool calls: ${described}]` },
        { role: 'user', content: `Your last reply could not be used: ${problems.join('; ')}. None of its tool calls were run. Send the tool calls again with valid JSON arguments.` },
      ],
    };
  }
  return { planned };
}

function clip(text: string, max = 200): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
