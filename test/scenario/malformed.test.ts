/**
 * Every malformed scenario in test/fixtures/scenarios/bad must fail to load
 * with exactly the issues in malformed-table.ts: the error code, then each
 * issue as `file:line:col path: message`. The table is the contract for what
 * scenario authors see; a change in wording or position shows up here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UsersimError, formatIssue } from '../../src/errors.js';
import { loadScenarioFile } from '../../src/scenario/load.js';
import { badDir, malformedRows, repoRoot, toolsFor } from './malformed-table.js';

function loadError(name: string): UsersimError {
  try {
    loadScenarioFile(join(repoRoot, badDir, `${name}.yaml`), { cwd: repoRoot, toolsFor });
  } catch (error) {
    if (error instanceof UsersimError) return error;
    throw error;
  }
  throw new Error(`${name}.yaml loaded without an error`);
}

describe('malformed scenarios', () => {
  it('the table covers every file in the bad folder, and there are at least 30', () => {
    const files = readdirSync(join(repoRoot, badDir)).map((f) => f.replace(/\.yaml$/, '')).sort();
    expect(malformedRows.map((r) => r.name).sort()).toEqual(files);
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  it.each(malformedRows)('$name.yaml fails with $code', ({ code, name, issues }) => {
    const error = loadError(name);
    const file = `${badDir}/${name}.yaml`;
    expect(error.code).toBe(code);
    expect(error.issues.map(formatIssue)).toEqual(issues.map((issue) => `${file}:${issue}`));
    expect(error.message).toBe(error.issues.map(formatIssue).join('\n'));
  });
});
