import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsersimError, formatIssue } from '../../src/errors.js';
import { loadScenarioFile, loadScenarioText, loadScenarios } from '../../src/scenario/load.js';
import { sha256 } from '../../src/util/hash.js';
import { badDir, malformedRows, repoRoot, toolsFor } from './malformed-table.js';

const good = 'test/fixtures/scenarios/good';
const options = { cwd: repoRoot, toolsFor };
const at = (relative: string): string => join(repoRoot, relative);

function thrown(run: () => unknown): UsersimError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsersimError) return error;
    throw error;
  }
  throw new Error('expected a UsersimError');
}

describe('loadScenarioFile', () => {
  it('fills defaults in a minimal scenario and names the file relative to cwd', () => {
    const { scenario, file, hash } = loadScenarioFile(at(`${good}/minimal.yaml`), options);
    expect(file).toBe(`${good}/minimal.yaml`);
    expect(hash).toBe(sha256(scenario));
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(scenario.persona).toBe('');
    expect(scenario.tags).toEqual([]);
    expect(scenario.user.facts).toEqual([]);
    expect(scenario.agent).toEqual({ context: '' });
    expect(scenario.expect.match).toBe('exact');
    expect(scenario.limits).toEqual({ max_user_turns: 10, max_tool_calls_per_turn: 20, max_steps: 100, timeout_ms: 600_000 });
  });

  it('reads every field of the full scenario, resolving YAML aliases', () => {
    const { scenario } = loadScenarioFile(at(`${good}/full.yaml`), options);
    expect(scenario.user.facts.map((f) => f.disclose)).toEqual(['on_request', 'volunteer', 'on_request', 'never']);
    expect(scenario.user.facts[2]?.cues).toEqual(['order', 'number', 'reference']);
    expect(scenario.probes.map((p) => p.at)).toEqual([{ after_turn: 2 }, 'after_answer', 'after_answer']);
    expect(scenario.expect.state !== 'reference' && scenario.expect.state[1]?.equals).toEqual([[1, null]]);
    expect(scenario.reference.at(-1)).toEqual({ answer: 42.5 });
    expect(scenario.limits.timeout_ms).toBe(120_000);
  });

  it('keeps an absolute name for a file outside cwd', () => {
    const { file } = loadScenarioFile(at(`${good}/minimal.yaml`), { cwd: join(repoRoot, 'src') });
    expect(file).toBe(at(`${good}/minimal.yaml`));
  });

  it('throws E_IO for a file that cannot be read', () => {
    const error = thrown(() => loadScenarioFile(at(`${good}/absent.yaml`), options));
    expect(error.code).toBe('E_IO');
  });
});

describe('loadScenarioText', () => {
  const minimal = readFileSync(at(`${good}/minimal.yaml`), 'utf8');

  it('accepts the yaml-language-server header and uses the given file name', () => {
    expect(minimal.startsWith('# yaml-language-server: $schema=')).toBe(true);
    expect(loadScenarioText(minimal, 'anything.yaml').file).toBe('anything.yaml');
  });

  it('hashes meaning, not formatting', () => {
    const base = loadScenarioText(minimal, 'a.yaml').hash;
    const reformatted = minimal.replace('# The least', '# Reworded: the least').replace('answer: 3', 'answer:   3   # three');
    const changed = minimal.replace('answer: 3', 'answer: 4');
    expect(loadScenarioText(reformatted, 'b.yaml').hash).toBe(base);
    expect(loadScenarioText(changed, 'c.yaml').hash).not.toBe(base);
  });

  it('positions issues the same in a CRLF file', () => {
    const crlf = minimal.replace('answer: 3', 'answer: true').replace(/\n/g, '\r\n');
    const error = thrown(() => loadScenarioText(crlf, 'crlf.yaml'));
    expect(error.issues.map(formatIssue)).toEqual(['crlf.yaml:9:11 expect.answer: expected a string, a number or a list (got true)']);
  });

  it('skips world tool checks when toolsFor does not know the world', () => {
    const text = readFileSync(at(`${badDir}/lint-tool-not-in-world.yaml`), 'utf8');
    expect(() => loadScenarioText(text, 'x.yaml', { toolsFor })).toThrow(/not in world "demo"/);
    expect(loadScenarioText(text, 'x.yaml', { toolsFor: () => undefined }).scenario.reference[1]).toMatchObject({ tool: 'sqll' });
    expect(loadScenarioText(text.replace('world: demo', 'world: elsewhere'), 'x.yaml', { toolsFor }).scenario.world).toBe('elsewhere');
  });

  it('runs no lints with lint: false, but still validates', () => {
    const text = readFileSync(at(`${badDir}/lint-empty-expectation.yaml`), 'utf8');
    expect(() => loadScenarioText(text, 'x.yaml')).toThrow(/empty expectation/);
    expect(loadScenarioText(text, 'x.yaml', { lint: false }).scenario.expect.answer).toBeUndefined();
    expect(() => loadScenarioText('id: 1', 'x.yaml', { lint: false })).toThrow(UsersimError);
  });
});

