import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderScenarioYaml, writeSuiteFiles } from '../../../../src/packs/crm/tasks/write-suite.js';
import { loadScenarioText } from '../../../../src/scenario/load.js';
import { ScenarioSchema, type ScenarioInput } from '../../../../src/scenario/schema.js';

const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

// Keys deliberately out of order, as a template might build them.
const scenario: ScenarioInput = {
  reference: [{ ask: 'period_start' }, { args: { query: "SELECT Id FROM Case WHERE CreatedDate >= {{fact.period_start}}T00:00:00Z" }, tool: 'soql' }, { answer: '{{last.Id}}' }],
  expect: { match: 'exact', answer: ['500A', 'Case A'] },
  world: 'crm-b2b',
  id: 'crm-b2b.example.01',
  title: 'An example: with a colon',
  tags: ['crm', 'b2b'],
  user: {
    opening: 'Hi.',
    goal: 'Find the case.',
    facts: [{ value: '2025-01-01', id: 'period_start', text: 'the first day of the period', disclose: 'on_request', cues: ['period', 'start date'], needed: true }],
  },
  agent: { context: 'Line one.\n\nToday is 2025-06-15.\n' },
};

describe('renderScenarioYaml', () => {
  const text = renderScenarioYaml(scenario, '../../../schema/scenario.schema.json', ['Generated for a test.']);

  it('writes the schema header, the comment and the keys in reading order', () => {
    const lines = text.split('\n');
    expect(lines[0]).toBe('# yaml-language-server: $schema=../../../schema/scenario.schema.json');
    expect(lines[1]).toBe('# Generated for a test.');
    const topKeys = lines.filter((l) => /^[a-z_]+:/.test(l)).map((l) => l.split(':')[0]);
    expect(topKeys).toEqual(['id', 'title', 'tags', 'world', 'user', 'agent', 'expect', 'reference']);
    expect(text).toContain('tags: [crm, b2b]');
    expect(text).toContain('  context: |\n    Line one.\n');
    expect(text.indexOf('id: period_start')).toBeLessThan(text.indexOf('text: the first day'));
  });

  it('reads back through the loader as the same scenario', () => {
    const loaded = loadScenarioText(text, 'example.yaml', { toolsFor: () => ['soql'] });
    expect(loaded.scenario).toEqual(ScenarioSchema.parse(scenario));
  });

  it('is a pure function of its input', () => {
    expect(renderScenarioYaml(structuredClone(scenario), '../../../schema/scenario.schema.json', ['Generated for a test.'])).toBe(text);
  });
});

describe('writeSuiteFiles', () => {
  it('writes files by relative path and prunes stale YAML only in the folders it writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usersim-suite-'));
    dirs.push(dir);
    mkdirSync(join(dir, 'a'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(join(dir, 'a', 'stale.yaml'), 'old');
    writeFileSync(join(dir, 'a', 'notes.txt'), 'keep');
    writeFileSync(join(dir, 'other', 'x.yaml'), 'keep');
    const written = writeSuiteFiles(dir, [{ path: 'a/one.yaml', text: 'one\n' }, { path: 'b/two.yaml', text: 'two\n' }]);
    expect(written).toEqual([join(dir, 'a', 'one.yaml'), join(dir, 'b', 'two.yaml')]);
    expect(readdirSync(join(dir, 'a')).sort()).toEqual(['notes.txt', 'one.yaml']);
    expect(readFileSync(join(dir, 'b', 'two.yaml'), 'utf8')).toBe('two\n');
    expect(existsSync(join(dir, 'other', 'x.yaml'))).toBe(true);
  });
});
