import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { llmAgentName, parseLlmAgentSpec } from '../../src/agents/llm-agent-name.js';
import { composePromptTemplate, normalizePromptParts, promptProvenanceOf, systemPromptWithContext } from '../../src/agents/prompt-parts.js';
import { PROMPTS_DIR, readPromptFile } from '../../src/llm/prompt-file.js';
import { sha256 } from '../../src/util/hash.js';

describe('LLM agent specs', () => {
  it.each([
    ['openai-tools:gpt-4o-mini', 'openai-tools:gpt-4o-mini', { kind: 'openai-tools', model: 'gpt-4o-mini', prompts: ['baseline'], answer: 'explicit' }],
    ['openai-tools:gpt-4o-mini[prompts=baseline]', 'openai-tools:gpt-4o-mini', undefined],
    ['openai-tools:m[answer=explicit,prompts=baseline]', 'openai-tools:m', undefined],
    ['openai-tools:m[answer=last-message,prompts=baseline+confidentiality]', 'openai-tools:m[prompts=baseline+confidentiality,answer=last-message]', undefined],
    ['openai-tools:m[prompts=confidentiality+baseline+confidentiality]', 'openai-tools:m[prompts=confidentiality+baseline]', undefined],
    ['react:qwen2.5:7b', 'react:qwen2.5:7b', { kind: 'react', model: 'qwen2.5:7b', prompts: ['baseline'], answer: 'explicit' }],
    ['react:Qwen/Qwen2.5-7B-Instruct[prompts=baseline+confidentiality]', 'react:Qwen/Qwen2.5-7B-Instruct[prompts=baseline+confidentiality]', undefined],
    ['http:http://127.0.0.1:8787/act', 'http:http://127.0.0.1:8787/act', { kind: 'http', url: 'http://127.0.0.1:8787/act' }],
    ['http://127.0.0.1:8787', 'http:http://127.0.0.1:8787/', undefined],
    ['http:https://agents.example.com/v1/act', 'http:https://agents.example.com/v1/act', undefined],
  ])('%s → %s', (spec, name, parsed) => {
    const result = parseLlmAgentSpec(spec);
    expect(result).toBeDefined();
    if (parsed) expect(result).toEqual(parsed);
    expect(llmAgentName(result!)).toBe(name);
    // A canonical name parses back to itself.
    expect(llmAgentName(parseLlmAgentSpec(name)!)).toBe(name);
  });

  it('leaves other kinds alone', () => {
    for (const spec of ['reference', 'naive[probes=comply]', 'scripted', 'openai:gpt']) expect(parseLlmAgentSpec(spec)).toBeUndefined();
  });

  it.each([
    ['openai-tools:', /expected openai-tools:<model>/],
    ['openai-tools:m[temperature=1]', /unknown knob "temperature=1"/],
    ['react:m[answer=tag]', /unknown knob "answer=tag"/],
    ['openai-tools:m[prompts=Baseline]', /prompt part "Baseline"/],
    ['openai-tools:m[prompts=../secrets]', /prompt part/],
    ['http:not a url', /expected http:<url>/],
    ['http:ftp://x/act', /must be http/],
  ])('rejects %s', (spec, message) => {
    expect(() => parseLlmAgentSpec(spec)).toThrow(message);
  });
});

describe('prompt parts', () => {
  it('joins the parts and the protocol in order and hashes the template', () => {
    const template = composePromptTemplate(['baseline', 'confidentiality'], 'protocol/openai-tools');
    const text = [readPromptFile('baseline'), readPromptFile('confidentiality'), readPromptFile('protocol/openai-tools')].join('\n\n');
    expect(template).toEqual({ parts: ['baseline', 'confidentiality'], protocol: 'protocol/openai-tools', text, hash: sha256(text) });
    expect(promptProvenanceOf(template)).toEqual({ parts: ['baseline', 'confidentiality'], protocol: 'protocol/openai-tools', hash: sha256(text) });
    expect(composePromptTemplate(['confidentiality', 'baseline'], 'protocol/openai-tools').hash).not.toBe(template.hash);
    expect(composePromptTemplate(['baseline'], 'protocol/openai-tools').hash).not.toBe(template.hash);
  });

  it('ships a baseline and a confidentiality part', () => {
    expect(readPromptFile('baseline')).toMatch(/ask/i);
    expect(readPromptFile('confidentiality')).toMatch(/confidential/i);
    expect(PROMPTS_DIR).toMatch(/prompts\/$/);
  });

  it('reads parts from another folder, normalising line endings, and names a missing part', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'usersim-prompts-'));
    writeFileSync(path.join(dir, 'terse.md'), 'Be terse.\r\n');
    writeFileSync(path.join(dir, 'proto.md'), 'Answer with submit_answer.\n\n');
    expect(composePromptTemplate(['terse'], 'proto', dir).text).toBe('Be terse.\n\nAnswer with submit_answer.');
    expect(() => composePromptTemplate(['nope'], 'proto', dir)).toThrow(/cannot read prompt "nope"/);
  });

  it('normalises part lists and puts the task context last', () => {
    expect(normalizePromptParts([' baseline ', 'baseline', 'x-1'])).toEqual(['baseline', 'x-1']);
    expect(() => normalizePromptParts([])).toThrow(/at least one/);
    expect(systemPromptWithContext('T', '  Today is 2025-03-14.\n')).toBe('T\n\n# Task context\n\nToday is 2025-03-14.');
    expect(systemPromptWithContext('T', ' ')).toBe('T');
  });
});
