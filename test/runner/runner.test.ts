import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { readManifest } from '../../src/runner/manifest.js';
import { readResults } from '../../src/runner/results-store.js';
import { createRunner, type RunConfig } from '../../src/runner/runner.js';
import { sha256 } from '../../src/util/hash.js';
import { createManualClock } from '../../src/util/clock.js';
import { equalityJudge, fakeAgent, fakeEnvironment, fakeUser, scenario, type FakeStep } from '../helpers/fakes.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'usersim-runner-'));

function config(outDir: string, steps: () => FakeStep[] = () => [{ type: 'answer', text: 'shipped' }], extra: Partial<RunConfig> = {}): RunConfig {
  const scenarios = ['a', 'b', 'c'].map((id) => {
    const s = scenario({ id });
    return { scenario: s, file: `${id}.yaml`, hash: sha256(s) };
  });
  return {
    scenarios,
    agents: [{ name: 'fake', create: () => fakeAgent(steps()) }],
    user: { name: 'fake-user', create: ({ rng }) => fakeUser([{ message: `hello ${rng.int(1000)}`, disclosed: [] }]) },
    judge: equalityJudge,
    seeds: [1, 2, 3],
    concurrency: 3,
    outDir,
    ...extra,
  };
}

const runner = () => createRunner({ clock: createManualClock(), environmentFor: () => fakeEnvironment(), runId: () => 'run' });

describe('runner', () => {
  it('writes one line per planned episode, byte-identical across runs', async () => {
    const [a, b] = [tmp(), tmp()];
    const outA = await runner().run(config(a));
    await runner().run(config(b));
    expect(outA.planned).toBe(9);
    expect(readResults(a)).toHaveLength(9);
    expect(readFileSync(join(a, 'episodes.jsonl'))).toEqual(readFileSync(join(b, 'episodes.jsonl')));
    expect(readResults(a).every((r) => r.scores?.success)).toBe(true);
  });

  it('resumes after a torn last line to exactly one line per planned episode', async () => {
    const dir = tmp();
    await runner().run(config(dir));
    const file = join(dir, 'episodes.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
    // Keep four whole lines and half of the fifth, as a crash mid-write would.
    writeFileSync(file, `${lines.slice(0, 4).join('\n')}\n${lines[4]?.slice(0, 40)}`);
    const out = await runner().run(config(dir, undefined, { resume: true }));
    expect(out.skipped).toBe(4);
    const keys = readResults(dir).map((r) => r.key);
    expect(new Set(keys).size).toBe(9);
    expect(keys).toHaveLength(9);
  });

  it('refuses to mix into an existing run without --resume, and to resume a different plan', async () => {
    const dir = tmp();
    await runner().run(config(dir));
    await expect(runner().run(config(dir))).rejects.toThrow(/--resume/);
    await expect(runner().run(config(dir, undefined, { resume: true, seeds: [1, 2] }))).rejects.toMatchObject({ code: 'E_RESUME_MISMATCH' });
  });

  it('marks infrastructure failures excluded with no scores, and keeps going', async () => {
    const dir = tmp();
    const out = await runner().run(config(dir, () => [new UsersimError('E_INFRA', 'upstream 503')]));
    expect(out.ran).toBe(9);
    for (const r of readResults(dir)) {
      expect(r.termination.reason).toBe('infrastructure_error');
      expect(r.excluded).toBe(true);
      expect(r.scores).toBeNull();
    }
  });

  it('stops scheduling when told, letting started episodes finish, and notes it in the manifest', async () => {
    const dir = tmp();
    let started = 0;
    const out = await runner().run(config(dir, undefined, { concurrency: 1, shouldSchedule: () => (++started > 4 ? { ok: false, reason: 'budget spent' } : { ok: true }) }));
    expect(out.ran).toBe(4);
    expect(out.stopped).toBe('budget spent');
    expect(readManifest(dir)?.notes.join(' ')).toMatch(/stopped after 4 of 9 episodes: budget spent/);
  });

  it('writes traces when asked', async () => {
    const dir = tmp();
    await runner().run(config(dir, undefined, { traces: true, seeds: [1] }));
    const trace = readFileSync(join(dir, 'traces', 'a_sharded_fake_1.jsonl'), 'utf8');
    expect(trace).toContain('"kind":"transition"');
    expect(statSync(join(dir, 'manifest.json')).size).toBeGreaterThan(0);
  });

  it('ends a hung agent at the deadline with timeout', async () => {
    const dir = tmp();
    const s = scenario({ id: 'slow', limits: { timeout_ms: 30 } });
    const out = await runner().run({ ...config(dir, () => [{ hang: true }]), scenarios: [{ scenario: s, file: 's.yaml', hash: sha256(s) }], seeds: [1] });
    expect(out.ran).toBe(1);
    expect(readResults(dir)[0]?.termination.reason).toBe('timeout');
    expect(readResults(dir)[0]?.excluded).toBe(false);
  });
});

describe('runner failure handling', () => {
  it('turns a failure outside the machine into that episode\'s result and runs the rest', async () => {
    const dir = tmp();
    let calls = 0;
    const flaky = createRunner({
      clock: createManualClock(),
      runId: () => 'run',
      environmentFor: () => {
        if (++calls === 2) throw new UsersimError('E_WORLD', 'world image unreadable');
        return fakeEnvironment();
      },
    });
    const out = await flaky.run(config(dir, undefined, { concurrency: 1 }));
    const results = readResults(dir);
    expect(out.ran).toBe(9);
    expect(results).toHaveLength(9);
    const failed = results.filter((r) => r.termination.reason === 'environment_error');
    expect(failed).toHaveLength(1);
    expect(failed[0]?.termination.error?.message).toMatch(/world image unreadable/);
    expect(failed[0]?.scores?.success).toBe(false);
    expect(results.filter((r) => r.scores?.success)).toHaveLength(8);
  });

  it('ends a hung judge at the deadline, excluded as infrastructure', async () => {
    const dir = tmp();
    const s = scenario({ id: 'slow-judge', limits: { timeout_ms: 30 } });
    const hungJudge = { name: 'hung', score: () => new Promise<never>(() => undefined) };
    const out = await runner().run({ ...config(dir), judge: hungJudge, scenarios: [{ scenario: s, file: 's.yaml', hash: sha256(s) }], seeds: [1] });
    expect(out.ran).toBe(1);
    expect(readResults(dir)[0]?.termination.reason).toBe('infrastructure_error');
    expect(readResults(dir)[0]?.excluded).toBe(true);
  });

  it('refuses a mismatched resume without touching the stored results', async () => {
    const dir = tmp();
    await runner().run(config(dir));
    const file = join(dir, 'episodes.jsonl');
    writeFileSync(file, `${readFileSync(file, 'utf8')}{"torn":`);
    const before = readFileSync(file);
    await expect(runner().run(config(dir, undefined, { resume: true, seeds: [1, 2] }))).rejects.toMatchObject({ code: 'E_RESUME_MISMATCH' });
    expect(readFileSync(file)).toEqual(before);
  });
});
