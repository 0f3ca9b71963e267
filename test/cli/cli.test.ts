import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readResults } from '../../src/runner/results-store.js';
import { cli, cliSync } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'usersim-cli-'));

describe('usersim CLI', () => {
  it('validate: exits 0 on the shipped scenarios', async () => {
    const r = await cli('validate', 'scenarios');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ \d+ scenarios valid/);
  });

  it('validate: exits 2 with file:line:col on a malformed file (as a real process)', () => {
    const r = cliSync(['validate', 'test/fixtures/scenarios/bad/bad-disclose.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('test/fixtures/scenarios/bad/bad-disclose.yaml:11:17 user.facts[0].disclose: expected one of volunteer, on_request, never (got "sometimes")');
  });

  it('usage errors exit 2', async () => {
    expect((await cli('run', 'scenarios/demo', '--seeds', 'zero')).code).toBe(2);
    expect((await cli('run', 'scenarios/demo', '--agent', 'wizard')).code).toBe(2);
    expect((await cli('frobnicate')).code).toBe(2);
  });

  it('schema: prints the committed JSON Schema', async () => {
    const r = await cli('schema');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(readFileSync('schema/scenario.schema.json', 'utf8')));
  });

  it('check: exits 0 on the demo suite and 1 when a scenario cannot be solved', async () => {
    const ok = await cli('check', 'scenarios/demo');
    expect(ok.code).toBe(0);
    expect(ok.out).toMatch(/all \d+ scenarios are solvable and discriminating/);

    const dir = tmp();
    const text = readFileSync('scenarios/demo/order-tracking.yaml', 'utf8').replace(/^id: .*$/m, 'id: demo.unsolvable').replace(/^(\s+answer:) .*$/m, '$1 "no such tracking number"');
    writeFileSync(join(dir, 'unsolvable.yaml'), text);
    const bad = await cli('check', dir);
    expect(bad.code).toBe(1);
    expect(bad.out).toContain('demo.unsolvable');
  });

  it('run: two runs with the same seeds give byte-identical episodes.jsonl, 3 × N lines, all successful', async () => {
    const [a, b] = [tmp(), tmp()];
    const r1 = await cli('run', 'scenarios/demo', '--agent', 'reference', '--seeds', '3', '--out', a);
    const r2 = await cli('run', 'scenarios/demo', '--agent', 'reference', '--seeds', '3', '--out', b, '--concurrency', '1');
    expect(r1.code).toBe(0);
    expect(r2.code).toBe(0);
    const lines = readResults(a);
    const n = (await cli('validate', 'scenarios/demo')).out.match(/(\d+) scenarios/)?.[1];
    expect(lines).toHaveLength(3 * Number(n));
    expect(lines.every((l) => l.scores?.success)).toBe(true);
    expect(readFileSync(join(a, 'episodes.jsonl'))).toEqual(readFileSync(join(b, 'episodes.jsonl')));
    expect(r1.out).toContain('reference');
  });

  it('run: a write task records the database diff, and a read-only one none', async () => {
    const dir = tmp();
    await cli('run', 'scenarios/demo/cancel-order.yaml', 'scenarios/demo/order-tracking.yaml', '--out', dir);
    const [cancel, tracking] = ['demo.cancel-order', 'demo.order-tracking'].map((id) => readResults(dir).find((r) => r.scenarioId === id));
    expect(cancel?.envDiff?.tables.orders?.removed[0]).toContain('pending');
    expect(cancel?.envDiff?.tables.orders?.added[0]).toContain('cancelled');
    expect(tracking?.envDiff).toBeUndefined();
  });

  it('run: the naive agent fails the underspecified scenarios', async () => {
    const dir = tmp();
    await cli('run', 'scenarios/demo', '--agent', 'naive', '--out', dir);
    const failed = readResults(dir).filter((r) => !r.scores?.success).map((r) => r.scenarioId);
    for (const id of ['demo.order-tracking', 'demo.blender-ship-date', 'demo.bulb-refund-quote', 'demo.cancel-order', 'demo.route-case']) {
      expect(failed).toContain(id);
    }
  });
});
