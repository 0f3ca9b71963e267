/**
 * Through the CLI: an agent's answer built to become a formula in a
 * semicolon-locale spreadsheet (`ok;=1+1`) lands in results.csv quoted, with
 * the formula starter after the separator neutralised.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cli, repoRoot } from '../helpers/cli.js';
import { tmp } from './fixtures.js';

let server: Server | undefined;
afterEach(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

describe('results.csv', () => {
  it('quotes a cell with a semicolon and guards a formula after it', async () => {
    server = createServer((req, res) => {
      req.resume();
      req.on('end', () => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ type: 'answer', text: 'ok;=1+1' }));
      });
    });
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const out = tmp('csv');
    expect((await cli('run', join(repoRoot, 'scenarios/demo/order-tracking.yaml'), '--agent', `http:http://127.0.0.1:${port}/act`, '--out', out)).code).toBe(0);
    expect((await cli('report', out)).code).toBe(0);
    const csv = readFileSync(join(out, 'results.csv'), 'utf8');
    expect(csv).toContain(`,"ok;'=1+1",`);
    expect(csv).not.toMatch(/[;,]=1\+1/);
  });
});
