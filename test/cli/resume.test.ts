/**
 * A run killed with SIGKILL resumes to exactly one line per planned episode,
 * and the resumed file is byte-identical to an uninterrupted run's, because
 * results are written in plan order.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliProcess, cliSync } from '../helpers/cli.js';

const lineCount = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);

describe('kill and resume', () => {
  it('resumes a SIGKILLed run to exactly one result per planned episode', async () => {
    const killed = mkdtempSync(join(tmpdir(), 'usersim-killed-'));
    const clean = mkdtempSync(join(tmpdir(), 'usersim-clean-'));
    const args = ['run', 'scenarios/demo', '--agent', 'reference', '--agent', 'naive', '--seeds', '40', '--concurrency', '2'];
    const file = join(killed, 'episodes.jsonl');
    const child = cliProcess([...args, '--out', killed]);
    const atKill = await new Promise<number>((resolve, reject) => {
      const timer = setInterval(() => {
        const n = lineCount(file);
        if (n >= 30) {
          clearInterval(timer);
          child.kill('SIGKILL');
          resolve(n);
        }
      }, 5);
      child.on('exit', () => {
        clearInterval(timer);
        reject(new Error('the run finished before it could be killed'));
      });
    });
    await new Promise((resolve) => child.on('exit', resolve));
    const planned = 10 * 2 * 40;
    expect(atKill).toBeLessThan(planned);

    const resumed = cliSync([...args, '--out', killed, '--resume']);
    expect(resumed.status).toBe(0);
    const keys = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { key: string }).key);
    expect(keys).toHaveLength(planned);
    expect(new Set(keys).size).toBe(planned);

    expect((await cli(...args, '--out', clean)).code).toBe(0);
    expect(readFileSync(file)).toEqual(readFileSync(join(clean, 'episodes.jsonl')));
  });
});
