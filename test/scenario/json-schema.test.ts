import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema, scenarioJsonSchemaText } from '../../src/scenario/json-schema.js';
import { repoRoot } from './malformed-table.js';

const schemaFile = join(repoRoot, 'schema/scenario.schema.json');
const regenerate =
  'npx tsx -e "import(\'./src/scenario/json-schema.ts\').then((m) => process.stdout.write(m.scenarioJsonSchemaText()))" > schema/scenario.schema.json';

type JsonObject = Record<string, unknown>;
const child = (schema: unknown, ...keys: string[]): JsonObject =>
  keys.reduce<JsonObject>((node, key) => node[key] as JsonObject, schema as JsonObject);

describe('scenario JSON Schema', () => {
  it('matches the committed schema/scenario.schema.json', () => {
    const committed = existsSync(schemaFile) ? readFileSync(schemaFile, 'utf8') : '';
    expect(committed, `schema/scenario.schema.json is stale; regenerate it from the repo root with:\n  ${regenerate}\n`).toBe(
      scenarioJsonSchemaText(),
    );
  });

  it('is a titled draft-07 schema of strict objects', () => {
    const schema = scenarioJsonSchema();
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.title).toBe('usersim scenario');
    expect(typeof schema.description).toBe('string');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toEqual(['id', 'title', 'world', 'user', 'reference']);
    const fact = child(schema, 'properties', 'user', 'properties', 'facts', 'items');
    expect(fact.additionalProperties).toBe(false);
    expect(child(fact, 'properties', 'disclose').enum).toEqual(['volunteer', 'on_request', 'never']);
    // Keys with defaults are optional as written, so editors do not demand them.
    expect(fact.required).toEqual(['id', 'text', 'value', 'disclose']);
  });

  it('is what the header of every fixture points at', () => {
    for (const folder of ['good', 'bad', 'dup']) {
      const dir = join(repoRoot, 'test/fixtures/scenarios', folder);
      for (const name of readdirSync(dir)) {
        const header = /^# yaml-language-server: \$schema=(\S+)/.exec(readFileSync(join(dir, name), 'utf8'));
        if (header === null) continue;
        expect(resolve(dirname(join(dir, name)), header[1] ?? ''), `${folder}/${name}`).toBe(schemaFile);
      }
    }
  });
});
