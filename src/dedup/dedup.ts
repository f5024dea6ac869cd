/**
 * Near-duplicate detection over a stream of records, one record at a time: each record is
 * a duplicate of the first record of its group, or the first of a new group. Memory grows
 * with the groups (their signatures, about 1 KB each), never with the texts.
 */
import { isBoolean, numberAtLeast, readOptions } from '../internal/options.js';
import { MINHASH_BANDS, MINHASH_ROWS, MINHASH_VALUES, minhash } from '../fingerprint/minhash.js';
import { shingleHashes } from '../fingerprint/shingles.js';
import { popcount, simhash } from '../fingerprint/simhash.js';
import { storyKey } from '../fingerprint/story-key.js';
import { wordHashes } from '../fingerprint/words.js';
import { murmur3Words } from '../internal/hash.js';
import { grown, SlotIndex } from './slot-index.js';

/**
 * Which test found a record to be a duplicate, in the order they are tried:
 *
 * - `url`: the same `urlKey` (from `newsdoc`) as a record before it;
 * - `simhash`: body SimHashes at most `maxHamming` bits apart (a copy with small changes);
 * - `minhash`: body MinHash signatures that meet in an LSH band and agree on at least
 *   `minJaccard` of their values (most of the text shared);
 * - `story`: the same story key (the normalised longest part of the title) and one body
 *   contained, by the signatures' estimate, for at least 80 % in the other (a repost
 *   cut short or with a footer). A story key alone never makes a duplicate.
 *
 * @example
 * ```ts
 * const reason: DuplicateReason = 'simhash';
 * ```
 */
export type DuplicateReason = 'url' | 'simhash' | 'minhash' | 'story';

/**
 * What the dedup reads of a record: the `urlKey`, `title` and `body` of its article. A
 * record of `parseCorpus` or `parseStream` (from `newsdoc`), and a line of the `newsdoc`
 * command's output, are such records.
 *
 * @example
 * ```ts
 * const record: DedupRecord = { article: { urlKey: 'https://ria.ru/a', title: 'Harbour reopens', body: 'The harbour reopened.' } };
 * ```
 */
export interface DedupRecord {
  /** The article; `null` (an error record) is never a duplicate nor the first of a group. */
  readonly article: {
    /** The URL's dedup key: records with the same key are duplicates. */
    readonly urlKey?: string | null;
    /** The headline, for the story key. */
    readonly title?: string | null;
    /** The text the fingerprints are made of. */
    readonly body?: string | null;
  } | null;
}

/**
 * The verdict on one record.
 *
 * @example
 * ```ts
 * const verdict: DedupVerdict = { duplicateOf: 0, reason: 'url' };
 * ```
 */
export interface DedupVerdict {
  /** The 0-based input position of the first record of the group this one duplicates, or `null`. */
  readonly duplicateOf: number | null;
  /** The test that found it, `null` exactly when `duplicateOf` is. */
  readonly reason: DuplicateReason | null;
}

/**
 * A record and its verdict, as {@link dedup} yields them.
 *
 * @example
 * ```ts
 * const result: DedupResult<DedupRecord> = { record: { article: null }, index: 0, duplicateOf: null, reason: null };
 * ```
 */
export interface DedupResult<T> extends DedupVerdict {
  /** The record, as given. */
  readonly record: T;
  /** Its 0-based input position. */
  readonly index: number;
}

/**
 * Options for {@link createDeduper} and {@link dedup}.
 *
 * @example
 * ```ts
 * const options: DedupOptions = { maxHamming: 2, minJaccard: 0.8, story: false };
 * ```
 */
export interface DedupOptions {
  /**
   * The most bits two SimHashes may differ in, 0 to 3: the index finds pairs up to 3 bits
   * apart (four blocks of 16 bits; two hashes 3 bits apart agree on at least one block).
   *
   * @default 3
   * @example
   * ```ts
   * const options: DedupOptions = { maxHamming: 0 }; // identical SimHashes only
   * ```
   */
  readonly maxHamming?: number;
  /**
   * The least share of MinHash values two bodies must agree on (the estimated Jaccard
   * similarity of their shingle sets), 0 to 1.
   *
   * @default 0.7
   * @example
   * ```ts
   * const options: DedupOptions = { minJaccard: 0.9 };
   * ```
   */
  readonly minJaccard?: number;
  /**
   * Use the story key: a record with the title of an earlier group is its duplicate when
   * one body is contained for at least 80 % in the other.
   *
   * @default true
   * @example
   * ```ts
   * const options: DedupOptions = { story: false };
   * ```
   */
  readonly story?: boolean;
}

/**
 * A dedup in progress: {@link Deduper.add} takes the records in input order.
 *
 * @example
 * ```ts
 * const deduper: Deduper = createDeduper();
 * deduper.add({ article: null });
 * //=> { duplicateOf: null, reason: null }
 * ```
 */
