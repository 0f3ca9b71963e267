/**
 * `Order` is both a standard object and the first word of ORDER BY; SOQL
 * reads it as a name unless BY follows. Checked on a small generated CRM org,
 * which has Order and OrderItem.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { executeSoql } from '../../../../src/packs/crm/soql/execute-soql.js';
import { generateCrmOrg } from '../../../../src/packs/crm/org/generate-crm-org.js';

describe('the Order object', () => {
  const org = generateCrmOrg({ org: 'b2c', seed: 1, scale: 0.05 });
  const db = new Database(org.image);
  const query = (soql: string) => executeSoql(db, org.schema, soql);

  it('can be queried, sorted and counted', () => {
    const orders = query('SELECT Id, Status FROM Order ORDER BY Id LIMIT 2');
    expect(orders.records).toHaveLength(2);
    expect(String((orders.records[0] as unknown as { Id: string }).Id).startsWith('801')).toBe(true);
    const all = db.prepare('SELECT count(*) AS n FROM "Order"').get() as { n: number };
    expect(query('SELECT COUNT() FROM Order').totalSize).toBe(all.n);
  });

  it('works as a relationship in paths and filters', () => {
    const item = query('SELECT Id, Order.Status FROM OrderItem WHERE Order.Status != null LIMIT 1');
    const parent = (item.records[0] as unknown as { Order: { Status: string } | null }).Order;
    expect(parent?.Status).toBeTypeOf('string');
  });

  it('still reads ORDER BY and GROUP BY as clauses', () => {
    expect(query('SELECT Status, COUNT(Id) n FROM Order GROUP BY Status ORDER BY Status').records.length).toBeGreaterThan(0);
    expect(() => query('SELECT Id FROM Account ORDER')).toThrow(/MALFORMED_QUERY/);
  });
});
