import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const example = 'examples/tau2-retail';

describe('the τ²-bench retail example', () => {
  it('passes usersim check: solvable through its SQL, write and function tools, and the naive agent fails', async () => {
    const r = await cli('check', example);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/✓ .*tau2\.retail\.exchange-keyboard-thermostat .*full marks .*fails without zip, order_id/);
    expect(r.out).not.toContain('⚠');
  });

  it('fails check when the reference exchanges for a variant that is not available', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'usersim-tau2-'));
    cpSync(example, dir, { recursive: true });
    const file = join(dir, 'exchange-keyboard-thermostat.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replaceAll('new_item_ids: ["7706410293", "7747408585"]', 'new_item_ids: ["9025753381", "7747408585"]'));
    const r = await cli('check', dir);
    expect(r.code).toBe(1);
    // The reference's own write is refused, so the replay τ²'s database check relies on fails too.
    expect(r.out).toContain('failed on replay');
  });
});
