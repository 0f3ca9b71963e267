/**
 * Salesforce record Ids for the generated org. A real Id is a three-character
 * key prefix naming the object, twelve base-62 characters, and a three-character
 * case-safety suffix that lets case-insensitive tools tell `001A…Vm9r` from
 * `001A…VM9r`. The generator hands out Ids in creation order from a per-object
 * counter, as a real org does, so the same seed always yields the same Ids.
 */
import type { Rng } from '../../../util/rng.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const SUFFIX_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
const ID15 = /^[0-9A-Za-z]{15}$/;

/**
 * The three-character case-safety suffix of a 15-character Id. Each 5-character
 * chunk becomes a 5-bit number (bit i set when character i is an upper-case
 * letter) that indexes `A–Z0–5`.
 *
 * @example
 * caseSafeSuffix('a0RE000000IJmcN'); // 'MAT'
 */
export function caseSafeSuffix(id15: string): string {
  if (!ID15.test(id15)) throw new RangeError(`not a 15-character Salesforce Id: ${JSON.stringify(id15)}`);
  let suffix = '';
  for (let chunk = 0; chunk < 3; chunk++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charCodeAt(chunk * 5 + i);
      if (c >= 65 && c <= 90) flags |= 1 << i;
    }
    suffix += SUFFIX_ALPHABET[flags];
  }
  return suffix;
}

/** The 18-character form of a 15-character Id (an 18-character Id is returned unchanged after validation). */
export function toCaseSafeId(id: string): string {
  if (id.length === 18) {
    if (!isValidSalesforceId(id)) throw new RangeError(`invalid Salesforce Id checksum: ${id}`);
    return id;
  }
  return id + caseSafeSuffix(id);
}

/** True when `id` is 18 characters whose last three are the checksum of the first fifteen. */
export function isValidSalesforceId(id: string): boolean {
  return id.length === 18 && ID15.test(id.slice(0, 15)) && caseSafeSuffix(id.slice(0, 15)) === id.slice(15);
}

/** `n` written in base 62 (Salesforce's digit order 0–9, A–Z, a–z), left-padded with zeros to `width`. */
function base62(n: number, width: number): string {
  let out = '';
  let rest = n;
  while (rest > 0) {
    out = BASE62[rest % 62] + out;
    rest = Math.floor(rest / 62);
  }
  return out.padStart(width, '0');
}

/** Hands out fresh 18-character Ids for one object. */
export type IdMinter = () => string;

/**
 * Creates a minter for an object's key prefix. The two characters after the
 * prefix play the part of the org's instance code; the counter starts at a
 * seeded offset and advances by small seeded steps, so Ids grow with creation
 * order yet do not reveal how many records exist.
 */
export function createIdMinter(keyPrefix: string, instance: string, rng: Rng): IdMinter {
  if (keyPrefix.length !== 3 || instance.length !== 2) {
    throw new RangeError(`bad Id parts: prefix ${keyPrefix}, instance ${instance}`);
  }
  let counter = 62 ** 3 + rng.int(62 ** 4);
  return () => {
    counter += 1 + rng.int(4);
    return toCaseSafeId(`${keyPrefix}${instance}000${base62(counter, 7)}`);
  };
}
