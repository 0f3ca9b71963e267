/**
 * The options every model-backed agent protocol shares, so the tool-calling
 * and ReAct agents are configured the same way.
 */
import type { LlmClient } from '../llm/client.js';
import type { Rng } from '../util/rng.js';
import type { AnswerMode } from './llm-agent-name.js';
import type { PromptTemplate } from './prompt-parts.js';

export interface LlmAgentOptions {
  /** The model client, already counting into the episode's meter. */
  client: LlmClient;
  /** The composed prompt; by default the `baseline` part with the protocol of `answerMode`. */
  template?: PromptTemplate;
  /** How the final answer arrives; `explicit` by default. */
  answerMode?: AnswerMode;
  /** Protocol errors forgiven per episode (default 3). */
  maxProtocolErrors?: number;
  /** The episode's generator for this agent: it fixes the sampling seed. */
  rng?: Rng;
  /** The name recorded in results; `<protocol>:<model>` by default. */
  name?: string;
}
