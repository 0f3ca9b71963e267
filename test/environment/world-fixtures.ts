/**
 * Small worlds written to a temporary folder, for tests of world loading and
 * of tool declarations. Each call gets its own folder, so the world cache
 * (keyed by path) never hands one test another's world.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const TINY_SCHEMA = [
  'CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT NOT NULL, qty INTEGER NOT NULL CHECK (qty >= 0));',
  'CREATE TABLE moves (id INTEGER PRIMARY KEY, item_id INTEGER NOT NULL REFERENCES items(id), delta INTEGER NOT NULL);',
].join('\n');

export const TINY_SEED = "INSERT INTO items VALUES (1, 'bolt', 10), (2, 'nut', 0);\nINSERT INTO moves VALUES (1, 1, 10);\n";

const made: string[] = [];

/** Deletes every folder `writeWorld` made (call from `afterAll`). */
export function removeWorlds(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes world.yaml (and the SQL files) into a fresh folder; returns the world.yaml path. */
export function writeWorld(worldYaml: string, files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'usersim-world-'));
  made.push(dir);
  const all = { 'schema.sql': TINY_SCHEMA, 'seed.sql': TINY_SEED, ...files };
  for (const [name, text] of Object.entries(all)) writeFileSync(path.join(dir, name), text);
  const file = path.join(dir, 'world.yaml');
  writeFileSync(file, worldYaml);
  return file;
}

/** A world.yaml with the tiny schema and the given tools block (indented YAML list items). */
export function tinyWorld(tools: string, extra = ''): string {
  return `name: tiny\nschema: schema.sql\nseed: seed.sql\n${extra}tools:\n${tools}`;
}
