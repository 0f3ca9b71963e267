/**
 * A one-line progress bar on a TTY (stderr), or nothing when output is piped,
 * so logs and CI output stay clean.
 */
import type { RunProgress } from '../runner/runner.js';
import { terminalSafe } from '../report/terminal-table.js';

export function createProgressBar(stream: NodeJS.WriteStream = process.stderr): { update(p: RunProgress): void; done(): void } {
  if (!stream.isTTY) return { update: () => undefined, done: () => undefined };
  let drawn = false;
  return {
    update(p) {
      const todo = p.total - p.skipped;
      const width = 28;
      const filled = todo === 0 ? width : Math.round((p.done / todo) * width);
      const label = terminalSafe(`${p.result.scenarioId} · ${p.result.agent} · ${p.result.termination.reason}`).slice(0, 60);
      stream.write(`\r\u001b[2K[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${p.done}/${todo} ${label}`);
      drawn = true;
    },
    done() {
      if (drawn) stream.write('\r\u001b[2K');
    },
  };
}
