/**
 * Small hostile setups for the reliability tests: a tiny world with a free SQL
 * tool and tight query limits, and a scenario on it, written to a temporary
 * folder so tests can run them through the CLI.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TINY_SCHEMA, TINY_SEED } from '../environment/world-fixtures.js';

/** A temporary folder. */
export const tmp = (name: string): string => mkdtempSync(join(tmpdir(), `usersim-rel-${name}-`));

/** Writes a tiny world (free SQL, the given `limits:` body) and a scenario on it; returns the scenario path. */
export function hostileSetup(limits = 'sql_timeout_ms: 300, max_cell_chars: 100, max_result_bytes: 4000', scenarioExtra = ''): string {
  const dir = tmp('setup');
  writeFileSync(join(dir, 'schema.sql'), TINY_SCHEMA);
  writeFileSync(join(dir, 'seed.sql'), TINY_SEED);
  writeFileSync(join(dir, 'world.yaml'), `name: tiny\nschema: schema.sql\nseed: seed.sql\nlimits: { ${limits} }\ntools:\n  - type: sql\n`);
  const file = join(dir, 'count-items.yaml');
  writeFileSync(
    file,
    [
      'id: count-items',
      'title: Count the items',
      `world: ${join(dir, 'world.yaml')}`,
      'user:',
      '  goal: Know how many items there are.',
      '  opening: How many items do you stock?',
      'expect:',
      '  answer: 2',
      'reference:',
      '  - tool: sql',
      '    args: { query: "SELECT COUNT(*) AS n FROM items" }',
      '  - answer: "{{last.n}}"',
      scenarioExtra,
    ].join('\n'),
  );
  return file;
}

/** A query that never ends. */
export const BOMB = 'WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c';
