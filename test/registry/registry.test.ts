/**
 * The registry through the public entry: a kind added in one file and one
 * registry line runs end to end (the README's extension guide, whose snippet
 * must be `examples/agent-kind/echo-kind.ts`), later kinds win, and two
 * registries never see each other's kinds.
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { echoAgentKind } from '../../examples/agent-kind/echo-kind.js';
import * as usersim from '../../src/index.js';
import { repoRoot } from '../helpers/cli.js';

describe('createRegistry', () => {
  it('runs an agent kind added with one registry line, end to end', async () => {
    const registry = usersim.createRegistry({ agents: [echoAgentKind] });
    const scenarios = usersim.loadScenarios(['scenarios/demo/order-tracking.yaml'], usersim.worldEnvironments({ registry }));
    const outDir = mkdtempSync(join(tmpdir(), 'usersim-registry-'));
    await usersim.createRunner({ registry, clock: usersim.createManualClock(), runId: () => 'r' }).run({
      scenarios,
      agents: [registry.agent('echo'), registry.agent('reference')],
      user: registry.user('agenda'),
      judge: registry.judge(),
      seeds: [1],
      outDir,
    });
    const results = usersim.readResults(outDir);
    const echo = results.find((r) => r.agent === 'echo');
    const reference = results.find((r) => r.agent === 'reference');
    const opening = echo?.transcript.find((e) => e.role === 'user');
    expect(echo).toMatchObject({ agent: 'echo', termination: { reason: 'agent_answered' }, scores: { success: false } });
    expect(echo?.answer).toBe(opening?.role === 'user' ? opening.text : undefined);
    expect(reference).toMatchObject({ agent: 'reference', scores: { success: true } });
  });

  it('keeps kinds to the registry they were given to: nothing is registered in module state', () => {
    usersim.createRegistry({ agents: [echoAgentKind] });
    expect(() => usersim.createRegistry().agent('echo')).toThrow(expect.objectContaining({ code: 'E_USAGE', message: expect.stringContaining('unknown agent "echo"; expected reference[clarify=…,probes=…], naive[probes=…]') }));
  });

  it('lets a later kind win over an earlier one that parses the same spec', () => {
    const shadow: usersim.AgentKind<string> = { ...echoAgentKind, kind: 'shadow', parse: (spec) => (spec === 'reference' ? spec : undefined), name: () => 'shadowed' };
    expect(usersim.createRegistry({ agents: [shadow] }).agent('reference').name).toBe('shadowed');
    expect(usersim.createRegistry().agent('reference[probes=comply]').name).toBe('reference[probes=comply]');
  });

  it('lists the built-in kinds of every family, and the CRM worlds only with the pack', async () => {
    const { kinds } = usersim.createRegistry();
    expect(kinds.agents.map((k) => k.kind)).toEqual(['reference', 'naive']);
    expect(kinds.users.map((k) => k.kind)).toEqual(['agenda']);
    expect(kinds.judges.map((k) => k.kind)).toEqual(['deterministic']);
    expect(kinds.asks.map((k) => k.kind)).toEqual(['deterministic']);
    expect(kinds.tools.map((k) => k.type)).toEqual(['sql', 'query', 'write', 'function']);
    expect(kinds.worlds).toEqual([]);
    const { crmPack } = await import('../../src/packs/crm/index.js');
    expect(usersim.createRegistry(crmPack()).worlds.names()).toEqual(['crm-b2b', 'crm-b2c']);
  });

  it('gives its world catalog a function tool kind that knows the parts\' functions, and only its own', () => {
    const fn: usersim.ToolFunction = () => 42;
    const withFn = usersim.createRegistry({ functions: { answer: fn } });
    const check = (registry: usersim.Registry) =>
      registry.worlds.toolKinds.get('function')?.check({ type: 'function', name: 'answer', description: 'x', parameters: {} } as usersim.ToolDeclaration, { world: { name: 'w', tables: [] }, inspect: () => ({ readonly: true, reader: true }) });
    expect(check(withFn)).toEqual([]);
    expect(check(usersim.createRegistry())).toEqual([expect.objectContaining({ message: 'no tool function "answer" is registered (registered: calculate)' })]);
    expect(() => usersim.createRegistry({ functions: { answer: fn } }, { functions: { answer: () => 0 } })).toThrow(expect.objectContaining({ code: 'E_CONFIG' }));
  });

  it('is what the README extension guide shows: its snippet is the example file', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    const section = readme.slice(readme.indexOf('### Adding a kind'));
    const snippet = /```ts\n([\s\S]*?)```/.exec(section)?.[1];
    const example = readFileSync(join(repoRoot, 'examples', 'agent-kind', 'echo-kind.ts'), 'utf8');
    expect(snippet).toBe(example.replace("from '../../src/index.js'", "from 'usersim'"));
  });
});
