/**
 * The times a bench takes of one timed stretch: wall time, the process's CPU
 * time, the main thread's busy time (event-loop utilisation: the time it ran
 * rather than waited for I/O) and, on Linux, the main thread's own CPU time.
 * With work on worker threads the process's CPU counts them too, while the
 * main thread is what bounds a run; busy time is wall-clock, so on a loaded
 * machine it also counts time the thread waited for a core, which its CPU
 * time does not.
 */
import { existsSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

export interface RunTimes {
  wallMs: number;
  /** User + system CPU time of the whole process. */
  cpuMs: number;
  /** The main thread's active time. */
  busyMs: number;
  /** The main thread's own CPU time (NaN off Linux). */
  mainCpuMs: number;
}

/** The main thread's CPU time so far (user + system), from `/proc` at the kernel's tick resolution (10 ms); NaN off Linux. */
function mainThreadCpuMs(): number {
  const file = `/proc/self/task/${process.pid}/stat`;
  if (!existsSync(file)) return Number.NaN;
  // Fields after the command name, which is in parentheses: utime and stime are the 12th and 13th, in ticks of 1/100 s.
  const stat = readFileSync(file, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/**
 * Starts the clocks; the function returned reads them.
 *
 * @example
 * const stop = startTimes();
 * await work();
 * const { wallMs, mainCpuMs } = stop();
 */
export function startTimes(): () => RunTimes {
  const cpu = process.cpuUsage();
  const elu = performance.eventLoopUtilization();
  const mainCpu = mainThreadCpuMs();
  const started = performance.now();
  return () => {
    const wallMs = performance.now() - started;
    const { user, system } = process.cpuUsage(cpu);
    return { wallMs, cpuMs: (user + system) / 1000, busyMs: performance.eventLoopUtilization(elu).active, mainCpuMs: mainThreadCpuMs() - mainCpu };
  };
}
