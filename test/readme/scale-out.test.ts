/**
 * The README's scale-out recipes work as printed: the Kubernetes Indexed Job's
 * command and the GitHub Actions matrix's steps are read out of README.md,
 * expanded the way their shell and runner expand them (JOB_COMPLETION_INDEX
 * for each index; the matrix values), and run through the CLI with one seed
 * instead of a hundred, into a temporary folder; then the merge command each
 * recipe gives must combine the shards into the whole plan.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { cli, repoRoot } from '../helpers/cli.js';

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)].map((m) => ({ lang: m[1] ?? '', text: m[2] ?? '' }));
const block = (lang: string, test: (text: string) => boolean): string => {
  const found = blocks.find((b) => b.lang === lang && test(b.text));
  if (!found) throw new Error(`README.md has no ${lang} block for this recipe`);
  return found.text;
};

/** The words `sh` makes of a command line, with `env` set and globs expanded in `cwd`. */
function shellWords(command: string, env: Record<string, string> = {}, cwd = repoRoot): string[] {
  const r = spawnSync('sh', ['-c', `for w in ${command}; do printf '%s\\n' "$w"; done`], { cwd, env: { ...process.env, ...env }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return r.stdout.trim().split('\n');
}

/** The CLI arguments of an `npx usersim …` command, with seeds cut to one and paths moved under `dir`. */
function usersimArgs(words: string[], dir: string, paths: (word: string) => boolean): string[] {
  expect(words.slice(0, 2)).toEqual(['npx', 'usersim']);
  return words.slice(2).map((w, i, all) => (all[i - 1] === '--seeds' ? '1' : paths(w) ? join(dir, w) : w));
}

const episodesIn = (dir: string) => readFileSync(join(dir, 'episodes.jsonl'), 'utf8').split('\n').filter(Boolean).length;

describe('README scale-out recipes', () => {
  it('the Kubernetes Indexed Job runs one shard per completion index, and the merge command combines them', async () => {
    const job = parse(block('yaml', (t) => t.includes('completionMode: Indexed'))) as {
      spec: { completionMode: string; completions: number; template: { spec: { containers: { command: string[]; args: string[] }[] } } };
    };
    expect(job.spec.completionMode).toBe('Indexed');
    const [container] = job.spec.template.spec.containers;
    expect(container?.command).toEqual(['sh', '-c']);
    const dir = mkdtempSync(join(tmpdir(), 'usersim-k8s-'));
    const underRuns = (w: string) => w.startsWith('/runs/');
    for (let index = 0; index < job.spec.completions; index++) {
      const args = usersimArgs(shellWords(container?.args[0] as string, { JOB_COMPLETION_INDEX: String(index) }), dir, underRuns);
      expect(args).toContain(`${index + 1}/${job.spec.completions}`);
      const r = await cli(...args);
      expect(r.code, r.err).toBe(0);
    }
    const merge = block('sh', (t) => t.includes('usersim merge /runs/'));
    const r = await cli(...usersimArgs(shellWords(merge.trim()), dir, underRuns));
    expect(r.code, r.err).toBe(0);
    expect(episodesIn(join(dir, 'runs/demo/all'))).toBe(10);
  }, 180_000);

  it('the GitHub Actions matrix runs one shard per matrix value, and the merge job combines and reports them', async () => {
    const workflow = parse(block('yaml', (t) => t.includes('.github/workflows/'))) as {
      jobs: { shard: { strategy: { matrix: { shard: number[] } }; steps: { run?: string }[] }; merge: { needs: string; steps: { run?: string }[] } };
    };
    const { shard, merge } = workflow.jobs;
    expect(merge.needs).toBe('shard');
    const values = shard.strategy.matrix.shard;
    const dir = mkdtempSync(join(tmpdir(), 'usersim-gha-'));
    const relative = (w: string) => w.startsWith('runs/') && !isAbsolute(w);
    const usersimSteps = (steps: { run?: string }[]) => steps.map((s) => s.run ?? '').filter((r) => r.includes('usersim'));
    for (const value of values) {
      for (const step of usersimSteps(shard.steps)) {
        const expanded = step.replaceAll('${{ matrix.shard }}', String(value)).replaceAll('${{ strategy.job-total }}', String(values.length));
        expect(expanded).not.toContain('${{');
        const r = await cli(...usersimArgs(shellWords(expanded), dir, relative));
        expect(r.code, r.err).toBe(0);
      }
    }
    // download-artifact puts each shard's artifact in runs/<name>, where the shard jobs wrote them here.
    for (const step of usersimSteps(merge.steps)) {
      const r = await cli(...usersimArgs(shellWords(step, {}, dir), dir, relative));
      expect(r.code, r.err).toBe(0);
    }
    expect(episodesIn(join(dir, 'runs/all'))).toBe(10);
    expect(readFileSync(join(dir, 'runs/all/report.html'), 'utf8')).toContain('<html');
  }, 180_000);
});
