import type { DuplicateReason } from '../dedup/dedup.js';
import type { Article } from './article.js';
import type { IsoDate, IsoTimestamp, NormalizedUrl, UrlKey } from './brand.js';
import type { Diagnostic } from './diagnostic.js';

/**
 * A JSON value, as a record's pass-through keys hold them.
 *
 * @example
 * ```ts
 * const meta: { [key: string]: JsonValue } = { partition: 3, tags: ['a', 'b'] };
 * ```
 */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/**
 * The article of an output record: every field of {@link Article}, except `sections`,
 * which are there only when asked for (`--sections`): they repeat the input and are about
 * 40 % of a record. With `--fields`, only the fields named.
 *
 * @example
 * ```ts
 * const article: RecordArticle = { title: 'Harbour reopens' };
 * ```
 */
export type RecordArticle = Partial<Article>;

/**
 * Which record another one duplicates, as `newsdoc dedup` names it: by its `source` and
 * `index` (and its `id`, for a JSON-lines input).
 *
 * @example
 * ```ts
 * const first: RecordRef = { source: 'dump.txt', index: 0, id: null };
 * ```
 */
export interface RecordRef {
  /** The record's `source`. */
  readonly source: string;
  /** The record's `index`. */
  readonly index: number;
  /** The record's `id`. */
  readonly id: string | number | null;
}

/**
 * One line of the `newsdoc` command's NDJSON output: one input document, where it came
 * from, and what was read from it. Error records (`ok: false`) stand in their place with
 * their diagnostics, so the output has exactly one line per input record, in input order.
 *
 * @example
 * ```ts
 * const record: NewsdocRecord = {
 *   source: 'dump.txt', id: null, meta: null, index: 0, start: 0, end: 120,
 *   ok: true, article: { date: '2021-11-02' }, diagnostics: [],
 * };
 * ```
 */
export interface NewsdocRecord {
  /** The file the document was read from as given on the command line, `-` for standard input. */
  readonly source: string;
  /** The `id` of a JSON-lines input record, else `null`. */
  readonly id: string | number | null;
  /** The other keys of a JSON-lines input record (`text` aside), else `null`. */
  readonly meta: { readonly [key: string]: JsonValue } | null;
  /** 0-based number of the document in its source. */
  readonly index: number;
  /** Offset of the document's first character in its source text (UTF-16 code units). */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
  /** Whether no diagnostic is an error. */
  readonly ok: boolean;
  /** The article, or `null` when the document holds nothing article-like. */
  readonly article: RecordArticle | null;
  /** Every diagnostic, positions into the source text. */
  readonly diagnostics: readonly Diagnostic[];
  /**
   * Written by `newsdoc dedup`: the first record of the group this one near-duplicates,
   * or `null`. Absent from the output of `newsdoc` itself.
   */
  readonly duplicateOf?: RecordRef | null;
  /** Written by `newsdoc dedup`: which test found the duplicate; `null` exactly when `duplicateOf` is. */
  readonly duplicateReason?: DuplicateReason | null;
}

/**
 * One line of `newsdoc --entries`: one entry of a live page or digest
 * ({@link Article.entries}), where its document came from, the page it is part of, and the
 * entry's own fields. A document without entries writes no line.
 *
 * @example
 * ```ts
 * const record: NewsdocEntryRecord = {
 *   source: 'live.txt', id: null, meta: null, index: 0, entry: 1,
 *   parent: { url: null, urlKey: null, date: '2022-03-10' as IsoDate, title: 'LIVE: Final day of the regatta' },
 *   time: '2022-03-10T10:12' as IsoTimestamp, title: 'Crowds gather on the pier',
 *   body: 'Hundreds of people lined the pier.', start: 120, end: 190,
 * };
 * ```
 */
export interface NewsdocEntryRecord {
  /** The file the document was read from as given on the command line, `-` for standard input. */
  readonly source: string;
  /** The `id` of a JSON-lines input record, else `null`. */
  readonly id: string | number | null;
  /** The other keys of a JSON-lines input record (`text` aside), else `null`. */
  readonly meta: { readonly [key: string]: JsonValue } | null;
  /** 0-based number of the document in its source, as in {@link NewsdocRecord.index}. */
  readonly index: number;
  /** 0-based number of the entry in its document. */
  readonly entry: number;
  /** The page the entry is part of. */
  readonly parent: {
    /** {@link Article.url} of the page. */
    readonly url: NormalizedUrl | null;
    /** {@link Article.urlKey} of the page. */
    readonly urlKey: UrlKey | null;
    /** {@link Article.date} of the page. */
    readonly date: IsoDate | null;
    /** {@link Article.title} of the page. */
    readonly title: string | null;
  };
  /** {@link Entry.time}. */
  readonly time: IsoTimestamp | null;
  /** {@link Entry.title}. */
  readonly title: string | null;
  /** {@link Entry.body}. */
  readonly body: string | null;
  /** Offset of the entry's first character in its source text (UTF-16 code units), as the record's positions count. */
  readonly start: number;
  /** Offset just past its last character. */
  readonly end: number;
}
