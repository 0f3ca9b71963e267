import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLine, type ProgressStats } from '../../src/cli/progress-format.js';
import { createProgress, progressMode } from '../../src/cli/progress.js';
import type { RunProgress } from '../../src/runner/runner.js';
import { cli } from '../helpers/cli.js';

function sink(isTTY: boolean): { stream: Writable & { isTTY: boolean; columns: number }; text: () => string } {
  let text = '';
  const stream = Object.assign(
    new Writable({
      write(chunk: Buffer, _e, cb) {
        text += chunk.toString();
        cb();
      },
    }),
    { isTTY, columns: 100 },
  );
  return { stream, text: () => text };
}

function episode(done: number, total: number, success: boolean, excluded = false): RunProgress {
  return {
    total,
    skipped: 0,
    done,
    result: { scenarioId: 's', agent: 'a', termination: { reason: 'agent_answered' }, excluded, scores: excluded ? null : { success } } as unknown as RunProgress['result'],
  };
}

const stats = (over: Partial<ProgressStats>): ProgressStats => ({ done: 0, todo: 100, failed: 0, excluded: 0, elapsedMs: 0, spentUsd: null, ...over });

describe('progress', () => {
  it('words a line with count, percent, rate, ETA, failures and spend', () => {
    expect(progressLine(stats({ done: 50, elapsedMs: 10_000, failed: 3 }))).toBe('progress 50/100 (50%) · 5.0 ep/s · ETA 0:10 · 3 failed');
    expect(progressLine(stats({ done: 100, elapsedMs: 65_000, excluded: 2, spentUsd: 0.0123 }))).toBe('progress 100/100 (100%) · 1.5 ep/s · took 1:05 · 0 failed · 2 excluded · $0.0123');
    expect(formatDuration(3_723_000)).toBe('1:02:03');
  });

  it('fits the bar to the terminal width', () => {
    const bar = progressBar(stats({ done: 25, elapsedMs: 5000 }), 80);
    expect(bar.length).toBeLessThan(80);
    expect(bar).toMatch(/^\[█+░+\] 25% 25\/100 · 5\.0 ep\/s · ETA 0:15 · 0 failed$/);
  });

  it('off a terminal, auto prints a line per 10% and a last one, never a carriage return', () => {
    const out = sink(false);
    let t = 0;
    const p = createProgress(out.stream, { now: () => t });
    for (let i = 1; i <= 40; i++) {
      t += 10; // 10 ms an episode: the 5 s interval never fires, only the 10% steps do
      p.update(episode(i, 40, i % 4 !== 0));
    }
    p.done();
    const lines = out.text().trimEnd().split('\n');
    expect(lines).toHaveLength(10);
    expect(lines.at(-1)).toBe('progress 40/40 (100%) · 100 ep/s · took 0:00 · 10 failed');
    expect(out.text()).not.toContain('\r');
  });

  it('lines mode also prints when the interval passes between steps', () => {
    const out = sink(false);
    let t = 0;
    const p = createProgress(out.stream, { mode: 'lines', now: () => t, intervalMs: 1000, stepPercent: 50 });
    t = 1500;
    p.update(episode(1, 1000, true)); // 0.1%, but 1.5 s since the start
    t = 1600;
    p.update(episode(2, 1000, true)); // neither
    expect(out.text().split('\n').filter(Boolean)).toEqual(['progress 1/1000 (0%) · 0.7 ep/s · ETA 24:59 · 0 failed']);
  });

  it('on a terminal, auto draws a bar in place and clears it at the end; none prints nothing', () => {
    const out = sink(true);
    let t = 0;
    const p = createProgress(out.stream, { now: () => t });
    for (let i = 1; i <= 5; i++) {
      t += 200;
      p.update(episode(i, 5, true));
    }
    p.done();
    expect(out.text().split('\r\u001b[2K').filter(Boolean)).toHaveLength(5);
    expect(out.text().endsWith('\r\u001b[2K')).toBe(true);
    const quiet = sink(true);
    const q = createProgress(quiet.stream, { mode: 'none' });
    q.update(episode(1, 1, true));
    q.done();
    expect(quiet.text()).toBe('');
  });

  it('--progress is checked, and a piped run shows progress lines', async () => {
    expect(() => progressMode('fancy')).toThrow(/--progress: expected one of auto, bar, lines, none/);
    expect((await cli('run', 'scenarios/demo/order-tracking.yaml', '--progress', 'fancy')).code).toBe(2);
    const dir = join(mkdtempSync(join(tmpdir(), 'usersim-progress-')), 'run');
    const r = await cli('run', 'scenarios/demo/order-tracking.yaml', '--seeds', '2', '--out', dir);
    expect(r.code).toBe(0);
    expect(r.progress).toMatch(/^progress 2\/2 \(100%\) · .* · took \d+:\d\d · 0 failed$/m);
    const none = await cli('run', 'scenarios/demo/order-tracking.yaml', '--seeds', '2', '--out', `${dir}-quiet`, '--progress', 'none');
    expect(none.progress).toBe('');
  });
});
