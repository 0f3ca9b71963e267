/**
 * The README's snippets work as printed: they are extracted from README.md
 * and run. Shell lines call the CLI the way a fresh clone can (`npx usersim`);
 * the scenario, world, study and config YAML load; and the library example
 * runs from a folder outside the repo, importing `usersim` through a path
 * install (a symlink in that folder's node_modules, as `npm install <path>`
 * makes), which resolves to the built `dist/` like a user's install does.
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs script without type declarations
import { staleReason } from '../../scripts/build-if-stale.mjs';
import { createSqliteEnvironment, loadScenarioText, loadStudySpecText, loadWorld, worldEnvironments } from '../../src/index.js';
import { parseUsersimConfig } from '../../src/llm/usersim-config.js';
import { repoRoot } from '../helpers/cli.js';

interface Snippet {
  lang: string;
  text: string;
  line: number;
}

function snippets(): Snippet[] {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const out: Snippet[] = [];
  for (const m of readme.matchAll(/^```(\w*)\n([\s\S]*?)^```/gm)) {
    out.push({ lang: m[1] ?? '', text: m[2] ?? '', line: readme.slice(0, m.index).split('\n').length });
  }
  return out;
}

const all = snippets();
const yaml = (test: (s: Snippet) => boolean) => all.filter((s) => s.lang === 'yaml' && test(s));

describe('README snippets', () => {
  it('shell snippets call the CLI as npx usersim, which works in a fresh clone', () => {
    const shellLines = all.filter((s) => s.lang === 'sh').flatMap((s) => s.text.split('\n').map((l, i) => ({ l, at: s.line + 1 + i })));
    const calls = shellLines.filter(({ l }) => /(^|\s)usersim\s/.test(l));
    expect(calls.length).toBeGreaterThan(5);
    for (const { l, at } of calls) expect(l, `README.md:${at}`).toMatch(/^npx usersim /);
  });

  it('the scenario snippet loads against the demo world', () => {
    const [scenario] = yaml((s) => s.text.includes('yaml-language-server'));
    const worlds = worldEnvironments();
    const loaded = loadScenarioText(scenario!.text, join(repoRoot, 'scenarios', 'demo', 'readme-snippet.yaml'), { toolsFor: worlds.toolsFor });
    expect(loaded.scenario.id).toBe('demo.order-tracking');
  });

  it('the world.yaml snippet loads beside the demo schema and its write tool cancels a pending order', async () => {
    const [world] = yaml((s) => s.text.startsWith('# worlds/demo/world.yaml'));
    const dir = mkdtempSync(join(tmpdir(), 'usersim-readme-world-'));
    for (const f of ['schema.sql', 'seed.sql']) copyFileSync(join(repoRoot, 'worlds', 'demo', f), join(dir, f));
    writeFileSync(join(dir, 'world.yaml'), world!.text);
    const env = createSqliteEnvironment(loadWorld(join(dir, 'world.yaml')));
    try {
      env.reset(1);
      const outcome = await env.call('cancel_order', { order_id: 5026 });
      expect(JSON.stringify(outcome)).toContain('cancelled');
    } finally {
      env.close();
    }
  });

  it('the study snippets load as study specs, and the config snippet as a config', () => {
    const studies = yaml((s) => /^(# .*\n)?name: /.test(s.text) && s.text.includes('agents:'));
    expect(studies.length).toBeGreaterThanOrEqual(2);
    for (const s of studies) expect(() => loadStudySpecText(s.text, `README.md:${s.line}`, { baseDir: join(repoRoot, 'studies') }), `README.md:${s.line}`).not.toThrow();
    const [config] = yaml((s) => s.text.startsWith('models:'));
    expect(Object.keys(parseUsersimConfig(config!.text).models)).toEqual(['gpt', 'local-qwen']);
  });

  describe('the library example, from a folder outside the repo', () => {
    beforeAll(async () => {
      // CI's `npm ci` builds dist/ through `prepare`; a developer's may be stale.
      if ((staleReason as (root: string) => string | null)(repoRoot) === null) return;
      await new Promise<void>((resolve, reject) => {
        const tsc = spawn(process.execPath, [join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(repoRoot, 'tsconfig.build.json')], { stdio: 'ignore' });
        tsc.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`tsc exited ${code}`))));
      });
    }, 300_000);

    it('runs, prints a summary and writes the report in that folder', () => {
      const [example] = all.filter((s) => s.lang === 'ts' && s.text.includes("from 'usersim'"));
      const dir = mkdtempSync(join(tmpdir(), 'usersim-readme-lib-'));
      mkdirSync(join(dir, 'node_modules'));
      symlinkSync(repoRoot, join(dir, 'node_modules', 'usersim'), 'dir');
      // The example has no type annotations, so it runs as plain JavaScript.
      writeFileSync(join(dir, 'example.mjs'), example!.text);
      const r = spawnSync(process.execPath, ['example.mjs'], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toMatch(/agent: 'reference'/);
      expect(existsSync(join(dir, 'runs', 'mine', 'report.html'))).toBe(true);
    }, 240_000);
  });
});
