/**
 * The CPU time a process has used, read from Linux's `/proc/<pid>/stat`, so
 * the SQL pool can tell a query that is running away from one that a loaded
 * machine kept off the CPU. Elsewhere (no `/proc`) it is unknown, and the
 * pool falls back to wall time.
 */
import { readFileSync } from 'node:fs';

/**
 * Clock ticks per second of `/proc`'s utime and stime. Linux fixes USER_HZ at
 * 100 on every architecture it exposes to user space.
 */
const TICKS_PER_SECOND = 100;

/** User plus system CPU time of process `pid` and all its threads, in ms; undefined when it cannot be read. */
export function processCpuMs(pid: number | undefined): number | undefined {
  if (pid === undefined || process.platform !== 'linux') return undefined;
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return undefined;
  }
  // The command name (field 2) is in parentheses and may hold spaces; fields count from after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  if (!Number.isFinite(utime) || !Number.isFinite(stime)) return undefined;
  return ((utime + stime) * 1000) / TICKS_PER_SECOND;
}
