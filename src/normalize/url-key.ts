import type { UrlKey } from '../model/brand.js';
import { normalizeCheckedUrl, type CheckedUrlOptions } from './normalize-url.js';

/** The rewrites that make two spellings of one page equal. */
// No prototype, as checked options have none: an option it does not set stays unset.
const KEY_OPTIONS: CheckedUrlOptions = /* @__PURE__ */ Object.assign(Object.create(null) as object, {
  forceHttps: true,
  stripWWW: true,
  removeTrailingSlash: true,
  sortQueryParameters: true,
  stripHash: true,
  stripAuthentication: true,
});

/** A percent escape (`%2f`, `%D1`). */
const PERCENT_ESCAPE = /%[\da-f]{2}/gi;

/** A character that never needs escaping in a URL (RFC 3986 "unreserved": `a`, `7`, `~`). */
const UNRESERVED = /^[\w.~-]$/;

/**
 * Spells each escape one way (RFC 3986 §6.2.2): `%7e` and `%7E` become `~`, `%2f`
 * becomes `%2F`. Both spellings address the same resource.
 */
function canonicalEscape(escape: string): string {
  const char = String.fromCharCode(Number.parseInt(escape.slice(1), 16));
  return UNRESERVED.test(char) ? char : escape.toUpperCase();
}

/**
 * An aggressive deduplication key for a URL: two spellings of the same page get the same
 * key. Built on {@link normalizeUrl} (trackers, fragment and credentials removed,
 * lower-case punycoded host), it also forces `https:`, drops a leading `www.` and
 * trailing slashes (the root path `/` becomes empty), sorts the query parameters and
 * spells percent escapes one way. The key is a fixed point: `urlKey(urlKey(x)) === urlKey(x)`.
 *
 * A key is for comparing, not for fetching: `http:` pages and `www.` hosts are assumed
 * to serve the same content as their `https:` and bare counterparts.
 *
 * @param raw - The URL as written.
 * @returns The key, or `null` when {@link normalizeUrl} rejects `raw`.
 * @throws TypeError when `raw` is not a string.
 *
 * @example
 * ```ts
 * urlKey('http://www.ria.ru/a/?b=2&a=1#x');
 * //=> 'https://ria.ru/a?a=1&b=2'
 * urlKey('https://ria.ru/a?a=1&b=2');
 * //=> 'https://ria.ru/a?a=1&b=2'
 * urlKey('HTTPS://WWW.RIA.RU/');
 * //=> 'https://ria.ru'
 * urlKey('ria.ru/a');
 * //=> null
 * ```
 */
export function urlKey(raw: string): UrlKey | null {
  if (typeof raw !== 'string') {
    throw new TypeError(`urlKey expects a string, got ${typeof raw}`);
  }
  const normalized = normalizeCheckedUrl(raw, KEY_OPTIONS);
  return normalized === null ? null : (normalized.replace(PERCENT_ESCAPE, canonicalEscape) as UrlKey);
}
