/** The key of the compile-time brand; no value of it exists at run time. */
declare const brand: unique symbol;

/**
 * A string that a newsdoc normaliser has checked, marked with the name of its form so
 * that a raw string cannot be passed where the checked one is expected. The mark exists
 * only for the type checker: at run time the value is a plain string. Each branded type
 * gives the form as a regular expression in its `@pattern`, which the JSON Schemas in
 * `schema/` check (see `docs/schema.md`).
 *
 * @example
 * ```ts
 * const day: Brand<string, 'IsoDate'> = normalizeDate('2021-11-02') as IsoDate;
 * ```
 */
export type Brand<T, Name extends string> = T & {
  /** The name of the checked form; a compile-time marker only, absent at run time. */
  readonly [brand]: Name;
};

/**
 * A calendar date in ISO 8601 form: `YYYY-MM-DD`, or `YYYY-MM` when only the month is known.
 *
 * Branded so that a raw string cannot be passed where a normalised date is expected;
 * produce one with {@link normalizeDate}.
 *
 * @example
 * ```ts
 * normalizeDate('2 November 2021');
 * //=> '2021-11-02'
 * ```
 *
 * @pattern `^\d{4}-\d{2}(?:-\d{2})?$`
 */
export type IsoDate = Brand<string, 'IsoDate'>;

/**
 * An ISO 8601 timestamp as precise as its source: `YYYY-MM-DDTHH:MM`, with `:SS` and an
 * offset (`+03:00`, `+00:00`) only when the source gave them. No offset is ever invented.
 *
 * @example
 * ```ts
 * normalizeTimestamp('2021-10-27T13:02+0000');
 * //=> '2021-10-27T13:02+00:00'
 * ```
 *
 * @pattern `^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:[+-]\d{2}:\d{2})?$`
 */
export type IsoTimestamp = Brand<string, 'IsoTimestamp'>;

/**
 * An absolute http(s) URL normalised by {@link normalizeUrl}.
 *
 * @example
 * ```ts
 * normalizeUrl('HTTPS://RIA.ru:443/a?utm_source=x#top');
 * //=> 'https://ria.ru/a'
 * ```
 *
 * @pattern `^https?://`
 */
export type NormalizedUrl = Brand<string, 'NormalizedUrl'>;

/**
 * An aggressive deduplication key for a URL, made by {@link urlKey}: https, no `www.`,
 * no trailing slash, sorted query. Two URLs of the same page share a key.
 *
 * @example
 * ```ts
 * urlKey('http://www.ria.ru/a/?b=2&a=1');
 * //=> 'https://ria.ru/a?a=1&b=2'
 * ```
 *
 * @pattern `^https://`
 */
export type UrlKey = Brand<string, 'UrlKey'>;
