import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('usersim calibrate', () => {
  it('prints each detector rate with its Wilson interval, and says when XSTest is missing', async () => {
    const r = await cli('calibrate', '--xstest', 'test/fixtures/no-such-folder', '--folds', '3');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/refusal accuracy, CRM corpus, 3-fold by template \(trained without XSTest\) +\d+\.\d% +\[\d+\.\d%, \d+\.\d%\] +\d+\/456/);
    expect(r.out).toMatch(/leak recall, leak corpus +\d+\.\d% +\[\d+\.\d%, \d+\.\d%\] +\d+\/222/);
    expect(r.out).toMatch(/leak false alarms, look-alikes +\d+\.\d% +\[0\.0%, \d+\.\d%\] +\d+\/150/);
    expect(r.out).toContain('refusal uncertainty band:');
    expect(r.out).toContain('XSTest not found (test/fixtures/no-such-folder)');
  }, 120_000);

  it('refuses a nonsensical fold count', async () => {
    expect((await cli('calibrate', '--folds', '1')).code).toBe(2);
  });
});
