/**
 * Integer hashes computed with `Math.imul` on UTF-16 code units, so the same string hashes
 * the same in every engine.
 */

/**
 * FNV-1a over the code units of `text`, 32 bits. Used as the key of sets of long strings:
 * V8 hashes a string longer than 16,383 code units by its length alone, so a `Set` of many
 * long paragraphs of one length degrades to a list.
 */
export function fnv1a32(text: string): number {
  let hash = FNV1A_SEED;
  for (let i = 0; i < text.length; i++) hash = fnv1aStep(hash, text.charCodeAt(i));
  return hash >>> 0;
}

/** The start value of an {@link fnv1a32} hash computed one code unit at a time. */
export const FNV1A_SEED = 0x811c9dc5;

/**
 * One step of {@link fnv1a32}: the hash after `code`. `(fnv1aStep(…) >>> 0)` after the last
 * code unit equals `fnv1a32` of the whole string, so a scanner can hash a word as it reads it.
 */
export function fnv1aStep(hash: number, code: number): number {
  return Math.imul(hash ^ code, 0x01000193);
}

/** A set of strings keyed by their content hash (see {@link fnv1a32}). */
export class StringSet {
  readonly #buckets = new Map<number, string[]>();

  /** Adds `text`; returns whether it was there already. */
  addAndCheck(text: string): boolean {
    const key = fnv1a32(text);
    const bucket = this.#buckets.get(key);
    if (bucket === undefined) {
      this.#buckets.set(key, [text]);
      return false;
    }
    if (bucket.includes(text)) return true;
    bucket.push(text);
    return false;
  }
}

/**
 * The 32-bit finaliser of MurmurHash3 (`fmix32`): every input bit flips each output bit
 * with probability close to ½, and it is a bijection, so it turns a structured value (a
 * seed xor a hash) into one that looks random without losing any.
 */
export function fmix32(hash: number): number {
  hash = Math.imul(hash ^ (hash >>> 16), 0x85ebca6b);
  hash = Math.imul(hash ^ (hash >>> 13), 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

/**
 * MurmurHash3_x86_32 of `count` 32-bit values of `values` from `from`, read as their
 * little-endian bytes (`4 × count` bytes), with `seed`: the published algorithm, so that any
 * language's murmur3 library gives the same value from the same bytes.
 */
export function murmur3Words(values: ArrayLike<number>, from: number, count: number, seed: number): number {
  let hash = seed;
  for (let i = from; i < from + count; i++) {
    let k = Math.imul(values[i] as number, 0xcc9e2d51);
    k = Math.imul((k << 15) | (k >>> 17), 0x1b873593);
    hash ^= k;
    hash = (Math.imul((hash << 13) | (hash >>> 19), 5) + 0xe6546b64) | 0;
  }
  return fmix32(hash ^ (4 * count));
}
