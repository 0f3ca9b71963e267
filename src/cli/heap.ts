/**
 * Heap sizing for long runs. The runner holds nothing per finished episode
 * (the live heap of a demo run stays at 40–60 MB from the first thousand
 * episodes to the tenth), yet V8, seeing a high allocation rate, lets the old
 * generation grow by up to four times what survived the last full collection,
 * so the peak RSS kept climbing with the run's length. Capping the growth
 * step makes the peak follow the live data instead, at the price of more
 * frequent full collections, which on the offline runs of `npm run bench`
 * cost no measurable CPU (a run whose live data is large, e.g. big CRM
 * snapshots, pays more: each full collection walks it). Only the CLI sets
 * it, since the process is its own; library users can pass the same V8 flag
 * to node (`node --heap-growing-percent=10 app.js`).
 */
import v8 from 'node:v8';

/** How much the old generation may grow past the live data at each full collection, in percent. */
export const HEAP_GROWING_PERCENT = 10;

/** Applies the growth cap to this process (V8 reads the flag at every full collection). */
export function capHeapGrowth(): void {
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}
