/**
 * A calendar date in ISO 8601 form: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
 *
 * Branded so that a raw string cannot be passed where a normalised date is expected;
 * produce one with {@link normalizeDate}.
 *
 * @example
 * ```ts
 * const day: IsoDate | null = normalizeDate('2 November 2021');
 * //=> '2021-11-02'
 * ```
 */
export type IsoDate = string & {
  /** Compile-time marker only; no such property exists at run time. */
  readonly __brand: 'IsoDate';
};

/**
 * An ISO 8601 timestamp as precise as its source: `YYYY-MM-DDTHH:MM`, with `:SS` and an
 * offset (`+03:00`, `+00:00`) only when the source gave them. No offset is ever invented.
 *
 * @example
 * ```ts
 * const published: IsoTimestamp | null = article.published;
 * //=> '2021-10-27T13:02+00:00'
 * ```
 */
export type IsoTimestamp = string & {
  /** Compile-time marker only; no such property exists at run time. */
  readonly __brand: 'IsoTimestamp';
};

/**
 * An absolute http(s) URL normalised by {@link normalizeUrl}.
 *
 * @example
 * ```ts
 * const url: NormalizedUrl | null = normalizeUrl('HTTPS://RIA.ru:443/a?utm_source=x#top');
 * //=> 'https://ria.ru/a'
 * ```
 */
export type NormalizedUrl = string & {
  /** Compile-time marker only; no such property exists at run time. */
  readonly __brand: 'NormalizedUrl';
};

/**
 * An aggressive deduplication key for a URL, made by {@link urlKey}: https, no `www.`,
 * no trailing slash, sorted query. Two URLs of the same page share a key.
 *
 * @example
 * ```ts
 * const key: UrlKey | null = urlKey('http://www.ria.ru/a/?b=2&a=1');
 * //=> 'https://ria.ru/a?a=1&b=2'
 * ```
 */
export type UrlKey = string & {
  /** Compile-time marker only; no such property exists at run time. */
  readonly __brand: 'UrlKey';
};
