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
