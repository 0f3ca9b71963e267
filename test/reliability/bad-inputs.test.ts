/**
 * Through the CLI: inputs that used to crash, hang or spoil a run are refused
 * up front with exit 2 and one line per problem at its file:line:col: numbers
 * too large to run (seeds, resamples, a timeout past Node's timer range), a
 * world that cannot load, state queries that write or do not parse, UTF-16
 * and CR-only files, `!!binary` values and a symlink loop in a folder.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../helpers/cli.js';
import { tmp } from './fixtures.js';

const BASE = [
  'id: t',
  'title: T',
  'world: demo',
  'user:',
  '  goal: Know how many customers there are.',
  'expect:',
  '  answer: 3',
  'reference:',
  '  - tool: sql',
  '    args: { query: "SELECT COUNT(*) AS n FROM customers" }',
  '  - answer: "{{last.n}}"',
  '',
].join('\n');

function file(name: string, text: string | Buffer): string {
  const path = join(tmp('bad'), name);
  writeFileSync(path, text);
  return path;
}

const noTrace = (err: string) => expect(err).not.toMatch(/\n\s+at |unexpected error/);

describe('bad inputs', () => {
  it('refuse numbers too large to run, at their line and column', async () => {
    const timeout = await cli('validate', file('t.yaml', `${BASE}limits: { timeout_ms: 3000000000 }\n`));
    expect(timeout.code).toBe(2);
    expect(timeout.err).toMatch(/t\.yaml:12:\d+ limits\.timeout_ms: .*2147483647/);
    const spec = (extra: string) => file('s.yaml', `name: s\nscenarios: [${JSON.stringify(join(repoRoot, 'scenarios/demo/order-tracking.yaml'))}]\nagents: [{ name: r, agent: reference }]\n${extra}\n`);
    const seeds = await cli('study', spec('seeds: 1000000000'));
    expect(seeds.code).toBe(2);
    expect(seeds.err).toMatch(/s\.yaml:4:8 seeds/);
    const resamples = await cli('study', spec('bootstrap: { resamples: 1e12 }'));
    expect(resamples.code).toBe(2);
    expect(resamples.err).toMatch(/s\.yaml:4:\d+ bootstrap\.resamples/);
    const flag = await cli('run', join(repoRoot, 'scenarios/demo/order-tracking.yaml'), '--seeds', '1000000000');
    expect(flag.code).toBe(2);
    expect(flag.err).toMatch(/--seeds expects at most 10,000/);
    [timeout, seeds, resamples, flag].forEach((r) => noTrace(r.err));
  });

  it('refuse an unknown world and state queries that write or do not parse', async () => {
    const world = await cli('validate', file('w.yaml', BASE.replace('world: demo', 'world: nowhere')));
    expect(world.code).toBe(2);
    expect(world.err).toMatch(/w\.yaml:3:8 world: unknown world "nowhere"/);
    const state = BASE.replace('  answer: 3\n', '  answer: 3\n  state:\n    - { query: "DELETE FROM customers", equals: [] }\n    - { query: "SELEC nope", equals: [] }\n');
    const bad = await cli('validate', file('q.yaml', state));
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/q\.yaml:9:\d+ expect\.state\[0\]\.query: the state query must be one read-only query/);
    expect(bad.err).toMatch(/q\.yaml:10:\d+ expect\.state\[1\]\.query: the state query does not run/);
    const run = await cli('run', file('q.yaml', state), '--out', tmp('badrun'));
    expect(run.code).toBe(2);
  });

  it('name UTF-16, CR-only line ends and !!binary values, and survive a symlink loop', async () => {
    const utf16 = await cli('validate', file('u.yaml', Buffer.from(`\ufeff${BASE}`, 'utf16le')));
    expect(utf16.err).toMatch(/u\.yaml:1:1 the file is UTF-16; save it as UTF-8/);
    const cr = await cli('validate', file('c.yaml', BASE.replace(/\n/g, '\r')));
    expect(cr.err).toMatch(/c\.yaml:1:1 the file ends its lines with CR alone/);
    const binary = await cli('validate', file('b.yaml', BASE.replace('title: T', 'title: !!binary aGVsbG8=')));
    expect(binary.err).toMatch(/b\.yaml:2:\d+ binary values \(!!binary\) are not supported/);
    const dir = tmp('loop');
    mkdirSync(join(dir, 'a'));
    symlinkSync('..', join(dir, 'a', 'up'));
    writeFileSync(join(dir, 'a', 'x.yaml'), BASE);
    const loop = await cli('validate', dir);
    expect(loop.code).toBe(0);
    expect(loop.out).toMatch(/1 scenario valid/);
    for (const r of [utf16, cr, binary]) {
      expect(r.code).toBe(2);
      noTrace(r.err);
    }
  });
});
