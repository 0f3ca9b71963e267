/**
 * `npm run bench`: speed figures from one run, printed as numbers and ratios.
 * Timings belong here, never in tests.
 */
import { benchEpisodes } from './episodes.js';

const episodes = await benchEpisodes(Number(process.env.BENCH_EPISODES ?? 500));
console.log('episode machine (agenda user, scripted agent, in-memory environment)');
console.log(`  ten-turn episodes/s      ${episodes.episodesPerSecond.toFixed(0)}  (${episodes.episodes} episodes, ${episodes.userTurns} user turns, ${episodes.transitions} transitions each)`);
console.log(`  µs per machine transition ${episodes.microsPerTransition.toFixed(1)}`);
