/**
 * Through the CLI: an agent's runaway or oversized query neither hangs nor
 * crashes the run. The query is stopped at the world's limit and the agent
 * sees E_SQL_TIMEOUT; a huge result comes back cut; the episode goes on to
 * its answer and is scored; and the CLI process exits when the run is done.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readResults } from '../../src/runner/results-store.js';
import { reply, startOpenAiServer, type OpenAiTestServer } from '../fixtures/openai-server.js';
import { cli, cliProcess } from '../helpers/cli.js';
import { BOMB, hostileSetup, tmp } from './fixtures.js';

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('agent SQL through the CLI', () => {
  it('stops a runaway query, reports E_SQL_TIMEOUT to the agent, and finishes the episode', async () => {
    server = await startOpenAiServer({
      replies: [reply.toolCall('sql', { query: BOMB }), reply.toolCall('sql', { query: 'SELECT COUNT(*) AS n FROM items' }), reply.toolCall('submit_answer', { answer: '2' })],
    });
    const out = tmp('runaway');
    const result = await cli('run', hostileSetup('sql_timeout_ms: 1000'), '--agent', 'openai-tools:m', '--base-url', server.baseURL, '--no-cache', '--out', out);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    const [episode] = readResults(out);
    expect(episode?.termination.reason).toBe('agent_answered');
    expect(episode?.scores?.success).toBe(true);
    const outcomes = episode?.transcript.flatMap((t) => ('outcome' in t ? [t.outcome] : [])) ?? [];
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'E_SQL_TIMEOUT', message: expect.stringContaining('1000 ms') } });
    expect(outcomes[1]).toMatchObject({ ok: true, value: { rows: [{ n: 2 }] } });
  });

  it('exits on its own after a run in which a query ran away', { timeout: 120_000 }, async () => {
    server = await startOpenAiServer({
      replies: [reply.toolCall('sql', { query: BOMB }), reply.toolCall('submit_answer', { answer: '2' })],
    });
    const out = tmp('runaway-exit');
    const child = cliProcess(['run', hostileSetup('sql_timeout_ms: 300'), '--agent', 'openai-tools:m', '--base-url', server.baseURL, '--no-cache', '--out', out]);
    // Generous: a start from source on a loaded machine takes seconds; a process that never exits takes forever.
    const code = await new Promise<number | null | 'still running'>((resolve) => {
      const timer = setTimeout(() => {
        child.kill('SIGKILL');
        resolve('still running');
      }, 90_000);
      child.once('exit', (c) => {
        clearTimeout(timer);
        resolve(c);
      });
    });
    expect(code).toBe(0);
    const outcomes = readResults(out)[0]?.transcript.flatMap((t) => ('outcome' in t ? [t.outcome] : [])) ?? [];
    expect(outcomes[0]).toMatchObject({ ok: false, error: { code: 'E_SQL_TIMEOUT' } });
  });

  it('cuts a huge result to the world\'s size limits, with a note, and the episode line stays small', async () => {
    server = await startOpenAiServer({
      replies: [
        reply.toolCall('sql', { query: "SELECT printf('%.*c', 2000000, 'x') AS big FROM items, items AS b, items AS c" }),
        reply.toolCall('submit_answer', { answer: '2' }),
      ],
    });
    const out = tmp('huge');
    const setup = hostileSetup('sql_timeout_ms: 600000, max_cell_chars: 100, max_result_bytes: 4000');
    const result = await cli('run', setup, '--agent', 'openai-tools:m', '--base-url', server.baseURL, '--no-cache', '--out', out);
    expect(result.code).toBe(0);
    const [episode] = readResults(out);
    const outcomes = episode?.transcript.flatMap((t) => ('outcome' in t ? [t.outcome] : [])) ?? [];
    expect(outcomes[0]).toMatchObject({ ok: true, value: { note: expect.stringContaining('8 cell(s) were cut to 100 characters') } });
    expect(JSON.stringify(episode).length).toBeLessThan(20_000);
  });
});
