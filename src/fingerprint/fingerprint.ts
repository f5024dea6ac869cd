/**
 * `fingerprint`: the near-duplicate fingerprints of an article's body.
 */
import { isBoolean, readOptions } from '../internal/options.js';
import { minhash } from './minhash.js';
import { shingleHashes } from './shingles.js';
import { simhash } from './simhash.js';
import { wordHashes } from './words.js';

/**
 * Options for {@link fingerprint}.
 *
 * @example
 * ```ts
 * const options: FingerprintOptions = { minhash: true };
 * ```
 */
export interface FingerprintOptions {
  /**
   * Also compute the MinHash signature (112 values). It costs more than the SimHash and is
   * needed only to estimate how much of two texts is shared.
   *
   * @default false
   * @example
   * ```ts
   * fingerprint('The harbour reopened on Friday', { minhash: true }).minhash?.length;
   * //=> 112
   * ```
   */
  readonly minhash?: boolean;
}

/**
 * The fingerprints of a text. Both are made from the word 5-gram shingles of the text
 * after the normalisation of `docs/fingerprints.md`, in 32-bit integer arithmetic only, so
 * every engine, and any language that follows that page, gives the same values.
 *
 * @example
 * ```ts
 * const a = fingerprint('The harbour reopened to small boats on Friday, the port authority said.');
 * const b = fingerprint('THE HARBOUR REOPENED TO SMALL BOATS ON FRIDAY -- THE PORT AUTHORITY SAID');
 * a.simhash === b.simhash;
 * //=> true
 * ```
 */
export interface Fingerprint {
  /**
   * The 64-bit SimHash as 16 lower-case hex digits, most significant first; `null` when
   * the text has no word. Texts that share most shingles differ in few bits.
   */
  readonly simhash: string | null;
  /**
   * The MinHash signature: 112 unsigned 32-bit values (bands of 8 for LSH); `null` unless
   * asked for with `{ minhash: true }`, or when the text has no word. The share of
   * positions where two signatures agree estimates the Jaccard similarity of the texts'
   * shingle sets.
   */
  readonly minhash: readonly number[] | null;
  /**
   * The number of words after normalisation. The text has `words − 4` shingles, one when
   * it has one to four words, none when it has none.
   */
  readonly words: number;
}

const OPTIONS = { minhash: isBoolean };

const hex8 = (value: number): string => value.toString(16).padStart(8, '0');

/** The SimHash halves as 16 hex digits. */
export function simhashHex([high, low]: readonly [number, number]): string {
  return hex8(high) + hex8(low);
}

/**
 * The near-duplicate fingerprints of a text or of an article's body: a 64-bit SimHash,
 * and, when asked, a MinHash signature of 112 values. The text is normalised first (case,
 * accents, punctuation, spacing and digit runs do not count; see `docs/fingerprints.md`),
 * then cut into word 5-gram shingles; a text of one to four words is one shingle. An
 * article without a body, or a text without a word, gives `null` fingerprints.
 *
 * @param input - The text, or an article (anything with a `body` that is a string or `null`).
 * @param options - Whether to compute the MinHash signature too.
 * @returns The fingerprints.
 * @throws TypeError when `input` is neither a string nor an object with a string or `null`
 *   `body`, or when the options are not an object, have an unknown key or a non-boolean `minhash`.
 * @example
 * ```ts
 * fingerprint('The harbour reopened to small boats on Friday, the port authority said.').simhash;
 * //=> 'c84029a811210820'
 * fingerprint({ body: null });
 * //=> { simhash: null, minhash: null, words: 0 }
 * fingerprint('Harbour reopens', { minhash: true }).minhash?.slice(0, 2);
 * //=> [3773794205, 1444986914]
 * ```
 */
export function fingerprint(input: string | { readonly body: string | null }, options?: FingerprintOptions): Fingerprint {
  const record = typeof input === 'object' ? (input as { body?: unknown } | null) : undefined;
  // Stryker disable next-line OptionalChaining: null.body throws a TypeError too, as the check below does
  const body = typeof input === 'string' ? input : record?.body;
  if (typeof body !== 'string' && body !== null) throw new TypeError('fingerprint expects a string or an article with a string or null body');
  const { minhash: withMinhash = false } = readOptions('fingerprint', options, OPTIONS);
  const words = body === null ? [] : wordHashes(body);
  const shingles = shingleHashes(words);
  if (shingles.length === 0) return { simhash: null, minhash: null, words: 0 };
  return {
    simhash: simhashHex(simhash(shingles)),
    minhash: withMinhash ? Array.from(minhash(shingles).values) : null,
    words: words.length,
  };
}
