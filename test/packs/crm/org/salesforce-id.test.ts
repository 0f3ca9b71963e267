import { describe, expect, it } from 'vitest';
import {
  caseSafeSuffix,
  createIdMinter,
  isValidSalesforceId,
  toCaseSafeId,
} from '../../../../src/packs/crm/org/salesforce-id.js';
import { createRng } from '../../../../src/util/rng.js';

describe('Salesforce Id checksum', () => {
  it('matches published 15 → 18 conversions', () => {
    // Pairs from public write-ups of the algorithm (Salesforce docs examples and the code-golf test set).
    const known: [string, string][] = [
      ['a0D30000001n7Pi', 'EAI'],
      ['a0RE000000IJmcN', 'MAT'],
      ['a01M00000062mPg', 'IAI'],
      ['001M000000qfPyS', 'IAU'],
      ['a0FE000000D6r3F', 'MAR'],
      ['0F9E000000092w2', 'KAA'],
      ['aaaaaaaaaaaaaaa', 'AAA'],
    ];
    for (const [id15, suffix] of known) expect(caseSafeSuffix(id15), id15).toBe(suffix);
  });

  it('matches hand-computed suffixes', () => {
    // No upper-case letters: every chunk is 0 → A.
    expect(toCaseSafeId('001000000000001')).toBe('001000000000001AAA');
    // AbCdE → bits 0,2,4 = 21 → V; fGhIj → bits 1,3 = 10 → K; KlMnO → 21 → V.
    expect(caseSafeSuffix('AbCdEfGhIjKlMnO')).toBe('VKV');
    // All upper-case: 31 → '5'.
    expect(caseSafeSuffix('ABCDEFGHIJKLMNO')).toBe('555');
  });

  it('validates and rejects', () => {
    expect(isValidSalesforceId('a0RE000000IJmcNMAT')).toBe(true);
    expect(isValidSalesforceId('a0RE000000IJmcNMAA')).toBe(false);
    expect(isValidSalesforceId('a0RE000000IJmcN')).toBe(false);
    expect(toCaseSafeId('a0RE000000IJmcNMAT')).toBe('a0RE000000IJmcNMAT');
    expect(() => toCaseSafeId('a0RE000000IJmcNXXX')).toThrow(RangeError);
    expect(() => caseSafeSuffix('too-short')).toThrow(RangeError);
  });

  it('mints unique, increasing, valid Ids with the key prefix', () => {
    const mint = createIdMinter('500', '5g', createRng(3));
    const ids = Array.from({ length: 2000 }, () => mint());
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) {
      expect(id).toHaveLength(18);
      expect(id.startsWith('5005g')).toBe(true);
      expect(isValidSalesforceId(id)).toBe(true);
    }
    const bodies = ids.map((id) => id.slice(8, 15));
    // Base-62 counters compare in Salesforce digit order (0-9, A-Z, a-z), which is ASCII order.
    expect([...bodies].sort()).toEqual(bodies);
    const again = createIdMinter('500', '5g', createRng(3));
    expect(again()).toBe(ids[0]);
  });
});
