/**
 * Study specs: a valid spec loads with its defaults and its scenario entries
 * expanded (paths, folders, globs, relative to the spec file); a malformed
 * one fails with E_CONFIG and every problem as `file:line:col path: message`.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UsersimError, formatIssue } from '../../src/errors.js';
import { globRegExp } from '../../src/studies/scenario-glob.js';
import { loadStudySpec, loadStudySpecText } from '../../src/studies/spec.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const FILE = 'studies/bad.yaml';

/** The lines of a spec; `agents` and `scenarios` valid unless overridden. */
function spec(...lines: string[]): string {
  return `${lines.join('\n')}\n`;
}

const VALID = ['name: t', 'scenarios:', '  - scenarios/demo', 'agents:', '  - name: a', '    agent: reference'];

function issuesOf(text: string): string[] {
  try {
    loadStudySpecText(text, FILE, { baseDir: repoRoot });
  } catch (error) {
    if (!(error instanceof UsersimError)) throw error;
    expect(error.code).toBe('E_CONFIG');
    expect(error.message).toBe(error.issues.map(formatIssue).join('\n'));
    return error.issues.map(formatIssue);
  }
  throw new Error('the spec loaded without an error');
}

describe('loadStudySpecText: valid specs', () => {
  it('fills the defaults and expands the scenario entries relative to the spec', () => {
    const study = loadStudySpecText(spec(...VALID), FILE, { baseDir: repoRoot });
    expect(study.spec).toMatchObject({
      name: 't',
      conditions: ['sharded'],
      user: 'agenda',
      seeds: 3,
      bootstrap: { resamples: 2000, seed: 1, level: 0.95 },
      concurrency: 4,
    });
    expect(study.spec.judge).toBeUndefined();
    expect(study.spec.comparisons).toBeUndefined();
    expect(study.scenarioPaths).toEqual([join(repoRoot, 'scenarios/demo')]);
    expect(study.hash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('expands globs to scenario files, sorted, each once', () => {
    const study = loadStudySpecText(
      spec('name: t', 'scenarios:', '  - scenarios/demo/probe-*.yaml', '  - scenarios/**/probe-private-*.y?ml', 'agents:', '  - { name: a, agent: reference }'),
      FILE,
      { baseDir: repoRoot },
    );
    expect(study.scenarioPaths.map((p) => p.slice(repoRoot.length + 1))).toEqual([
      'scenarios/demo/probe-confidential-knowledge.yaml',
      'scenarios/demo/probe-internal-operation.yaml',
      'scenarios/demo/probe-private-customer.yaml',
    ]);
  });

  it('reads a spec file with entries relative to its own folder, and hashes by meaning', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usersim-spec-'));
    mkdirSync(join(dir, 'suite', 'nested'), { recursive: true });
    writeFileSync(join(dir, 'suite', 'nested', 'x.yaml'), 'id: x\n');
    writeFileSync(join(dir, 'suite', 'README.md'), '# not a scenario\n');
    writeFileSync(join(dir, 'study.yaml'), spec('name: s', 'scenarios: ["suite/**"]', 'agents: [{ name: a, agent: reference }]'));
    writeFileSync(join(dir, 'same.yaml'), spec('# a comment changes nothing', 'agents: [{ agent: reference, name: a }]', 'scenarios: ["suite/**"]', 'name: s'));
    const study = loadStudySpec(join(dir, 'study.yaml'));
    expect(study.scenarioPaths).toEqual([join(dir, 'suite', 'nested', 'x.yaml')]);
    expect(study.dir).toBe(dir);
    expect(loadStudySpec(join(dir, 'same.yaml')).hash).toBe(study.hash);
  });

  it('loads the shipped example specs', () => {
    for (const name of ['demo', 'confidentiality-ablation', 'clarification']) {
      const study = loadStudySpec(join(repoRoot, 'studies', `${name}.yaml`), { cwd: repoRoot });
      expect(study.file).toBe(`studies/${name}.yaml`);
      expect(study.spec.name).toBe(name);
    }
    const demo = loadStudySpec(join(repoRoot, 'studies', 'demo.yaml'), { cwd: repoRoot }).spec;
    expect(demo.conditions).toEqual(['sharded', 'full', 'concat']);
    expect(demo.agents.map((a) => a.agent)).toEqual([
      'reference',
      'reference[clarify=guess]',
      'reference[clarify=ask-all]',
      'reference[probes=comply]',
      'reference[probes=refuse-all]',
    ]);
  });

  it('fails with E_IO for a missing file', () => {
    expect(() => loadStudySpec(join(repoRoot, 'studies', 'nope.yaml'))).toThrowError(expect.objectContaining({ code: 'E_IO' }));
  });
});

describe('loadStudySpecText: malformed specs fail with line:col', () => {
  it('an unknown key, at the key, with a suggestion', () => {
    expect(issuesOf(spec(...VALID, 'condtions: [full]'))).toEqual([`${FILE}:7:1 unknown key "condtions" (did you mean "conditions"?)`]);
  });

  it('an unknown condition, at the list item', () => {
    expect(issuesOf(spec(...VALID, 'conditions: [sharded, fool]'))).toEqual([
      `${FILE}:7:23 conditions[1]: expected one of sharded, full, concat (got "fool")`,
    ]);
  });

  it('a missing required key, at the mapping that lacks it', () => {
    expect(issuesOf(spec('name: t', 'scenarios: [scenarios/demo]'))).toEqual([`${FILE}:1:1 missing required key "agents"`]);
  });

  it('a misspelt key inside a variant is one typo, not also a missing key; a variant without a name is', () => {
    expect(issuesOf(spec('name: t', 'scenarios: [scenarios/demo]', 'agents:', '  - name: a', '    agnet: reference'))).toEqual([
      `${FILE}:5:5 agents[0]: unknown key "agnet" (did you mean "agent"?)`,
    ]);
    expect(issuesOf(spec('name: t', 'scenarios: [scenarios/demo]', 'agents:', '  - agent: reference'))).toEqual([`${FILE}:4:5 agents[0]: missing required key "name"`]);
  });

  it('wrong types and bounds: seeds, bootstrap, budget', () => {
    expect(issuesOf(spec(...VALID, 'seeds: 0', 'bootstrap: { resamples: 0, level: 1 }', 'budget: { max_cost_usd: cheap }'))).toEqual([
      `${FILE}:7:8 seeds: must be at least 1 (got 0)`,
      `${FILE}:8:25 bootstrap.resamples: must be at least 1 (got 0)`,
      `${FILE}:8:35 bootstrap.level: must be at most 0.999 (got 1)`,
      `${FILE}:9:25 budget.max_cost_usd: expected a number (got "cheap")`,
    ]);
  });

  it('a bad agent knob, at the agent spec', () => {
    expect(issuesOf(spec('name: t', 'scenarios: [scenarios/demo]', 'agents:', '  - name: a', '    agent: reference[clarify=gues]'))).toEqual([
      `${FILE}:5:12 agents[0].agent: agent "reference[clarify=gues]": unknown knob "clarify=gues" (expected clarify=ask-needed|ask-all|guess or probes=refuse|comply|refuse-all)`,
    ]);
  });

  it('duplicates: names, agents under two names (after canonicalisation), conditions and seeds', () => {
    const text = spec(
      'name: t',
      'scenarios: [scenarios/demo]',
      'conditions: [full, full]',
      'seeds: [1, 2, 1]',
      'agents:',
      '  - { name: a, agent: "reference[probes=comply,clarify=guess]" }',
      '  - { name: a, agent: "reference[clarify=guess,probes=comply]" }',
    );
    expect(issuesOf(text)).toEqual([
      `${FILE}:3:20 conditions[1]: duplicate condition "full"`,
      `${FILE}:4:15 seeds[2]: duplicate seed 1`,
      `${FILE}:7:13 agents[1].name: duplicate variant name "a" (also agents[0])`,
      `${FILE}:7:23 agents[1].agent: agents[0] already runs "reference[clarify=guess,probes=comply]"; one agent under two names would run the same episodes twice`,
    ]);
  });

  it('comparisons must name declared variants, and not a variant with itself', () => {
    const text = spec(...VALID, '  - name: careful', '    agent: naive', 'comparisons:', '  - { baseline: a, variant: carefull }', '  - { baseline: a, variant: a }');
    expect(issuesOf(text)).toEqual([
      `${FILE}:10:29 comparisons[0].variant: no variant named "carefull" (did you mean "careful"?)`,
      `${FILE}:11:5 comparisons[1]: compares "a" with itself`,
    ]);
  });

  it('every scenario entry must match something: a missing path and an empty glob', () => {
    const text = spec('name: t', 'scenarios:', '  - scenarios/demo', '  - scenarios/missing', '  - scenarios/demo/*.json', 'agents: [{ name: a, agent: reference }]');
    expect(issuesOf(text)).toEqual([
      `${FILE}:4:5 scenarios[1]: no such file or folder "scenarios/missing"`,
      `${FILE}:5:5 scenarios[2]: "scenarios/demo/*.json" matches no scenario files (*.yaml, *.yml)`,
    ]);
  });

  it('YAML syntax errors and an empty file', () => {
    expect(issuesOf(spec('name: t', 'scenarios: [scenarios/demo', 'agents: []'))).toEqual([expect.stringMatching(new RegExp(`^${FILE}:3:\\d+ `))]);
    expect(issuesOf(spec('name: t', 'name: u'))).toEqual([`${FILE}:2:1 duplicate key`]);
    expect(issuesOf('')).toEqual([`${FILE}:1:1 empty file: expected a study mapping`]);
  });
});

describe('globRegExp', () => {
  it('matches *, **, ?, [..] and {a,b} the usual way', () => {
    const re = globRegExp('**/probe-?[a-z]*.{yaml,yml}');
    expect(re.test('probe-private.yaml')).toBe(true);
    expect(re.test('demo/x/probe-internal.yml')).toBe(true);
    expect(re.test('demo/probe-12.yaml')).toBe(false);
    expect(re.test('demo/probe-private.json')).toBe(false);
    expect(globRegExp('*.yaml').test('demo/a.yaml')).toBe(false);
    expect(globRegExp('a.b').test('axb')).toBe(false);
  });
});
