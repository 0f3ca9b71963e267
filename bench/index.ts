/**
 * `npm run bench`: speed figures from one run, printed as numbers and ratios.
 * Timings belong here, never in tests.
 */
import { benchCrm } from './crm.js';
import { benchEpisodes } from './episodes.js';
import { benchLlm, formatLlmBench } from './llm.js';
import { peakRss } from './memory.js';
import { benchSqlWorker } from './sql-worker.js';
import { benchTransitions, formatTransitionBench } from './transitions.js';

const episodes = await benchEpisodes(Number(process.env.BENCH_EPISODES ?? 500));
console.log('episode machine (agenda user, scripted agent, in-memory environment)');
console.log(`  ten-turn episodes/s         ${episodes.episodesPerSecond.toFixed(0)}  (${episodes.episodes} episodes, ${episodes.userTurns} user turns, ${episodes.transitions} transitions each)`);
console.log(`  µs per machine transition   ${episodes.microsPerTransition.toFixed(1)}  (wall time)`);

const vs = await benchTransitions(Number(process.env.BENCH_ROUNDS ?? 10));
console.log(`\n${formatTransitionBench(vs)}`);

// BENCH_RSS=200,2000 for a quick run; each size runs `usersim run scenarios/demo` in its own process.
const sizes = (process.env.BENCH_RSS ?? '1000,10000').split(',').map(Number);
console.log('\npeak memory of `usersim run scenarios/demo -c 8` (fresh process per size, its own maxRSS)');
const points = sizes.map(peakRss);
for (const p of points) console.log(`  ${p.episodes.toLocaleString('en-US').padStart(6)} episodes        ${p.peakRssMiB.toFixed(0)} MiB peak RSS  (${p.seconds.toFixed(1)} s, ${(p.episodes / p.seconds).toFixed(0)} episodes/s)`);
if (points.length >= 2) {
  const [first, last] = [points[0], points.at(-1)] as [(typeof points)[number], (typeof points)[number]];
  console.log(`  ratio                       ${(last.peakRssMiB / first.peakRssMiB).toFixed(2)}×  (${last.episodes.toLocaleString('en-US')} against ${first.episodes.toLocaleString('en-US')} episodes)`);
}

console.log('\nCRM worlds (generation from scratch, then a fresh per-episode copy)');
for (const org of await benchCrm()) {
  console.log(
    `  ${org.org}: ${org.records.toLocaleString('en-US')} records, build ${(org.buildMs / 1000).toFixed(2)} s (limit 10 s, ${(org.buildMs / 10_000).toFixed(2)}× of it), copy ${org.copyMs.toFixed(2)} ms (limit 5 ms, ${(org.copyMs / 5).toFixed(2)}× of it)`,
  );
}

const sql = await benchSqlWorker(Number(process.env.BENCH_SQL_CALLS ?? 2000));
console.log('\nagent SQL in a worker process (demo world, one join query)');
console.log(`  µs per sql tool call        ${sql.workerMicros.toFixed(0)} in the worker, ${sql.inlineMicros.toFixed(0)} on the main thread (${sql.calls} calls, medians)`);
console.log(`  runaway query stopped       ${sql.stopLagMs.toFixed(0)} ms after its limit`);

const llm = await benchLlm(Number(process.env.BENCH_LLM_CONVERSATIONS ?? 200));
console.log('');
for (const line of formatLlmBench(llm)) console.log(line);
