/**
 * A run killed with SIGKILL resumes to exactly one line per planned episode,
 * and the resumed file is byte-identical to an uninterrupted run's, because
 * results are written in plan order.
 *
 * The kill must land mid-run whatever the machine's speed. Rather than a
 * plan big enough to outlast a poll (800 episodes once, which timed out on a
 * loaded machine), the agent is an HTTP agent on a local gate that stops
 * answering after a few episodes: the run is then provably unfinished when
 * it is killed, and the plan stays small.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: the example is plain JavaScript without type declarations
import { decide } from '../../examples/http-agent/server.mjs';
import { cli, cliProcess } from '../helpers/cli.js';

const lineCount = (file: string) => (existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean).length : 0);

/** The example's naive HTTP agent, holding every request after `open` answers until `release()`. */
async function gatedAgent(open: number) {
  let answered = 0;
  const held: (() => void)[] = [];
  const server = createServer((req, res: ServerResponse) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const reply = () => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify((decide as (r: unknown) => unknown)(JSON.parse(Buffer.concat(chunks).toString('utf8')))));
      if (answered < open) {
        answered++;
        reply();
      } else held.push(reply);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/act`,
    release() {
      open = Infinity;
      for (const reply of held.splice(0)) reply();
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function exited(child: ReturnType<typeof cliProcess>): Promise<number | null> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code)));
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

describe('kill and resume', () => {
  it('resumes a SIGKILLed run to exactly one result per planned episode', async () => {
    // Two requests an episode (a question, then an answer): 12 open answers finish about 6 episodes.
    const agent = await gatedAgent(12);
    try {
      const killed = mkdtempSync(join(tmpdir(), 'usersim-killed-'));
      const clean = mkdtempSync(join(tmpdir(), 'usersim-clean-'));
      const args = ['run', 'scenarios/demo', '--agent', `http:${agent.url}`, '--agent', 'naive', '--seeds', '2', '--concurrency', '2', '--progress', 'none'];
      const planned = 10 * 2 * 2;
      const file = join(killed, 'episodes.jsonl');
      const child = cliProcess([...args, '--out', killed]);
      const done = exited(child);
      await until(() => lineCount(file) >= 3);
      child.kill('SIGKILL');
      await done;
      const atKill = lineCount(file);
      expect(atKill).toBeGreaterThanOrEqual(3);
      expect(atKill).toBeLessThan(planned);

      agent.release();
      expect((await cli(...args, '--out', killed, '--resume')).code).toBe(0);
      const keys = readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { key: string }).key);
      expect(keys).toHaveLength(planned);
      expect(new Set(keys).size).toBe(planned);

      expect((await cli(...args, '--out', clean)).code).toBe(0);
      expect(readFileSync(file)).toEqual(readFileSync(join(clean, 'episodes.jsonl')));
    } finally {
      agent.release();
      await agent.close();
    }
    // Generous: the only wait is one child process starting, which a loaded machine slows down; nothing here races.
  }, 240_000);
});
