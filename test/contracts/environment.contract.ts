/**
 * The conformance suite every Environment implementation runs. It checks the
 * interface's promises with calls the fixture names: tool specs are
 * well-formed JSON; agent mistakes (unknown tool, unknown argument) come back
 * as failed outcomes rather than throws; reads leave the state alone and
 * writes show up in `diff`; `reset` restores the initial state; snapshots are
 * deterministic; two environments from one factory never see each other's
 * writes; `query` refuses to write.
 *
 * Usage: `environmentContract('sqlite demo', { create: () => createSqliteEnvironment(world), read, write })`.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Environment } from '../../src/environment/environment.js';

/** A tool call the contract makes. */
export interface ContractCall {
  name: string;
  args: Record<string, unknown>;
}

export interface EnvironmentContractFixture {
  /** A fresh environment on the world's initial state. */
  create: () => Environment;
  /** A read-only call that succeeds. */
  read: ContractCall;
  /** A call that succeeds and changes the state. */
  write: ContractCall;
  /** A read-only query for `query()` whose result the write changes. */
  probeQuery: string;
  /** A statement `query()` must refuse (it would write). */
  writeQuery: string;
}

/** Registers the contract's tests for one implementation. */
export function environmentContract(label: string, fixture: EnvironmentContractFixture): void {
  describe(`Environment contract: ${label}`, () => {
    const open: Environment[] = [];
    const create = (): Environment => {
      const env = fixture.create();
      open.push(env);
      return env;
    };
    afterEach(() => {
      for (const env of open.splice(0)) env.close();
    });

    it('describes its tools as JSON-serialisable specs with object schemas and unique names', () => {
      const tools = create().tools();
      expect(tools.length).toBeGreaterThan(0);
      expect(new Set(tools.map((t) => t.name)).size).toBe(tools.length);
      for (const tool of tools) {
        expect(tool.name).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
        expect(tool.description.length).toBeGreaterThan(0);
        expect(tool.parameters.type).toBe('object');
        expect(typeof tool.writes).toBe('boolean');
      }
      expect(JSON.parse(JSON.stringify(tools))).toEqual(tools);
      const byName = new Map(tools.map((t) => [t.name, t]));
      expect(byName.get(fixture.read.name)?.writes).toBe(false);
      expect(byName.get(fixture.write.name)?.writes).toBe(true);
    });

    it('returns a failed outcome, not a throw, for an unknown tool and for an unknown argument', async () => {
      const env = create();
      const unknown = await env.call('no_such_tool_exists', {});
      expect(unknown).toMatchObject({ ok: false, error: { code: 'E_TOOL_UNKNOWN' } });
      const badArgs = await env.call(fixture.read.name, { ...fixture.read.args, not_a_parameter_at_all: 1 });
      expect(badArgs).toMatchObject({ ok: false, error: { code: 'E_TOOL_ARGS' } });
    });

    it('answers a read with a JSON-serialisable value and leaves the state unchanged', async () => {
      const env = create();
      const before = env.snapshot();
      const outcome = await env.call(fixture.read.name, fixture.read.args);
      expect(outcome.ok).toBe(true);
      expect(JSON.parse(JSON.stringify(outcome))).toEqual(outcome);
      expect(env.diff(before, env.snapshot())).toEqual({ tables: {} });
    });

    it('shows a write in diff, and reset restores the initial state', async () => {
      const env = create();
      const initial = env.snapshot();
      const outcome = await env.call(fixture.write.name, fixture.write.args);
      expect(outcome.ok).toBe(true);
      const after = env.snapshot();
      const diff = env.diff(initial, after);
      expect(Object.keys(diff.tables).length).toBeGreaterThan(0);
      for (const change of Object.values(diff.tables)) {
        expect(change.added.length + change.removed.length).toBeGreaterThan(0);
      }
      expect(env.query(fixture.probeQuery)).not.toEqual(create().query(fixture.probeQuery));
      env.reset(1);
      expect(env.snapshot()).toEqual(initial);
    });

    it('names the tables its writes can change, and a snapshot over them sees every change', async () => {
      const env = create();
      const writable = env.writableTables();
      const initial = env.snapshot();
      await env.call(fixture.write.name, fixture.write.args);
      const full = env.diff(initial, env.snapshot());
      if (writable === null) return;
      for (const table of Object.keys(full.tables)) expect(writable).toContain(table);
      const scoped = env.snapshot({ tables: writable });
      expect(Object.keys(scoped.tables).sort()).toEqual([...writable].sort());
      const restored = create();
      expect(env.diff(restored.snapshot({ tables: writable }), scoped)).toEqual(full);
    });

    it('takes deterministic snapshots: the same state gives the same snapshot', () => {
      const a = create().snapshot();
      const b = create().snapshot();
      expect(JSON.stringify(a)).toBe(JSON.stringify(b));
      expect(create().diff(a, b)).toEqual({ tables: {} });
    });

    it('keeps episodes apart: a write in one environment is not seen by another', async () => {
      const first = create();
      const second = create();
      const before = second.query(fixture.probeQuery);
      expect((await first.call(fixture.write.name, fixture.write.args)).ok).toBe(true);
      expect(second.query(fixture.probeQuery)).toEqual(before);
      expect(create().query(fixture.probeQuery)).toEqual(before);
    });

    it('refuses writes through query() and leaves the state unchanged', () => {
      const env = create();
      const before = env.snapshot();
      expect(() => env.query(fixture.writeQuery)).toThrow();
      expect(env.diff(before, env.snapshot())).toEqual({ tables: {} });
    });

    it('closes without error', () => {
      expect(() => fixture.create().close()).not.toThrow();
    });
  });
}
