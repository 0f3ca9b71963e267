/** Runs the SOSL corpus of `sosl-corpus.ts` against the fixture org. */
import { afterAll, describe, expect, it } from 'vitest';
import { executeSosl } from '../../../../src/packs/crm/soql/execute-sosl.js';
import { expectRows } from './corpus-helpers.js';
import { createFixtureOrg } from './fixture-org.js';
import { SOSL_CORPUS } from './sosl-corpus.js';

describe('SOSL corpus', () => {
  const { db, schema } = createFixtureOrg();
  afterAll(() => db.close());

  it('holds enough searches', () => {
    expect(SOSL_CORPUS.length).toBeGreaterThanOrEqual(20);
  });

  it.each(SOSL_CORPUS.map((entry) => [entry.sosl, entry] as const))('%s', (_sosl, entry) => {
    const result = executeSosl(db, schema, entry.sosl);
    expectRows(result.searchRecords, entry.rows, entry.ordered ?? false);
  });
});
