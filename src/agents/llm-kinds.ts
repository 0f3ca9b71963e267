/**
 * The LLM-backed agent kinds, `openai-tools:<model>[…]`, `react:<model>[…]`
 * and `http:<url>` (spellings in `llm-agent-name.ts`), made over one LLM
 * session so every agent of a run shares its cache, limiter and budget.
 * Provenance records the model's sampling settings and the composed prompt.
 */
import type { LlmSession } from '../llm/session.js';
import { redactUrl } from '../llm/redact-url.js';
import type { AgentKind } from './agent-kind.js';
import { createHttpAgent } from './http.js';
import { llmAgentName, parseLlmAgentSpec, type HttpAgentSpec, type LlmAgentSpec } from './llm-agent-name.js';
import { createOpenAiToolsAgent, openAiToolsProtocol } from './openai-tools.js';
import { composePromptTemplate, promptProvenanceOf, type PromptTemplate } from './prompt-parts.js';
import { createReactAgent, reactProtocol } from './react.js';

/** The system prompt an LLM agent spec composes (its parts plus the protocol of its kind and answer mode). */
export function llmAgentTemplate(spec: LlmAgentSpec): PromptTemplate {
  return composePromptTemplate(spec.prompts, spec.kind === 'openai-tools' ? openAiToolsProtocol(spec.answer) : reactProtocol(spec.answer));
}

function modelKind(kind: LlmAgentSpec['kind'], session: LlmSession): AgentKind<LlmAgentSpec> {
  // Composed and hashed once per variant, not once per episode: the parts and the protocol are all it depends on.
  const templates = new Map<string, PromptTemplate>();
  const templateOf = (spec: LlmAgentSpec): PromptTemplate => {
    const key = `${spec.prompts.join('+')}|${spec.answer}`;
    let template = templates.get(key);
    if (!template) {
      template = llmAgentTemplate(spec);
      templates.set(key, template);
    }
    return template;
  };
  return {
    kind,
    usage: `${kind}:<model>`,
    parse: (spec) => {
      const parsed = parseLlmAgentSpec(spec);
      return parsed?.kind === kind ? parsed : undefined;
    },
    name: llmAgentName,
    provenance: (spec) => {
      const client = session.client(spec.model, `agent ${llmAgentName(spec)}`);
      return { kind, answer: spec.answer, ...session.sampling(client.config), prompt: promptProvenanceOf(templateOf(spec)) };
    },
    create: (spec, { rng, meter }) => {
      const name = llmAgentName(spec);
      const client = session.client(spec.model, `agent ${name}`).withMeter(meter);
      const common = { client, template: templateOf(spec), answerMode: spec.answer, rng, name };
      return kind === 'openai-tools' ? createOpenAiToolsAgent(common) : createReactAgent(common);
    },
  };
}

/** `openai-tools:<model>[prompts=…,answer=…]`: a model that calls the world's tools natively. */
export function openAiToolsAgentKind(session: LlmSession): AgentKind<LlmAgentSpec> {
  return modelKind('openai-tools', session);
}

/** `react:<model>[prompts=…,answer=…]`: a model that writes Thought/Action/Observation text. */
export function reactAgentKind(session: LlmSession): AgentKind<LlmAgentSpec> {
  return modelKind('react', session);
}

/** `http:<url>` (or a bare URL): an external agent speaking `usersim.agent.v1`. */
export function httpAgentKind(session: Pick<LlmSession, 'sleep'> = {}): AgentKind<HttpAgentSpec> {
  return {
    kind: 'http',
    usage: 'http:<url>',
    parse: (spec) => {
      const parsed = parseLlmAgentSpec(spec);
      return parsed?.kind === 'http' ? parsed : undefined;
    },
    name: llmAgentName,
    provenance: (spec) => ({ kind: 'http', url: redactUrl(spec.url) }),
    create: (spec, { rng }) => createHttpAgent({ url: spec.url, rng, name: llmAgentName(spec), ...(session.sleep ? { sleep: session.sleep } : {}) }),
  };
}
