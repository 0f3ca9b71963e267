/**
 * The order in which a run starts its episodes. A fixed set of `concurrency`
 * workers takes the next planned episode as each finishes, so scheduling holds
 * that many episodes, not a promise per planned one.
 *
 * With `finalStretch`, once no more than `concurrency` episodes are left to
 * start, they all start at once. It is for runs whose endpoints, not their
 * episodes, bound throughput: there the endpoint's limiter still caps the
 * requests in flight, and what the episode count decides is only whether a
 * request is waiting when a slot frees. Without the rule, the episodes started
 * last start at staggered times and end with fewer conversations left than
 * the endpoint has slots; at 100 ms a call, 200 conversations of 20 calls for
 * 16 slots took 1.04× to 1.08× the bound whatever the episode count. With it,
 * the last conversations run side by side (a simulation of that schedule with
 * unit-time calls gives 1.00). At most twice `concurrency` episodes are alive,
 * and only during the last stretch; results are still written in plan order.
 */

export interface ScheduleOptions {
  /** Episodes at once. */
  concurrency: number;
  /** Start every remaining task once no more than `concurrency` are left to start. */
  finalStretch?: boolean;
}

/**
 * Runs `task(i)` for each index below `count`, in index order of starting. A
 * failing task does not stop the others: every started task finishes, then
 * the first failure in index order is thrown.
 *
 * @example
 * await schedule(200, { concurrency: 32, finalStretch: true }, (i) => runEpisode(todo[i]));
 */
export async function schedule(count: number, options: ScheduleOptions, task: (index: number) => Promise<void>): Promise<void> {
  const concurrency = Math.max(1, options.concurrency);
  let next = 0;
  let stretched = false;
  const failures: { index: number; error: unknown }[] = [];
  const workers: Promise<void>[] = [];
  const worker = async (): Promise<void> => {
    while (next < count) {
      const index = next++;
      const running = runTask(index);
      if (options.finalStretch && !stretched && count - next <= concurrency) {
        stretched = true;
        // One worker per task left: each takes one and, finding none after it, stops.
        for (let left = count - next; left > 0; left--) workers.push(worker());
      }
      await running;
    }
  };
  const runTask = async (index: number): Promise<void> => {
    try {
      await task(index);
    } catch (error) {
      failures.push({ index, error });
    }
  };
  for (let i = Math.min(concurrency, count); i > 0; i--) workers.push(worker());
  // Workers added during the stretch join the list while it is awaited.
  for (let awaited = 0; awaited < workers.length; awaited++) await workers[awaited];
  if (failures.length) throw failures.sort((a, b) => a.index - b.index)[0]?.error;
}