export interface Deduper {
  /**
   * Takes the next record and says whether it duplicates an earlier one.
   *
   * @throws TypeError when `record` is not an object with an `article` object or `null`.
   */
  add(record: DedupRecord): DedupVerdict;
}

const OPTIONS = {
  maxHamming: numberAtLeast(0, { integer: true, max: 3 }),
  minJaccard: numberAtLeast(0, { max: 1 }),
  story: isBoolean,
};

// The least Jaccard estimate for a pair the LSH index found: a little below its threshold
// (0.72), so that a repost whose estimate falls just under it still counts (a body with 20 %
// cut off shares 0.8 of its shingles with the whole; one standard deviation is 0.04).
const DEFAULT_MIN_JACCARD = 0.7;
// The share of the shorter body that the longer must contain when only the titles agree:
// a truncated repost or one with a footer contains all of it, two different stories that
// share a boilerplate block far less.
const MIN_STORY_CONTAINMENT = 0.8;
// The least Jaccard estimate the containment is computed from: below it, the shared part
// rests on about ten of the 112 values, and a long body "contains" a short one that is
// mostly boilerplate by chance (a one-line ticker with a footer, against 600 words).
const MIN_STORY_JACCARD = 0.1;
// SimHash blocks of the index: 4 × 16 bits, so that two hashes at most 3 bits apart agree
// on one block (pigeonhole), and a block value is shared by chance by 1 in 65,536 records.
const SIMHASH_BLOCK_BITS = 16;
// A group's signature in the arena: SimHash high, low, distinct shingles, MinHash values.
const SLOT_SIZE = 3 + MINHASH_VALUES;
// Story keys remembered per key: a headline that recurs daily must not make every new
// record compare with all the earlier ones.
const MAX_STORY_GROUPS = 16;

const NOT_A_DUPLICATE: DedupVerdict = Object.freeze({ duplicateOf: null, reason: null });

/**
 * Starts a dedup: one record at a time, in input order, each judged against the first
 * records of the groups before it. A record is tried against the URL keys, then the
 * SimHash index, then the MinHash LSH index, then the story keys (see
 * {@link DuplicateReason}); the first test that matches decides, and among the groups it
 * matches, the earliest. A duplicate joins its group (its URL key points there too) and is
 * not compared with later records itself, so a group never drifts from its first record.
 *
 * @param options - The thresholds, and whether to use the story key.
 * @returns A deduper; its `add` takes the next record.
 * @throws TypeError when the options are not an object, have an unknown key or a value of the wrong type.
 * @throws RangeError when `maxHamming` is not an integer from 0 to 3 or `minJaccard` is not from 0 to 1.
 * @example
 * ```ts
 * const deduper = createDeduper();
 * const body = 'The city harbour reopened to small boats on Friday after two months of repairs, the port authority said.';
 * deduper.add({ article: { urlKey: 'https://ria.ru/a', title: 'Harbour reopens to small boats', body } });
 * //=> { duplicateOf: null, reason: null }
 * deduper.add({ article: { urlKey: 'https://example.com/b', title: null, body: body.toUpperCase() } });
 * //=> { duplicateOf: 0, reason: 'simhash' }
 * deduper.add({ article: { urlKey: 'https://example.com/c', title: 'Harbour reopens to small boats | Daily Post', body: `${body} Subscribe to our channel for the news of the day.` } });
 * //=> { duplicateOf: 0, reason: 'story' }
 * deduper.add({ article: { urlKey: 'https://ria.ru/a', title: null, body: null } });
 * //=> { duplicateOf: 0, reason: 'url' }
 * ```
 */
