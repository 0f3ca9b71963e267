import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EpisodeResult } from '../../src/runner/result.js';
import { openResultsStore, readResults } from '../../src/runner/results-store.js';
import { cappedLine } from '../../src/runner/line-cap.js';

const huge = (key: string, size: number): EpisodeResult =>
  ({
    key,
    scenarioId: 's',
    answer: 'the answer',
    transcript: [{ role: 'agent', turn: 1, text: 'x'.repeat(size) }, { role: 'user', turn: 1, text: 'y'.repeat(size) }],
    counts: { userTurns: 1 },
  }) as unknown as EpisodeResult;

describe('the episode line cap', () => {
  it('cuts long strings with a marker until the line fits, keeping keys, numbers and the answer', () => {
    const line = cappedLine(huge('s|sharded|a|1', 3_000_000), 100_000);
    expect(Buffer.byteLength(line)).toBeLessThanOrEqual(100_000);
    const back = JSON.parse(line) as { key: string; answer: string; counts: unknown; transcript: { text: string }[] };
    expect(back).toMatchObject({ key: 's|sharded|a|1', answer: 'the answer', counts: { userTurns: 1 } });
    expect(back.transcript[0]?.text).toMatch(/^x+ \[… \d+ characters cut: episode line over its size cap\]$/);
  });

  it('leaves a line under the cap byte-identical to plain JSON', () => {
    const small = huge('k', 10);
    expect(cappedLine(small, 100_000)).toBe(JSON.stringify(small));
  });

  it('keeps the results store small and readable however large an episode is', () => {
    const dir = mkdtempSync(join(tmpdir(), 'usersim-cap-'));
    const store = openResultsStore(dir, { resume: false, maxLineBytes: 50_000 });
    store.append(huge('a', 5_000_000));
    store.append(huge('b', 5));
    store.close();
    expect(readFileSync(join(dir, 'episodes.jsonl')).length).toBeLessThan(51_000);
    expect(readResults(dir).map((r) => r.key)).toEqual(['a', 'b']);
  });
});
