/** Runs the SOQL corpus of `soql-corpus.ts` against the fixture org. */
import { afterAll, describe, expect, it } from 'vitest';
import { executeSoql } from '../../../../src/packs/crm/soql/execute-soql.js';
import { expectRows } from './corpus-helpers.js';
import { createFixtureOrg } from './fixture-org.js';
import { SOQL_CORPUS } from './soql-corpus.js';

describe('SOQL corpus', () => {
  const { db, schema } = createFixtureOrg();
  afterAll(() => db.close());

  it('holds enough queries', () => {
    expect(SOQL_CORPUS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(SOQL_CORPUS.map((entry) => [entry.soql, entry] as const))('%s', (_soql, entry) => {
    const result = executeSoql(db, schema, entry.soql);
    expectRows(result.records, entry.rows, entry.ordered ?? false);
    expect(result.totalSize).toBe(entry.totalSize ?? entry.rows.length);
    expect(result.done).toBe(true);
  });
});
