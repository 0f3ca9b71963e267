/**
 * `usersim generate crm` writes suites that validate and check, identically on
 * a second run; bad options are usage errors.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'usersim-generate-'));

function files(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.yaml')).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

describe('usersim generate crm', () => {
  it('writes every task type, valid and checkable, byte-identical on regeneration', async () => {
    const [a, b] = [tmp(), tmp()];
    const first = await cli('generate', 'crm', '--org', 'b2b', '--per-task', '1', '--out', a);
    expect(first.code).toBe(0);
    for (const type of ['handle_time', 'knowledge_qa', 'lead_routing', 'quote_approval', 'private_customer_information', 'confidentiality_control']) {
      expect(first.out).toMatch(new RegExp(`${type}\\s+1`));
    }
    expect((await cli('generate', 'crm', '--org', 'b2b', '--per-task', '1', '--out', b)).code).toBe(0);
    expect(files(a)).toEqual(files(b));
    expect((await cli('validate', a)).code).toBe(0);
    expect((await cli('check', a)).code).toBe(0);
  });

  it('refuses unknown generators and orgs', async () => {
    expect((await cli('generate', 'crm', '--org', 'b2x')).code).toBe(2);
    expect((await cli('generate', 'shop')).code).toBe(2);
  });
});
