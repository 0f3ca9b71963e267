import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UsersimError } from '../../src/errors.js';
import { findScenarioFiles } from '../../src/scenario/find-scenario-files.js';

describe('findScenarioFiles', () => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'usersim-find-'));
    for (const file of ['b.yaml', 'a.yml', 'notes.txt', 'sub/z.yaml', 'sub/deeper/c.YAML', '.hidden/x.yaml', 'A.yaml']) {
      mkdirSync(join(root, file, '..'), { recursive: true });
      writeFileSync(join(root, file), 'id: x\n');
    }
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('walks directories recursively in code-unit order, skipping hidden entries and other extensions', () => {
    const rel = findScenarioFiles([root]).map((f) => f.slice(root.length + 1));
    expect(rel).toEqual(['A.yaml', 'a.yml', 'b.yaml', 'sub/deeper/c.YAML', 'sub/z.yaml']);
  });

  it('keeps explicit files whatever their extension, in the order given, once each', () => {
    const files = findScenarioFiles([join(root, 'notes.txt'), join(root, 'sub'), join(root, 'sub', 'z.yaml')]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['notes.txt', 'sub/deeper/c.YAML', 'sub/z.yaml']);
  });

  it('throws E_IO for a missing path', () => {
    expect(() => findScenarioFiles([join(root, 'nope')])).toThrow(UsersimError);
  });
});