export function createDeduper(options?: DedupOptions): Deduper {
  const { maxHamming = 3, minJaccard = DEFAULT_MIN_JACCARD, story = true } = readOptions('createDeduper', options, OPTIONS);
  const urls = new Map<string, number>();
  // The groups with each SimHash block, each LSH band, each story key.
  const blocks = new SlotIndex();
  const bands = new SlotIndex();
  const stories = new SlotIndex();
  const ordinals: number[] = [];
  let arena = new Uint32Array(SLOT_SIZE * 16);
  let seen = 0;

  return {
    add(record: DedupRecord): DedupVerdict {
      const article = (record as Partial<DedupRecord> | null)?.article;
      if (typeof article !== 'object') throw new TypeError('createDeduper: add expects a record with an article object or null');
      const ordinal = seen++;
      if (article === null) return NOT_A_DUPLICATE;
      const { urlKey, title, body } = article;
      const url = typeof urlKey === 'string' ? urlKey : null;
      const first = url === null ? undefined : urls.get(url);
      if (first !== undefined) return { duplicateOf: first, reason: 'url' };

      let found: DedupVerdict = NOT_A_DUPLICATE;
      const shingles = shingleHashes(typeof body === 'string' ? wordHashes(body) : []);
      if (shingles.length > 0) {
        const [high, low] = simhash(shingles);
        const { values, distinct } = minhash(shingles);
        const key = story && typeof title === 'string' ? storyKey(title) : null;
        /** How many MinHash values of group `slot` equal this record's. */
        const agreement = (slot: number): number => {
          let same = 0;
          for (let i = 0; i < MINHASH_VALUES; i++) if (arena[slot * SLOT_SIZE + 3 + i] === values[i]) same++;
          return same;
        };
        // Block b of the SimHash, tagged with b: high's upper and lower 16 bits, then low's.
        const blockKeys = [high >>> 16, high & 0xffff, low >>> 16, low & 0xffff].map((block, b) => (b << SIMHASH_BLOCK_BITS) | block);
        const bandKeys = Array.from({ length: MINHASH_BANDS }, (_, b) => murmur3Words(values, b * MINHASH_ROWS, MINHASH_ROWS, b));
        const stages: [DuplicateReason, SlotIndex, number[], (slot: number) => boolean][] = [
          [
            'simhash',
            blocks,
            blockKeys,
            (s) => popcount((arena[s * SLOT_SIZE] as number) ^ high) + popcount((arena[s * SLOT_SIZE + 1] as number) ^ low) <= maxHamming,
          ],
          [
            'minhash',
            bands,
            bandKeys,
            (s) => agreement(s) >= minJaccard * MINHASH_VALUES,
          ],
          [
            'story',
            stories,
            key === null ? [] : [key],
            (s) => {
              // The shared shingles, from the Jaccard estimate J and the two set sizes: |A ∩ B| = J (|A| + |B|) / (1 + J).
              const j = agreement(s) / MINHASH_VALUES;
              const other = arena[s * SLOT_SIZE + 2] as number;
              return j >= MIN_STORY_JACCARD && (j * (distinct + other)) / (1 + j) >= MIN_STORY_CONTAINMENT * Math.min(distinct, other);
            },
          ],
        ];
        for (const [reason, index, keys, test] of stages) {
          // The earliest group of this index that passes the test.
          let best = -1;
          for (const k of keys) index.forEach(k, (slot) => void ((best === -1 || slot < best) && test(slot) && (best = slot)));
          if (best !== -1) {
            found = { duplicateOf: ordinals[best] as number, reason };
            break;
          }
        }
        if (found === NOT_A_DUPLICATE) {
          const slot = ordinals.push(ordinal) - 1;
          if ((slot + 1) * SLOT_SIZE > arena.length) arena = grown(arena, arena.length * 2);
          arena.set([high, low, distinct], slot * SLOT_SIZE);
          arena.set(values, slot * SLOT_SIZE + 3);
          for (const k of blockKeys) blocks.add(k, slot);
          for (const k of bandKeys) bands.add(k, slot);
          if (key !== null) {
            let filed = 0;
            stories.forEach(key, () => void filed++);
            if (filed < MAX_STORY_GROUPS) stories.add(key, slot);
          }
        }
      }
      if (url !== null) urls.set(url, found.duplicateOf ?? ordinal);
      return found;
    },
  };
}

/**
 * Dedups an iterable of records lazily, in input order: yields each record with its
 * verdict (see {@link createDeduper}), as soon as it is read. For an async source (a
 * stream), call {@link Deduper.add} in a `for await` loop instead.
 *
 * @param records - The records: `parseCorpus` results, parsed `newsdoc` output lines, or any `{ article }`.
 * @param options - As for {@link createDeduper}.
 * @returns A generator of `{ record, index, duplicateOf, reason }`.
 * @throws TypeError when `records` is not iterable, or as {@link createDeduper} and {@link Deduper.add} throw.
 * @throws RangeError as {@link createDeduper} throws.
 * @example
 * ```ts
 * const records = parseCorpus([
 *   ' date 2021-11-02 https://ria.ru/20211102/harbour-1234567890.html\n\nHarbour reopens to small boats\n\nThe city harbour reopened on Friday.',
 *   ' date 2021-11-03 http://www.ria.ru/20211102/harbour-1234567890.html?utm_source=x\n\nHarbour reopens\n\nThe harbour reopened.',
 * ].join('\n\n'));
 * [...dedup(records)].map((r) => [r.index, r.duplicateOf, r.reason]);
 * //=> [[0, null, null], [1, 0, 'url']]
 * ```
 */
export function dedup<T extends DedupRecord>(records: Iterable<T>, options?: DedupOptions): Generator<DedupResult<T>> {
  if (typeof (records as Partial<Iterable<T>> | null)?.[Symbol.iterator] !== 'function') throw new TypeError('dedup expects an iterable of records');
  const deduper = createDeduper(options);
  return (function* () {
    let index = 0;
    for (const record of records) yield { record, index: index++, ...deduper.add(record) };
  })();
}
