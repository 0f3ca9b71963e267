/**
 * The sampling seed sent with an actor's requests in one episode. It is drawn
 * from the episode's seeded generator, so trials of one task with different
 * seeds are different requests: with one fixed seed, the response cache (keyed
 * by the whole request) would hand every trial the same replies and pass^k
 * would measure nothing. The same episode seed always gives the same sampling
 * seed, so a re-run is still served from the cache. A `seed` in the model
 * config shifts the whole stream (to draw a fresh, equally reproducible set).
 */
import type { Rng } from '../util/rng.js';

/** The seed for an actor's requests; without a generator, the config's seed (possibly none). */
export function samplingSeed(rng: Rng | undefined, configSeed: number | undefined): number | undefined {
  if (!rng) return configSeed;
  return rng.fork(configSeed === undefined ? 'sampling' : `sampling/${configSeed}`).int(2_147_483_647);
}
