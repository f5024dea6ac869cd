/**
 * Word 5-gram shingles: the features both fingerprints are computed from. A shingle is
 * a run of words in order, so a repost that keeps the sentences keeps most of them, while
 * two texts that only share a vocabulary share almost none.
 */
import { murmur3Words } from '../internal/hash.js';

/** Words in a shingle: the length near-duplicate detection on web text settles on. */
export const SHINGLE_WORDS = 5;

/**
 * The hash of each shingle of `words` (word hashes, in order): MurmurHash3_x86_32, seed 0,
 * of the little-endian bytes of five consecutive word hashes, one shingle per position.
 * A text of one to four words is one shingle of all of them, so that a short text still
 * has a fingerprint, equal only to the one of the same words; no words, no shingles.
 */
export function shingleHashes(words: readonly number[]): Uint32Array {
  const span = Math.min(words.length, SHINGLE_WORDS);
  const shingles = new Uint32Array(span === 0 ? 0 : words.length - span + 1);
  // Stryker disable next-line EqualityOperator: a write past the typed array's end is dropped
  for (let i = 0; i < shingles.length; i++) shingles[i] = murmur3Words(words, i, span, 0);
  return shingles;
}
