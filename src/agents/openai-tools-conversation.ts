/**
 * Rebuilds the Chat Completions conversation of the tool-calling agent from
 * its observation. The observation is the machine's record and the only input
 * the agent trusts; the agent's memory adds only what the record cannot hold:
 * which tool calls came in one model reply (so they go back as one assistant
 * message, as the model wrote them), the text a model wrote beside its tool
 * calls, and the protocol-error exchanges (a malformed reply and the
 * correction). Without memory (a fresh instance) every call is its own
 * assistant message, which is still a valid conversation.
 */
import type { LlmMessage, LlmToolCallRef } from '../llm/chat-types.js';
import type { Observation } from './agent.js';
import type { AnswerMode } from './llm-agent-name.js';
import { renderToolOutcome } from './render-outcome.js';

/** The name of the tool through which the final answer arrives (answer mode `explicit`). */
export const SUBMIT_ANSWER_TOOL = 'submit_answer';

/** What the tool result of `submit_answer` says, when the conversation goes on (after-answer probes). */
export const ANSWER_RECEIPT = 'Answer submitted.';

/** Per-episode memory, keyed by positions in `observation.messages` (the record only ever grows). */
export interface ToolsAgentMemory {
  /** For each tool action's index, the model reply it came from. */
  replyOf: Map<number, number>;
  /** Text the model wrote beside the tool calls of a reply. */
  replyText: Map<number, string>;
  /** Messages to put before the observation message at an index (at `length`: after the last). */
  inserts: Map<number, LlmMessage[]>;
}

/** An empty memory, for the start of an episode. */
export function createToolsAgentMemory(): ToolsAgentMemory {
  return { replyOf: new Map(), replyText: new Map(), inserts: new Map() };
}

interface OpenReply {
  reply: number | string;
  assistant: { role: 'assistant'; content: string; toolCalls: LlmToolCallRef[] };
  results: LlmMessage[];
}

/** The messages to send for `observation`, starting with `system`. */
export function toolsConversation(system: string, observation: Observation, memory: ToolsAgentMemory, answer: AnswerMode): LlmMessage[] {
  const out: LlmMessage[] = [{ role: 'system', content: system }];
  let open: OpenReply | null = null;
  const flush = (): void => {
    if (!open) return;
    out.push(open.assistant, ...open.results);
    open = null;
  };
  const insertAt = (index: number): void => {
    const extra = memory.inserts.get(index);
    if (!extra) return;
    flush();
    out.push(...extra);
  };
  observation.messages.forEach((message, index) => {
    insertAt(index);
    if (message.role === 'user') {
      flush();
      out.push({ role: 'user', content: message.text });
      return;
    }
    if (message.role === 'tool') {
      const result: LlmMessage = { role: 'tool', toolCallId: message.callId, content: renderToolOutcome(message.outcome) };
      if (open) (open as OpenReply).results.push(result);
      else out.push(result);
      return;
    }
    const { action } = message;
    if (action.type === 'tool') {
      const reply = memory.replyOf.get(index) ?? `solo-${index}`;
      const call: LlmToolCallRef = { id: action.call.id, name: action.call.name, arguments: JSON.stringify(action.call.args) };
      if (open && (open as OpenReply).reply === reply) {
        (open as OpenReply).assistant.toolCalls.push(call);
        return;
      }
      flush();
      const text = typeof reply === 'number' ? (memory.replyText.get(reply) ?? '') : '';
      open = { reply, assistant: { role: 'assistant', content: text, toolCalls: [call] }, results: [] };
      return;
    }
    flush();
    if (action.type === 'answer' && answer === 'explicit') {
      const id = `answer_${index}`;
      out.push({ role: 'assistant', content: '', toolCalls: [{ id, name: SUBMIT_ANSWER_TOOL, arguments: JSON.stringify({ answer: action.text }) }] });
      out.push({ role: 'tool', toolCallId: id, content: ANSWER_RECEIPT });
      return;
    }
    out.push({ role: 'assistant', content: action.text });
  });
  flush();
  insertAt(observation.messages.length);
  return out;
}
