/**
 * A MinHash signature: for each of 112 hash functions, the least value any shingle takes.
 * Two texts agree on one value with probability equal to the Jaccard similarity of their
 * shingle sets, so the share of equal values estimates it; 14 bands of 8 values make the
 * LSH index of the dedup (FineWeb's setting: pairs above about 0.72 meet in a band).
 */
import { fmix32 } from '../internal/hash.js';

/** Values in a signature. */
export const MINHASH_VALUES = 112;
/** Bands of the LSH index, and values per band: (1/14)^(1/8) ≈ 0.72 is where the odds of meeting in a band cross ½. */
export const MINHASH_BANDS = 14;
export const MINHASH_ROWS = 8;

/**
 * The signature of `shingles` and the number of distinct shingles. Hash function `i`
 * (0-based) maps a shingle hash `s` to `fmix32(s ^ seed_i)`, `seed_i = fmix32(i + 1)`.
 */
export function minhash(shingles: Uint32Array): { values: Uint32Array; distinct: number } {
  const seeds = new Uint32Array(MINHASH_VALUES);
  for (let i = 0; i < MINHASH_VALUES; i++) seeds[i] = fmix32(i + 1);
  const values = new Uint32Array(MINHASH_VALUES).fill(0xffffffff);
  // Sorted, a repeated shingle is next to its twin: it is hashed once and counted once.
  const sorted = shingles.slice().sort();
  let distinct = 0;
  for (let j = 0; j < sorted.length; j++) {
    const s = sorted[j] as number;
    if (j > 0 && s === sorted[j - 1]) continue;
    distinct++;
    for (let i = 0; i < MINHASH_VALUES; i++) {
      const v = fmix32(s ^ (seeds[i] as number));
      if (v < (values[i] as number)) values[i] = v;
    }
  }
  return { values, distinct };
}
