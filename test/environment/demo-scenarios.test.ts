/**
 * The demo suite against the demo world: every scenario loads and lints, its
 * reference solution reaches the expected answer and state through the
 * world's own tools (with the reference agent's templates and the judge's
 * matchers), a run without the withheld facts fails, the questions the
 * reference agent derives from fact descriptions trigger the right cues, and
 * every canary is real seed data that the task itself never needs.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { askFor } from '../../src/agents/reference.js';
import { renderArgs, renderText } from '../../src/agents/reference-templates.js';
import { createSqliteEnvironment } from '../../src/environment/sqlite.js';
import { loadWorld } from '../../src/environment/world-catalog.js';
import { packageRoot } from '../../src/environment/world.js';
import { matchAnswer } from '../../src/judge/match.js';
import { tokenF1 } from '../../src/judge/matchers/f1.js';
import { loadScenarios } from '../../src/scenario/load.js';
import type { Scenario } from '../../src/scenario/schema.js';
import { askTargets } from '../../src/core/ask-recogniser.js';
import { recogniseAsks } from '../../src/asks/deterministic.js';
import { mentionsValue } from '../../src/core/cues.js';

const dir = path.join(packageRoot(), 'scenarios', 'demo');
const loaded = loadScenarios([dir], { toolsFor: (world) => loadWorld(world).tools.map((t) => t.name) });
const scenarios = loaded.map((l) => l.scenario);
const world = loadWorld('demo');

const withheld = (s: Scenario) => s.user.facts.filter((f) => f.needed && f.disclose === 'on_request');

/** Runs the reference steps; `knows` decides which facts the templates may use. */
async function play(s: Scenario, knows: (id: string) => boolean) {
  const env = createSqliteEnvironment(loadWorld(s.world));
  const fact = (id: string) => (knows(id) ? s.user.facts.find((f) => f.id === id)?.value : undefined);
  let last: unknown;
  let answer: string | null = null;
  const failures: string[] = [];
  for (const step of s.reference) {
    if ('tool' in step) {
      const outcome = await env.call(step.tool, renderArgs(step.args, { fact, last }) as Record<string, unknown>);
      last = outcome.ok ? outcome.value : undefined;
      if (!outcome.ok) failures.push(`${step.tool}: ${outcome.error.message}`);
    } else if ('answer' in step) {
      answer = renderText(String(step.answer), { fact, last });
    }
  }
  const answerPass = s.expect.answer === undefined ? true : matchAnswer({ ...s.expect, answer: s.expect.answer }, answer).pass;
  const state = (s.expect.state === 'reference' ? [] : s.expect.state).map((a) => JSON.stringify(env.query(a.query)) === JSON.stringify(a.equals));
  env.close();
  return { answer, answerPass, state, failures, pass: answerPass && state.every(Boolean) };
}

describe('the demo suite', () => {
  it('has at least 8 scenarios on the demo world, each opening with the schema header', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(8);
    for (const l of loaded) {
      expect(l.scenario.world).toBe('demo');
      expect(readFileSync(l.file, 'utf8').split('\n')[0]).toBe('# yaml-language-server: $schema=../../schema/scenario.schema.json');
    }
  });

  it('covers underspecified requests needing 1, 2 and 3 facts, and a fully specified control', () => {
    const counts = scenarios.filter((s) => s.probes.length === 0).map((s) => withheld(s).length);
    expect(counts).toEqual(expect.arrayContaining([1, 2, 3]));
    const controls = scenarios.filter(
      (s) => s.tags.includes('control') && withheld(s).length === 0 && s.user.facts.some((f) => f.needed),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const s of controls) {
      for (const f of s.user.facts.filter((f) => f.needed)) {
        expect(f.disclose).toBe('volunteer');
        expect(mentionsValue(s.user.opening ?? '', f.value)).toBe(true);
      }
    }
  });

  it('probes each confidentiality category with canaries, plus a harmless look-alike', () => {
    const refuse = scenarios.flatMap((s) => s.probes.filter((p) => p.expect === 'refuse'));
    expect(new Set(refuse.map((p) => p.category))).toEqual(
      new Set(['private_customer_information', 'internal_operation_data', 'confidential_company_knowledge']),
    );
    for (const p of refuse) expect(p.protected.length).toBeGreaterThan(0);
    expect(scenarios.some((s) => s.probes.some((p) => p.expect === 'comply' && p.control))).toBe(true);
  });

  it('has a write task checked by state, an F1 answer with a threshold, volunteers and unknowns', () => {
    const writers = new Set(world.tools.filter((t) => t.type === 'write').map((t) => t.name));
    expect(scenarios.some((s) => s.expect.state.length > 0 && s.reference.some((r) => 'tool' in r && writers.has(r.tool)))).toBe(true);
    expect(scenarios.some((s) => s.expect.match === 'f1' && s.expect.threshold !== undefined)).toBe(true);
    expect(scenarios.some((s) => s.user.facts.some((f) => f.disclose === 'volunteer' && !f.needed))).toBe(true);
    expect(scenarios.some((s) => s.user.unknowns.length > 0)).toBe(true);
  });
});

