/**
 * Stable keys for database images, so a SQL worker opens each world's image
 * once and reuses it for every episode that has not written. Keys are only
 * compared within the process, never recorded.
 */
const keys = new WeakMap<Buffer, string>();
let next = 0;

/** The key of an image: the same Buffer always gets the same key. */
export function imageKey(image: Buffer): string {
  let key = keys.get(image);
  if (!key) {
    key = `w${++next}`;
    keys.set(image, key);
  }
  return key;
}
