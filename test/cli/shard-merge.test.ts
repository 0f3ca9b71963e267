/**
 * Scale-out through the CLI: a run split with `--shard i/n` into three
 * directories and put back with `usersim merge` is the run a single machine
 * writes, byte for byte, and merge refuses what would not be: another plan,
 * a missing or repeated shard, a missing, repeated or misplaced episode.
 * A study's shards merge into its study.json, results.csv and junit.xml too.
 */
import { appendFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { mergeRuns, parseShard } from '../../src/index.js';
import { cli, repoRoot } from '../helpers/cli.js';

const args = ['run', 'scenarios/demo', '--agent', 'reference', '--agent', 'naive', '--seeds', '1', '--concurrency', '3', '--progress', 'none'];
const planned = 10 * 2;
const tmp = (name: string) => mkdtempSync(join(tmpdir(), `usersim-shard-${name}-`));
const lines = (dir: string) => readFileSync(join(dir, 'episodes.jsonl'), 'utf8').split('\n').filter(Boolean);
/** The manifest without the two stamps every run has of its own: its id and start time. */
const plan = (dir: string) => {
  const { runId: _id, createdAt: _at, ...rest } = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as Record<string, unknown>;
  return rest;
};
/** The summary table a command printed (everything before the blank line that ends it). */
// The summary table; run's plan line (what limits concurrency) comes before it and merge has none.
const table = (out: string) => out.split('\n').filter((line) => !line.startsWith('concurrency: ')).join('\n').split('\n\n')[0];

describe('usersim run --shard and usersim merge', () => {
  let single: string;
  let singleOut: string;
  let shards: string[];

  beforeAll(async () => {
    single = tmp('single');
    const one = await cli(...args, '--out', single);
    expect(one.code, one.err).toBe(0);
    singleOut = one.out;
    shards = [];
    for (const i of [1, 2, 3]) {
      const dir = tmp(`part${i}`);
      const r = await cli(...args, '--shard', `${i}/3`, '--out', dir);
      expect(r.code, r.err).toBe(0);
      shards.push(dir);
    }
  }, 120_000);

  it('splits the plan into disjoint slices that cover it', () => {
    const keys = shards.flatMap(lines).map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toHaveLength(planned);
    expect(new Set(keys).size).toBe(planned);
    expect(shards.map((d) => lines(d).length)).toEqual([7, 7, 6]);
    expect(JSON.parse(readFileSync(join(shards[1] as string, 'manifest.json'), 'utf8'))).toMatchObject({ planned, shard: { index: 2, count: 3, planned: 7 } });
  });

  it('merges three shards into the single-machine run, byte for byte', async () => {
    const out = tmp('merged');
    // Shards named in any order: the merged file follows the plan.
    const r = await cli('merge', shards[2] as string, shards[0] as string, shards[1] as string, '--out', out);
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(join(out, 'episodes.jsonl'))).toEqual(readFileSync(join(single, 'episodes.jsonl')));
    expect(plan(out)).toEqual(plan(single));
    expect(table(r.out)).toBe(table(singleOut));
    expect(r.out).toContain(`${planned}/${planned} episodes from 3 shards merged`);
  });

  it('refuses to resume a shard directory as another shard', async () => {
    const r = await cli(...args, '--shard', '3/3', '--out', shards[0] as string, '--resume');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/shard \(stored: shard 1\/3, now: shard 3\/3\)/);
  });

  it('refuses a missing shard, a repeated one and one from another plan', async () => {
    const missing = await cli('merge', shards[0] as string, shards[1] as string, '--out', tmp('m1'));
    expect(missing.code).toBe(2);
    expect(missing.err).toMatch(/shard 3\/3 missing/);

    const twice = await cli('merge', shards[0] as string, shards[0] as string, shards[1] as string, '--out', tmp('m2'));
    expect(twice.err).toMatch(/shard 1\/3 is given twice/);

    const other = tmp('other');
    expect((await cli(...args.map((a) => (a === '1' ? '2' : a)), '--shard', '3/3', '--out', other)).code).toBe(0);
    const mixed = await cli('merge', shards[0] as string, shards[1] as string, other, '--out', tmp('m3'));
    expect(mixed.code).toBe(2);
    expect(mixed.err).toMatch(/ran a different plan .*: the seeds differ/);

    const whole = await cli('merge', single, '--out', tmp('m4'));
    expect(whole.err).toMatch(/holds a whole run, not a shard/);
  });

  it('refuses a missing, repeated or misplaced episode, naming it', () => {
    const copy = (from: string, keep: (all: string[]) => string[]) => {
      const dir = tmp('edited');
      writeFileSync(join(dir, 'manifest.json'), readFileSync(join(from, 'manifest.json')));
      writeFileSync(join(dir, 'episodes.jsonl'), keep(lines(from)).map((l) => `${l}\n`).join(''));
      return dir;
    };
    const [a, b, c] = shards as [string, string, string];
    const dropped = copy(b, (all) => all.slice(1));
    const droppedKey = (JSON.parse(lines(b)[0] as string) as { key: string }).key;
    expect(() => mergeRuns([a, dropped, c], tmp('e1'))).toThrow(new RegExp(`1 planned episode is missing \\(${droppedKey.replace(/[|[\]]/g, '\\$&')}\\)`));

    const doubled = copy(b, (all) => [...all, all[0] as string]);
    expect(() => mergeRuns([a, doubled, c], tmp('e2'))).toThrow(/episodes\.jsonl:8: episode .* is stored twice/);

    const misplaced = copy(b, (all) => [...all, lines(a)[0] as string]);
    expect(() => mergeRuns([a, misplaced, c], tmp('e3'))).toThrow(/belongs to another shard than 2\/3/);

    const torn = copy(b, (all) => all);
    appendFileSync(join(torn, 'episodes.jsonl'), '{"key":"half');
    expect(() => mergeRuns([a, torn, c], tmp('e4'))).toThrow(/torn line .* --resume/);
  });

  it('refuses to merge into a directory that holds results', async () => {
    const r = await cli('merge', ...shards, '--out', single);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/already holds results/);
  });

  it('merges the shards of a study into the single-machine study: results, study.json, csv and junit', async () => {
    const folder = tmp('study');
    const spec = join(folder, 'mini.yaml');
    writeFileSync(
      spec,
      ['name: mini', 'scenarios:', `  - ${join(repoRoot, 'scenarios', 'demo')}`, 'conditions: [sharded]', 'agents:', '  - name: ask-needed', '    agent: reference', '  - name: guess', '    agent: reference[clarify=guess]', 'user: agenda', 'seeds: 1', ''].join('\n'),
    );
    const one = join(folder, 'one');
    expect((await cli('study', spec, '--out', one, '--progress', 'none')).code).toBe(0);
    const parts: string[] = [];
    for (const i of [1, 2, 3]) {
      const dir = join(folder, `part${i}`);
      const r = await cli('study', spec, '--shard', `${i}/3`, '--out', dir, '--progress', 'none');
      expect(r.code, r.err).toBe(0);
      expect(r.out).toContain(`shard ${i}/3:`);
      parts.push(dir);
    }
    const all = join(folder, 'all');
    const merged = await cli('merge', ...parts, '--out', all);
    expect(merged.code, merged.err).toBe(0);
    for (const file of ['episodes.jsonl', 'study.json', 'results.csv', 'junit.xml']) {
      expect(readFileSync(join(all, file)), file).toEqual(readFileSync(join(one, file)));
    }
  }, 120_000);

  it('parses i/n with 1 ≤ i ≤ n and nothing else', async () => {
    expect(parseShard('2/3')).toEqual({ index: 2, count: 3 });
    for (const bad of ['0/3', '4/3', '1/0', 'x', '1/3/4']) expect(() => parseShard(bad), bad).toThrow(/--shard expects i\/n/);
    const r = await cli(...args, '--shard', '0/2', '--out', tmp('bad'));
    expect(r.code).toBe(2);
  });
});