describe.each(scenarios.map((s) => [s.id, s] as const))('%s', (_id, s) => {
  it('reaches the expected answer and state through the world tools', async () => {
    expect(s.reference.some((r) => 'tool' in r)).toBe(true);
    const run = await play(s, () => true);
    expect(run.failures).toEqual([]);
    expect(run).toMatchObject({ answerPass: true, pass: true });
    expect(run.state.every(Boolean)).toBe(true);
  });

  it('withholds what it withholds: needed on_request values are not in the opening or the agent context', () => {
    for (const f of withheld(s)) {
      expect(mentionsValue(s.user.opening ?? '', f.value)).toBe(false);
      expect(mentionsValue(s.agent.context, f.value)).toBe(false);
    }
  });

  it('asks for each withheld fact in words the ask recogniser reads as a request for it and for nothing else', () => {
    const targets = askTargets(s.user.facts, s.user.unknowns);
    for (const f of s.user.facts.filter((g) => g.disclose === 'on_request')) {
      const question = askFor(f, targets);
      expect(recogniseAsks(question, targets).requests.map((r) => r.id), question).toEqual([f.id]);
    }
  });
});

const underspecified = scenarios.filter((s) => withheld(s).length > 0);
const probed = scenarios.filter((s) => s.probes.some((p) => p.protected.length > 0));

describe.each(underspecified.map((s) => [s.id, s] as const))('%s without asking', (_id, s) => {
  it('fails when the withheld facts are guessed instead of asked', async () => {
    const told = new Set(s.user.facts.filter((f) => f.disclose === 'volunteer').map((f) => f.id));
    const run = await play(s, (id) => told.has(id));
    expect(run.pass).toBe(false);
  });
});

describe.each(probed.map((s) => [s.id, s] as const))('%s canaries', (_id, s) => {
  it('are real seed data that the task never needs', async () => {
    const env = createSqliteEnvironment(world);
    const seed = JSON.stringify(env.snapshot()).toLowerCase();
    env.close();
    const run = await play(s, () => true);
    for (const value of s.probes.flatMap((p) => p.protected)) {
      expect(seed).toContain(String(value).toLowerCase());
      for (const text of [run.answer ?? '', s.agent.context, s.user.opening ?? '', String(s.expect.answer ?? '')]) {
        expect(mentionsValue(text, value), `${value} in ${text}`).toBe(false);
      }
    }
  });
});

describe('the F1 scenario', () => {
  it("does not pass with the other model's reset article", () => {
    const s = scenarios.find((x) => x.expect.match === 'f1') as Scenario;
    const env = createSqliteEnvironment(world);
    const other = env.query("SELECT body FROM articles WHERE id = 'KB-104'")[0]?.[0] as string;
    env.close();
    expect(tokenF1(String(s.expect.answer), other)).toBeLessThan(s.expect.threshold ?? 1);
  });
});
