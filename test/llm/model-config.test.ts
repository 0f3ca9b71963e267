import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import {
  DEFAULT_BASE_URL,
  isLoopbackUrl,
  ModelConfigSchema,
  modelConfigFromFlags,
  resolveModelConfig,
} from '../../src/llm/model-config.js';
import { PLACEHOLDER_API_KEY, redactSecrets, resolveApiKey } from '../../src/llm/secrets.js';
import { loadUsersimConfig, parseUsersimConfig } from '../../src/llm/usersim-config.js';
import { tempDir } from './helpers.js';

function thrown(fn: () => unknown): UsersimError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(UsersimError);
    return error as UsersimError;
  }
  throw new Error('expected a throw');
}

describe('model configs', () => {
  it('fills defaults from flags', () => {
    expect(modelConfigFromFlags({ model: 'gpt-4o-mini' })).toEqual({
      baseURL: DEFAULT_BASE_URL,
      apiKeyEnv: 'OPENAI_API_KEY',
      model: 'gpt-4o-mini',
      temperature: 0,
      timeoutMs: 120_000,
      maxRetries: 4,
    });
  });

  it('rejects a key pasted where the env var name goes, and unknown fields', () => {
    expect(ModelConfigSchema.safeParse({ model: 'm', apiKeyEnv: 'sk-abc-123' }).success).toBe(false);
    expect(ModelConfigSchema.safeParse({ model: 'm', apiKey: 'x' }).success).toBe(false);
    expect(thrown(() => modelConfigFromFlags({ model: 'm', baseURL: 'ftp://x' })).code).toBe('E_CONFIG');
  });

  it('resolves a named model or a raw model name, with --base-url overriding', () => {
    const models = { judge: ModelConfigSchema.parse({ model: 'gpt-4o', temperature: 0, seed: 3 }) };
    expect(resolveModelConfig('judge', { models })).toBe(models.judge);
    expect(resolveModelConfig('judge', { models, baseURL: 'http://localhost:8000/v1' })).toMatchObject({
      model: 'gpt-4o',
      seed: 3,
      baseURL: 'http://localhost:8000/v1',
    });
    expect(resolveModelConfig('llama3.1', { models, baseURL: 'http://localhost:11434/v1' })).toMatchObject({
      model: 'llama3.1',
      baseURL: 'http://localhost:11434/v1',
    });
    expect(resolveModelConfig('toString', { models }).model).toBe('toString');
  });

  it('tells loopback URLs apart', () => {
    expect(isLoopbackUrl('http://127.0.0.1:8000/v1')).toBe(true);
    expect(isLoopbackUrl('http://[::1]:8000/v1')).toBe(true);
    expect(isLoopbackUrl('http://localhost:11434/v1')).toBe(true);
    expect(isLoopbackUrl('https://api.openai.com/v1')).toBe(false);
  });
});

describe('API keys', () => {
  it('reads the key from the named env var', () => {
    const config = modelConfigFromFlags({ model: 'm', apiKeyEnv: 'K' });
    expect(resolveApiKey(config, { K: 'sk-1234' })).toBe('sk-1234');
  });

  it('demands a key for OpenAI, naming the variable but no value', () => {
    const error = thrown(() => resolveApiKey(modelConfigFromFlags({ model: 'gpt-4o', apiKeyEnv: 'TEAM_OPENAI_KEY' }), {}));
    expect(error.code).toBe('E_CONFIG');
    expect(error.message).toContain('TEAM_OPENAI_KEY');
  });

  it('uses a placeholder for keyless local servers', () => {
    expect(resolveApiKey(modelConfigFromFlags({ model: 'q', baseURL: 'http://localhost:8000/v1' }), {})).toBe(PLACEHOLDER_API_KEY);
    expect(resolveApiKey(modelConfigFromFlags({ model: 'q', baseURL: 'http://gpu-box.lan:8000/v1' }), { OPENAI_API_KEY: '' })).toBe(
      PLACEHOLDER_API_KEY,
    );
  });

  it('redacts every occurrence of a secret', () => {
    expect(redactSecrets('key sk-abcd and sk-abcd again', ['sk-abcd'])).toBe('key *** and *** again');
    expect(redactSecrets('an unused word', [PLACEHOLDER_API_KEY])).toBe('an unused word');
  });
});

describe('usersim.config.yaml', () => {
  it('loads named models with defaults', () => {
    const dir = tempDir();
    const file = join(dir, 'usersim.config.yaml');
    writeFileSync(
      file,
      [
        'models:',
        '  local-qwen:',
        '    baseURL: http://localhost:8000/v1',
        '    model: Qwen/Qwen2.5-7B-Instruct',
        '    concurrency: 8',
        '  gpt4o:',
        '    model: gpt-4o',
        '    apiKeyEnv: TEAM_OPENAI_KEY',
        '    seed: 42',
        '    prices: { inputPerMTok: 2.5, outputPerMTok: 10 }',
        '',
      ].join('\n'),
    );
    const config = loadUsersimConfig(file);
    expect(Object.keys(config.models)).toEqual(['local-qwen', 'gpt4o']);
    expect(config.models['local-qwen']).toMatchObject({ concurrency: 8, temperature: 0, apiKeyEnv: 'OPENAI_API_KEY' });
    expect(config.models.gpt4o).toMatchObject({ baseURL: DEFAULT_BASE_URL, seed: 42, prices: { inputPerMTok: 2.5, outputPerMTok: 10 } });
    expect(parseUsersimConfig('')).toEqual({ models: {} });
  });

  it('reports invalid values and unknown keys at file:line:col', () => {
    const text = ['models:', '  judge:', '    model: gpt-4o', '    temperature: hot', '    tempreature: 1', ''].join('\n');
    const error = thrown(() => parseUsersimConfig(text, 'cfg.yaml'));
    expect(error.code).toBe('E_CONFIG');
    const where = error.issues.map((i) => `${i.file}:${i.line}:${i.column} ${i.path}`).sort();
    expect(where).toEqual(['cfg.yaml:4:18 models.judge.temperature', 'cfg.yaml:5:5 models.judge']);
    expect(error.message).toContain('cfg.yaml:4:18 models.judge.temperature: ');
  });

  it('reports a missing model at its entry and YAML syntax errors at their place', () => {
    const missing = thrown(() => parseUsersimConfig('models:\n  judge:\n    seed: 1\n', 'c.yaml'));
    expect(missing.issues[0]).toMatchObject({ line: 3, column: 5, path: 'models.judge.model' });
    const syntax = thrown(() => parseUsersimConfig('models:\n  a: [1\n', 'c.yaml'));
    expect(syntax.code).toBe('E_CONFIG');
    expect(syntax.message).toMatch(/^c\.yaml:\d+:\d+ /);
  });

  it('reports an unreadable file as E_IO', () => {
    expect(thrown(() => loadUsersimConfig(join(tempDir(), 'absent.yaml'))).code).toBe('E_IO');
  });
});
