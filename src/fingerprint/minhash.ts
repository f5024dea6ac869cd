/**
 * A MinHash signature: for each of 112 hash functions, the least value any shingle takes.
 * Two texts agree on one value with probability equal to the Jaccard similarity of their
 * shingle sets, so the share of equal values estimates it; 14 bands of 8 values make the
 * LSH index of the dedup (FineWeb's setting: pairs above about 0.72 mostly meet in a band).
 */
import { fmix32 } from '../internal/hash.js';

/** Values in a signature. */
export const MINHASH_VALUES = 112;
/**
 * Bands of the LSH index, and values per band: two signatures meet in a band with
 * probability 1 − (1 − J⁸)¹⁴, which climbs steeply around (1/14)^(1/8) ≈ 0.72 (0.65 there,
 * 0.92 at 0.8, 0.0009 at 0.3).
 */
export const MINHASH_BANDS = 14;
export const MINHASH_ROWS = 8;

/**
 * The signature of `shingles` and the number of distinct shingles. Hash function `i`
 * (0-based) maps a shingle hash `s` to `fmix32(s ^ seed_i)`, `seed_i = fmix32(i + 1)`.
 */
export function minhash(shingles: Uint32Array): { values: Uint32Array; distinct: number } {
  // Sorted, a repeated shingle is next to its twin: each distinct one is kept once.
  const sorted = shingles.slice().sort();
  let distinct = 0;
  // At j = 0, sorted[-1] is undefined, unequal to any value: the first is always kept.
  for (let j = 0; j < sorted.length; j++) if (sorted[j] !== sorted[distinct - 1]) sorted[distinct++] = sorted[j] as number;
  const values = new Uint32Array(MINHASH_VALUES);
  // One hash function at a time over all the shingles: its seed and its least value stay in
  // registers (about twice as fast as all 112 values per shingle).
  // Stryker disable next-line EqualityOperator: a write past the typed array's end is dropped
  for (let i = 0; i < MINHASH_VALUES; i++) {
    const seed = fmix32(i + 1);
    let least = 0xffffffff;
    for (let j = 0; j < distinct; j++) {
      const v = fmix32((sorted[j] as number) ^ seed);
      // Stryker disable next-line EqualityOperator: an equal value leaves the same least
      if (v < least) least = v;
    }
    values[i] = least;
  }
  return { values, distinct };
}