describe('loadScenarios', () => {
  it('loads a directory in sorted order', () => {
    const loaded = loadScenarios([at(good)], options);
    expect(loaded.map((l) => l.file)).toEqual([`${good}/f1-answer.yaml`, `${good}/full.yaml`, `${good}/minimal.yaml`]);
  });

  it('collects every issue of every file in a directory before throwing', () => {
    const error = thrown(() => loadScenarios([at(badDir)], options));
    // Directory order sorts whole file names: "reference-empty-step.yaml" before "reference-empty.yaml".
    const expected = malformedRows
      .map((row) => ({ file: `${badDir}/${row.name}.yaml`, issues: row.issues }))
      .sort((a, b) => (a.file < b.file ? -1 : 1))
      .flatMap((row) => row.issues.map((issue) => `${row.file}:${issue}`));
    expect(error.code).toBe('E_SCENARIO_YAML');
    expect(error.issues.map(formatIssue)).toEqual(expected);
    expect(error.message).toBe(expected.join('\n'));
  });

  it('reports the worst code among the files, with the issues of all of them', () => {
    const error = thrown(() =>
      loadScenarios([at(good), at(`${badDir}/lint-bad-regex.yaml`), at(`${badDir}/bad-disclose.yaml`)], options),
    );
    expect(error.code).toBe('E_SCENARIO_INVALID');
    expect(error.issues.map((i) => i.file)).toEqual([`${badDir}/lint-bad-regex.yaml`, `${badDir}/bad-disclose.yaml`]);
  });

  it('refuses one scenario id in two files', () => {
    const error = thrown(() => loadScenarios([at('test/fixtures/scenarios/dup')], options));
    expect(error.code).toBe('E_SCENARIO_LINT');
    expect(error.issues.map(formatIssue)).toEqual([
      'test/fixtures/scenarios/dup/b.yaml:2:5 id: duplicate scenario id "same-id" (also in test/fixtures/scenarios/dup/a.yaml)',
    ]);
  });

  it('loads a file named twice only once', () => {
    const loaded = loadScenarios([at(`${good}/minimal.yaml`), at(good)], options);
    expect(loaded.map((l) => l.scenario.id)).toEqual(['minimal', 'f1-answer', 'full.refund-order']);
  });

  describe('with paths that are not scenarios', () => {
    const scratch = mkdtempSync(join(tmpdir(), 'usersim-load-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));

    it('throws E_IO for a missing path', () => {
      const error = thrown(() => loadScenarios([join(scratch, 'missing')]));
      expect(error.code).toBe('E_IO');
      expect(error.message).toContain('no such file or directory');
    });

    it('throws E_IO for a directory without scenario files', () => {
      mkdirSync(join(scratch, 'empty'));
      writeFileSync(join(scratch, 'empty', 'notes.txt'), 'not a scenario');
      expect(thrown(() => loadScenarios([join(scratch, 'empty')])).code).toBe('E_IO');
    });
  });
});
