/**
 * Spec syntax of the LLM-backed agents, and their canonical names (the names
 * recorded in results and episode keys):
 *
 * - `openai-tools:<model>` and `react:<model>`, optionally followed by knobs in
 *   brackets, as for the reference agents: `prompts=<part>+<part>…` (prompt
 *   parts, default `baseline`) and `answer=explicit|last-message` (how the
 *   final answer arrives; `explicit`, the default, is the `submit_answer` tool
 *   or the `<answer>` tag). Example:
 *   `openai-tools:gpt-4o-mini[prompts=baseline+confidentiality]`.
 * - `http:<url>`: an external agent served over HTTP (a bare `http://…` or
 *   `https://…` URL means the same).
 *
 * `<model>` is a model name from `usersim.config.yaml` or a raw model name the
 * endpoint knows (it may contain `/`, `:` and `.`, as in `qwen2.5:7b`).
 * Canonical names list knobs in a fixed order and leave defaults out, so
 * `openai-tools:m[prompts=baseline]` and `openai-tools:m` are one variant
 * with one set of episode keys. Prompt parts keep the order given, because
 * the order changes the prompt.
 */
import { UsersimError } from '../errors.js';
import { DEFAULT_PROMPT_PARTS, normalizePromptParts } from './prompt-parts.js';
import { redactUrl } from '../llm/redact-url.js';

/** How an LLM agent's final answer arrives. */
export type AnswerMode = 'explicit' | 'last-message';
/** Every answer mode, the default first. */
export const ANSWER_MODES: readonly AnswerMode[] = ['explicit', 'last-message'];

/** A parsed `openai-tools:` or `react:` spec. */
export interface LlmAgentSpec {
  kind: 'openai-tools' | 'react';
  model: string;
  prompts: string[];
  answer: AnswerMode;
}

/** A parsed `http:` spec. */
export interface HttpAgentSpec {
  kind: 'http';
  url: string;
}

const LLM_SPEC = /^(openai-tools|react):([^[\]\s]+)(?:\[([^\]]*)\])?$/;

/**
 * Reads an agent spec of one of the LLM kinds. Returns undefined for specs of
 * other kinds; throws `E_USAGE` for a malformed spec of these kinds.
 *
 * @example parseLlmAgentSpec('react:gpt-4o[answer=last-message]') // { kind: 'react', model: 'gpt-4o', prompts: ['baseline'], answer: 'last-message' }
 */
export function parseLlmAgentSpec(spec: string): LlmAgentSpec | HttpAgentSpec | undefined {
  const text = spec.trim();
  // A bare URL is accepted as shorthand for http:<url>.
  if (/^https?:\/\//.test(text)) return { kind: 'http', url: parseAgentUrl(text, spec) };
  if (text.startsWith('http:')) return { kind: 'http', url: parseAgentUrl(text.slice('http:'.length), spec) };
  if (!/^(openai-tools|react):/.test(text)) return undefined;
  const match = LLM_SPEC.exec(text);
  if (!match) {
    throw new UsersimError('E_USAGE', `agent "${spec}": expected openai-tools:<model> or react:<model>, optionally with [prompts=a+b,answer=explicit|last-message]`);
  }
  const parsed: LlmAgentSpec = { kind: match[1] as LlmAgentSpec['kind'], model: match[2] as string, prompts: [...DEFAULT_PROMPT_PARTS], answer: 'explicit' };
  for (const part of (match[3] ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [key, value = ''] = part.split('=').map((s) => s.trim());
    if (key === 'prompts') parsed.prompts = normalizePromptParts(value.split('+'));
    else if (key === 'answer' && ANSWER_MODES.includes(value as AnswerMode)) parsed.answer = value as AnswerMode;
    else {
      throw new UsersimError('E_USAGE', `agent "${spec}": unknown knob "${part}" (expected prompts=<part>+<part>… or answer=${ANSWER_MODES.join('|')})`);
    }
  }
  return parsed;
}

/**
 * The canonical name of a spec.
 *
 * @example llmAgentName({ kind: 'openai-tools', model: 'm', prompts: ['baseline'], answer: 'explicit' }) // 'openai-tools:m'
 */
export function llmAgentName(spec: LlmAgentSpec | HttpAgentSpec): string {
  // The name is recorded everywhere (episode keys, manifest, report), so credentials in the URL are masked.
  if (spec.kind === 'http') return `http:${redactUrl(spec.url)}`;
  const knobs: string[] = [];
  if (spec.prompts.join('+') !== DEFAULT_PROMPT_PARTS.join('+')) knobs.push(`prompts=${spec.prompts.join('+')}`);
  if (spec.answer !== 'explicit') knobs.push(`answer=${spec.answer}`);
  return knobs.length === 0 ? `${spec.kind}:${spec.model}` : `${spec.kind}:${spec.model}[${knobs.join(',')}]`;
}

function parseAgentUrl(raw: string, spec: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UsersimError('E_USAGE', `agent "${spec}": expected http:<url>, e.g. http:http://127.0.0.1:8787/act`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsersimError('E_USAGE', `agent "${spec}": the URL must be http:// or https://`);
  }
  return url.href;
}
