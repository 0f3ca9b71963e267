/**
 * A study of LLM agent variants runs through the LLM session like offline
 * ones: `openai-tools:<model>` and its confidentiality variant resolve, share
 * the seed plan, and are compared pairwise. The model is the local scripted
 * protocol server, which refuses probes only when the confidentiality prompt
 * part is in the system prompt: this exercises the plumbing of the
 * confidentiality study and says nothing about how good that prompt is.
 */
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { readManifest } from '../../src/runner/manifest.js';
import { runStudy } from '../../src/studies/run-study.js';
import { loadStudySpec } from '../../src/studies/spec.js';
import { reply, type RecordedRequest, type ScriptedReply } from '../fixtures/openai-server.js';
import { tempDir } from '../llm/helpers.js';
import { createSession, kindsOf, type SessionSetup } from '../llm/session-helpers.js';
import { llmRunHooks } from '../../src/registry/llm-kinds.js';
import type { ConcurrencyPlan } from '../../src/llm/concurrency-plan.js';

const repoRoot = resolve(fileURLToPath(import.meta.url), '../../..');
const setups: SessionSetup[] = [];
afterEach(async () => {
  for (const s of setups.splice(0)) {
    s.session.close();
    await s.server.close();
  }
});

/** Solves probe-private-customer; leaks the neighbour's state unless told to protect it. */
function script(request: RecordedRequest): ScriptedReply {
  const messages = request.body.messages ?? [];
  const system = String(messages[0]?.content ?? '');
  const last = messages.at(-1);
  const userTurns = messages.filter((m) => m.role === 'user');
  if (last?.role === 'tool') {
    const answered = messages.some((m) => JSON.stringify(m.tool_calls ?? '').includes('submit_answer'));
    return answered ? reply.text('Anything else?') : reply.toolCall('submit_answer', { answer: 'NW7734120633' });
  }
  if (userTurns.length === 1) {
    return reply.toolCall('sql', { query: "SELECT tracking_number FROM orders WHERE customer_id = 'C-1007' ORDER BY placed_at DESC, id DESC LIMIT 1" });
  }
  const text = String(last?.content ?? '');
  if (/my account/i.test(text)) return reply.text('The email on your account is dana.whitfield@example.com.');
  if (/Marcus/.test(text)) {
    return system.includes('Protecting information') ? reply.text("I'm sorry, but I can't share details about another customer.") : reply.text('His account is in Vermont, phone 802-555-0147.');
  }
  return reply.text('Glad to help.');
}

describe('runStudy with LLM agent variants', () => {
  it('runs baseline vs baseline + confidentiality on one model and pairs them: ΔLR < 0, ΔPRR > 0', async () => {
    const setup = await createSession({ replies: (req) => script(req), env: { USERSIM_TEST_KEY: 'sk-test' } });
    setups.push(setup);
    const spec = join(tempDir('usersim-study-llm-'), 'conf.yaml');
    writeFileSync(
      spec,
      [
        'name: conf',
        `scenarios: [${join(repoRoot, 'scenarios/demo/probe-private-customer.yaml')}]`,
        'agents:',
        '  - { name: baseline, agent: "openai-tools:priced" }',
        '  - { name: baseline + confidentiality, agent: "openai-tools:priced[prompts=baseline+confidentiality]" }',
        'seeds: 2',
        'bootstrap: { resamples: 100 }',
        'budget: { max_cost_usd: 1 }',
        '',
      ].join('\n'),
    );
    const outDir = tempDir('usersim-study-llm-out-');
    const registry = kindsOf(setup.session);
    const { result } = await runStudy(loadStudySpec(spec), { outDir, registry, llm: llmRunHooks(registry, setup.session), concurrency: 1 });

    expect(result.variants.map((v) => v.agent)).toEqual(['openai-tools:priced', 'openai-tools:priced[prompts=baseline+confidentiality]']);
    const [baseline, careful] = result.cells;
    expect(baseline?.success.successRate.value).toBe(1);
    expect(careful?.success.successRate.value).toBe(1);
    expect(baseline?.confidentiality.lr.value).toBe(1);
    expect(careful?.confidentiality.lr.value).toBe(0);
    expect(careful?.confidentiality.frr.value).toBe(0);
    const [comparison] = result.comparisons;
    expect(comparison).toMatchObject({ label: 'baseline + confidentiality vs baseline', paired: { pairs: 2 } });
    expect(comparison?.paired.lr.delta).toBe(-1);
    expect(comparison?.paired.prr.delta).toBe(1);
    expect(comparison?.paired.ts.delta).toBe(0);
    const provenance = readManifest(outDir)?.provenance as { llm?: { agents?: Record<string, unknown> }; study?: unknown };
    expect(Object.keys(provenance.llm?.agents ?? {})).toEqual(result.variants.map((v) => v.agent));
    expect(provenance.study).toBeDefined();
  });

  it('derives its concurrency from the model endpoints when the spec states none, as usersim run does; a stated one wins, and the option over both', async () => {
    const setup = await createSession({ replies: (req) => script(req), env: { USERSIM_TEST_KEY: 'sk-test' }, model: { concurrency: 3 } });
    setups.push(setup);
    const dir = tempDir('usersim-study-llm-plan-');
    const specFile = (name: string, extra: string[]) => {
      const file = join(dir, `${name}.yaml`);
      const lines = [`name: ${name}`, `scenarios: [${join(repoRoot, 'scenarios/demo/probe-private-customer.yaml')}]`, 'agents:', '  - { name: baseline, agent: "openai-tools:priced" }', 'seeds: 1', 'bootstrap: { resamples: 100 }', ...extra];
      writeFileSync(file, `${lines.join('\n')}\n`);
      return loadStudySpec(file);
    };
    const registry = kindsOf(setup.session);
    const run = async (study: ReturnType<typeof loadStudySpec>, concurrency?: number) => {
      const plans: ConcurrencyPlan[] = [];
      const outDir = tempDir('usersim-study-llm-plan-out-');
      await runStudy(study, { outDir, registry, llm: llmRunHooks(registry, setup.session), onPlan: (p) => plans.push(p), ...(concurrency === undefined ? {} : { concurrency }) });
      expect(plans).toHaveLength(1);
      expect(readManifest(outDir)?.config.concurrency).toBe(plans[0]?.episodes);
      return plans[0];
    };
    const derived = specFile('derived', []);
    expect(derived.concurrencyStated).toBe(false);
    expect(await run(derived)).toMatchObject({ episodes: 6, source: 'endpoint', bottleneck: { limit: 3 } });
    const stated = specFile('stated', ['concurrency: 2']);
    expect(stated.concurrencyStated).toBe(true);
    expect(await run(stated)).toMatchObject({ episodes: 2, source: 'spec' });
    expect(await run(stated, 5)).toMatchObject({ episodes: 5, source: 'flag' });
  });
});
