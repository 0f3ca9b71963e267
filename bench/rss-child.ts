/**
 * A child process of the memory bench: runs `usersim run scenarios/demo`
 * through the CLI's own entry (so the CLI's heap settings apply) with the
 * seeds it is given, then prints its peak RSS as the last line of stdout.
 */
import { main } from '../src/cli/main.js';

const [seeds, out] = process.argv.slice(2);
const code = await main(['node', 'usersim', 'run', 'scenarios/demo', '--seeds', String(seeds), '--concurrency', '8', '--out', String(out), '--progress', 'none'], {
  out: () => undefined,
  err: (text) => process.stderr.write(text),
  isTTY: false,
  stderr: process.stderr,
});
if (code !== 0) process.exit(code);
process.stdout.write(`${JSON.stringify({ maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
