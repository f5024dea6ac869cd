import { trimSpace } from '../internal/chars.js';
import { withoutWww } from '../internal/hosts.js';
import { isBoolean, isBooleanOrPatternList, readOptions, type CheckedOptions } from '../internal/options.js';
import type { NormalizedUrl } from '../model/brand.js';

/**
 * How {@link normalizeUrl} rewrites a URL. Every option is optional; the defaults change
 * nothing that can change what the URL points to. Names follow
 * [normalize-url](https://github.com/sindresorhus/normalize-url) where it has the option,
 * but some defaults differ (ours are conservative; theirs are aggressive).
 *
 * @example
 * ```ts
 * normalizeUrl('http://www.ria.ru/a/', { stripWWW: true, removeTrailingSlash: true });
 * //=> 'http://ria.ru/a'
 * ```
 */
export interface NormalizeUrlOptions {
  /**
   * Removes a leading `www.` from the host, when what remains still has a dot and does
   * not itself start with `www.` (so `www.com` and `www.www.a.com` stay as they are).
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('https://www.ria.ru/a', { stripWWW: true }) //=> 'https://ria.ru/a'
   * ```
   */
  readonly stripWWW?: boolean;

  /**
   * Removes trailing slashes from the path, the lone `/` of an empty path included.
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru/a/', { removeTrailingSlash: true }) //=> 'https://ria.ru/a'
   * ```
   */
  readonly removeTrailingSlash?: boolean;

  /**
   * Sorts the query parameters by their decoded name (stable, so repeated names keep
   * their order). Values and encoding are kept as written.
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru/?b=2&a=1', { sortQueryParameters: true }) //=> 'https://ria.ru/?a=1&b=2'
   * ```
   */
  readonly sortQueryParameters?: boolean;

  /**
   * Rewrites `http:` to `https:` (a `:443` port then becomes the default and goes).
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('http://ria.ru/a', { forceHttps: true }) //=> 'https://ria.ru/a'
   * ```
   */
  readonly forceHttps?: boolean;

  /**
   * Removes the fragment (`#…`). An empty fragment (a bare `#`) is always removed.
   *
   * @default true
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru/a#top', { stripHash: false }) //=> 'https://ria.ru/a#top'
   * ```
   */
  readonly stripHash?: boolean;

  /**
   * Removes a `user:password@` part.
   *
   * @default true
   * @example
   * ```ts
   * normalizeUrl('https://u:p@ria.ru/', { stripAuthentication: false }) //=> 'https://u:p@ria.ru/'
   * ```
   */
  readonly stripAuthentication?: boolean;

  /**
   * Query parameters to remove, matched against the decoded parameter name: a string
   * matches exactly, a RegExp by `search`. `true` removes the whole query, `false` none.
   * The default list is the click and campaign trackers that never select content:
   * `utm_*` (any case), `fbclid`, `gclid`, `dclid`, `gbraid`, `wbraid`, `msclkid`,
   * `yclid`, `ysclid`, `mc_cid`, `mc_eid`, `_ga`, `_gl`, `igshid`, `ref_src`.
   * A list given here replaces the default one.
   *
   * @default the tracker list above
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru/?a=1&ref=x', { removeQueryParameters: ['ref'] }) //=> 'https://ria.ru/?a=1'
   * ```
   */
  readonly removeQueryParameters?: ReadonlyArray<string | RegExp> | boolean;

  /**
   * Removes a port that is not the scheme's default. The default port (`:80` for http,
   * `:443` for https) is always removed.
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru:8443/a', { removeExplicitPort: true }) //=> 'https://ria.ru/a'
   * ```
   */
  readonly removeExplicitPort?: boolean;

  /**
   * Removes a last path segment that is a directory index. `true` means names like
   * `index.html` (`/^index\.[a-z]+$/`); a list gives the names (strings exactly, RegExps
   * by `search`).
   *
   * @default false
   * @example
   * ```ts
   * normalizeUrl('https://ria.ru/a/index.html', { removeDirectoryIndex: true }) //=> 'https://ria.ru/a/'
   * ```
   */
  readonly removeDirectoryIndex?: boolean | ReadonlyArray<string | RegExp>;
}

/** Campaign tag parameters (`utm_source`, `UTM_Medium`). */
const UTM_PARAMETER = /^utm_/i;

/**
 * Click and campaign trackers: added by ad networks, mailers and share buttons, they
 * never select what the page shows, so removing them cannot change the URL's meaning.
 * @internal
 */
export const TRACKING_PARAMETERS: ReadonlyArray<string | RegExp> = [
  UTM_PARAMETER,
  'fbclid',
  'gclid',
  'dclid',
  'gbraid',
  'wbraid',
  'msclkid',
  'yclid',
  // Yandex search appends it to Russian news links.
  'ysclid',
  'mc_cid',
  'mc_eid',
  '_ga',
  '_gl',
  'igshid',
  'ref_src',
];

/** Directory index file names (`index.html`, `index.php`). */
const DIRECTORY_INDEX = /^index\.[a-z]+$/;

/** The scheme and authority opener the input must start with (`https://r`, `HTTP://w`). */
const HTTP_URL_START = /^https?:\/\/[^/\\]/i;

/**
 * A blank, a line break, or a control or invisible formatting character: the characters
 * of `isBlankCode`, `isControlCode` and `isFormatCode` (`src/internal/chars.ts`) and every
 * code unit up to U+0020, as one class, because a native search is several times faster
 * than testing each character by hand. A unit test holds it to those functions on every
 * UTF-16 code unit.
 */
const SPACE_OR_CONTROL = /[\0-\x20\x7f-\xa0\u061c\u1680\u180e\u2000-\u200f\u2028-\u202f\u205f\u2060\u2066-\u2069\u3000\ufeff]/;

/** Whether `text` from `from` on contains a blank, a line break, or a control or invisible formatting character. */
export function hasSpaceOrControl(text: string, from = 0): boolean {
  // Stryker disable next-line ConditionalExpression,EqualityOperator,MethodExpression: the one caller with a `from` has checked the text before it (no blank or control), so the whole text answers the same
  return SPACE_OR_CONTROL.test(from === 0 ? text : text.slice(from));
}

/**
 * The options of {@link normalizeUrl}, checked (`TypeError`/`RangeError` on misuse).
 *
 * @internal
 */
export function checkUrlOptions(options: NormalizeUrlOptions): CheckedUrlOptions {
  return readOptions('normalizeUrl', options, OPTIONS);
}

/** The options {@link normalizeUrl} knows, each with its check. */
const OPTIONS = {
  stripWWW: isBoolean,
  removeTrailingSlash: isBoolean,
  sortQueryParameters: isBoolean,
  forceHttps: isBoolean,
  stripHash: isBoolean,
  stripAuthentication: isBoolean,
  removeQueryParameters: isBooleanOrPatternList,
  removeExplicitPort: isBoolean,
  removeDirectoryIndex: isBooleanOrPatternList,
};

/** The options of {@link normalizeUrl} once checked. @internal */
export type CheckedUrlOptions = CheckedOptions<typeof OPTIONS>;

/**
 * The checked form of no options, shared: `readOptions` would build an empty object without
 * a prototype on every call (a slow dictionary object in V8), which was a tenth of a call's
 * time. Frozen, so no call can change it.
 */
const NO_OPTIONS: CheckedUrlOptions = /* @__PURE__ */ Object.freeze(Object.create(null) as CheckedUrlOptions);

function matchesAny(name: string, patterns: ReadonlyArray<string | RegExp>): boolean {
  for (const p of patterns) {
    if (typeof p === 'string' ? p === name : matchesPattern(name, p)) return true;
  }
  return false;
}

/**
 * Whether `pattern` matches somewhere in `name`. `search` ignores and restores `lastIndex`,
 * so a caller's global or sticky RegExp is safe; for any other RegExp `test` gives the same
 * answer without that round trip (it neither reads nor writes `lastIndex` then).
 */
function matchesPattern(name: string, pattern: RegExp): boolean {
  // Stryker disable next-line ConditionalExpression: for a RegExp neither global nor sticky, search and test give the same answer
  return pattern.global || pattern.sticky ? name.search(pattern) !== -1 : pattern.test(name);
}

/** Form-decodes a query parameter name; malformed escapes leave it as written. */
function decodeParameterName(piece: string): string {
  const eq = piece.indexOf('=');
  const written = eq === -1 ? piece : piece.slice(0, eq);
  // Stryker disable next-line ConditionalExpression,StringLiteral: a fast path; without `+` replaceAll changes nothing
  const name = written.includes('+') ? written.replaceAll('+', ' ') : written;
  // Without an escape the name decodes to itself: no need to call the decoder.
  // Stryker disable next-line ConditionalExpression,StringLiteral: that fast path
  if (!name.includes('%')) return name;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Whether a query may hold a parameter named in `patterns`: the fast path of
 * {@link rewriteQuery} for the common query that holds no tracker. Without `%` or `+`,
 * every name decodes to itself, so the names can be tested as written, with no decoding
 * and no copies; with either, it answers `true` and the general path decides. When it
 * answers `false`, the general path would remove nothing and join the same pieces again.
 */
function mayHoldListedName(search: string, patterns: ReadonlyArray<string | RegExp>): boolean {
  // Stryker disable next-line ConditionalExpression,StringLiteral: answering true only hands the query to the general path, which gives the same
  if (search.includes('%') || search.includes('+')) return true;
  // The next `=` is looked for only once it is behind the piece: searched afresh from every
  // `&`, a query of pieces without `=` would be read once per piece (quadratic).
  let eq = search.indexOf('=', 1);
  let start = 1;
  while (start <= search.length) {
    let end = search.indexOf('&', start);
    if (end === -1) end = search.length;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,UnaryOperator,EqualityOperator: searched again from `start`, `eq` stays -1 or the same `=`; the condition only saves work
    if (eq !== -1 && eq < start) eq = search.indexOf('=', start);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: answering true is always safe (see above); `eq` is never `end` (one is `=`, the other `&` or the end)
    if (matchesAny(search.slice(start, eq === -1 || eq > end ? end : eq), patterns)) return true;
    start = end + 1;
  }
  // Stryker disable next-line BooleanLiteral: true would hand every query to the general path, which gives the same
  return false;
}

/**
 * Filters and sorts the query without re-encoding it: `URLSearchParams` would rewrite
 * `%20` as `+` and `a` as `a=`, which some servers read differently.
 * @internal
 */
export function rewriteQuery(
  search: string,
  remove: ReadonlyArray<string | RegExp> | boolean,
  sort: boolean,
): string {
  // The untouched-query fast path: nothing to sort and no listed name, so nothing changes.
  // Stryker disable next-line ConditionalExpression: without the fast path the general path gives the same
  if (!sort && remove !== true && (remove === false || !mayHoldListedName(search, remove))) return search === '?' ? '' : search;
  return rewriteQueryInFull(search, remove, sort);
}

/** The general path of {@link rewriteQuery}: every piece decoded, tested, and sorted when asked. @internal */
export function rewriteQueryInFull(
  search: string,
  remove: ReadonlyArray<string | RegExp> | boolean,
  sort: boolean,
): string {
  // Stryker disable next-line ConditionalExpression,StringLiteral: an empty query gives '' the long way too
  if (search === '' || remove === true) return '';
  const written = search.slice(1).split('&');
  let query: string;
  if (sort) {
    let pieces = written.map((raw) => ({ raw, name: decodeParameterName(raw) }));
    if (remove !== false) pieces = pieces.filter((p) => !matchesAny(p.name, remove));
    pieces.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    query = pieces.map((p) => p.raw).join('&');
  } else {
    // Filtering only: the pieces keep their order, so names need no keeping.
    query = (remove === false ? written : written.filter((raw) => !matchesAny(decodeParameterName(raw), remove))).join('&');
  }
  return query === '' ? '' : `?${query}`;
}

function stripTrailingSlashes(path: string): string {
  let end = path.length;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: path[-1] is undefined, which is no slash
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}

/**
 * Applies the path options until nothing changes, so that the result is a fixed point:
 * `/a/index.html/` loses its slash, then its index, then the slash that exposes.
 */
function rewritePath(
  path: string,
  removeTrailingSlash: boolean,
  directoryIndex: ReadonlyArray<string | RegExp> | null,
): string {
  for (;;) {
    let next = removeTrailingSlash ? stripTrailingSlashes(path) : path;
    if (directoryIndex !== null) {
      const cut = next.lastIndexOf('/') + 1;
      const last = next.slice(cut);
      // Stryker disable next-line ConditionalExpression,StringLiteral: removing an empty last segment changes nothing
      if (last !== '' && matchesAny(last, directoryIndex)) next = next.slice(0, cut);
    }
    if (next === path) return path;
    path = next;
  }
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    // Stryker disable next-line ConditionalExpression,StringLiteral: the parser gives every http(s) URL a host; the check guards against one that would not
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/** The parts of a URL that {@link normalizeUrl} reassembles, scheme and port options applied. @internal */
export interface UrlParts {
  /** `http:` or `https:`. */
  readonly protocol: string;
  /** `user:password@`, `user@`, or `''` (always `''` unless credentials are kept). */
  readonly credentials: string;
  /** Host and port, as the URL standard serialises them (`ria.ru`, `ria.ru:8443`). */
  readonly host: string;
  readonly pathname: string;
  /** The query with its `?`, `''` when empty. */
  readonly search: string;
  /** The fragment with its `#`, `''` when empty or not kept. */
  readonly hash: string;
}

/**
 * The general path: the URL standard's parser (`new URL`) on a trimmed text without
 * blanks or control characters that opens with `http(s)://` and a host.
 * @internal
 */
export function parsedUrlParts(text: string, options: CheckedUrlOptions): UrlParts | null {
  const url = parseHttpUrl(text);
  if (url === null) return null;
  // Stryker disable next-line ConditionalExpression: setting https: on an https: URL changes nothing
  if (options.forceHttps === true && url.protocol === 'http:') url.protocol = 'https:';
  if (options.removeExplicitPort === true) url.port = '';
  const credentials =
    options.stripAuthentication === false && (url.username !== '' || url.password !== '')
      ? `${url.username}${url.password === '' ? '' : `:${url.password}`}@`
      : '';
  return { protocol: url.protocol, credentials, host: url.host, pathname: url.pathname, search: url.search, hash: options.stripHash === false ? url.hash : '' };
}

/**
 * An http(s) URL up to its fragment, written as the URL standard serialises it, so that
 * `new URL` would give back its parts unchanged (`https://ria.ru/a/b.html?id=7`):
 * - `http://` or `https://`, lower case;
 * - a host of lower-case ASCII letters, digits and hyphens in non-empty dot-separated
 *   labels, none punycode (`xn--`, which the parser validates), the last starting with a
 *   letter (so it is no IPv4 number such as `0x7f.1`), and no port or credentials;
 * - a path of `/`-separated segments of RFC 3986 `pchar` characters and `%`, which the
 *   path percent-encode set leaves as written, none starting with `.` or `%2e` (a dot
 *   segment, which the parser resolves);
 * - optionally a query of the same characters, `/` and `?`, but not `'`, which the
 *   special-query percent-encode set escapes;
 * - then the end or a `#`.
 */
const CANONICAL_HTTP_URL =
  /^https?:\/\/(?:(?!xn--)[\da-z-]+\.)*(?!xn--)[a-z][\da-z-]*(?:\/(?!\.|%2[Ee])[\w!$%&'()*+,\-.:;=@~]*)+(?:\?[\w!$%&()*+,\-./:;=?@~]*)?(?=#|$)/;

/**
 * The canonical-URL fast path: the parts of a URL already written the way the URL
 * standard serialises it ({@link CANONICAL_HTTP_URL}), or `null` to leave it to the
 * general path. Most URLs in the corpus are canonical, and parsing them with `new URL`
 * (and scanning them for blanks first) to rebuild the same text was most of
 * {@link normalizeUrl}'s time. A URL whose scheme and host are canonical but for their case,
 * or that names a port ({@link PLAIN_AUTHORITY}), gets a second chance: lower-cased, its
 * port kept as the parser keeps it ({@link portSuffix}).
 *
 * Why it is safe: for such a text `new URL` returns these same parts, as nothing in it is
 * lower-cased (but for the ASCII scheme and host the second chance lower-cases as the parser
 * does), encoded, decoded, resolved or defaulted; its characters before the fragment
 * include no blank or control character, and the fragment is checked for them here as the
 * general path checks the whole text. A kept fragment is left to the parser, which escapes
 * what it must. A unit test holds both paths to the same parts.
 * @internal
 */
export function canonicalUrlParts(text: string, options: CheckedUrlOptions): UrlParts | null {
  // Stryker disable next-line ConditionalExpression: a canonical text passes the second chance too, lower-casing changing nothing
  if (CANONICAL_HTTP_URL.test(text)) return partsOfCanonical(text, '', options);
  // Second chance for an authority the parser only lower-cases and strips a port from.
  const authority = PLAIN_AUTHORITY.exec(text);
  if (authority === null) return null;
  // Stryker disable next-line StringLiteral: both groups always match; the defaults are for the type only
  const [written, scheme = '', host = '', port] = authority;
  // A port over 65535 is refused by the parser: left to the general path, which says so.
  if (port !== undefined && Number(port) > 65535) return null;
  const lowered = `${scheme.toLowerCase()}://${host.toLowerCase()}${text.slice(written.length)}`;
  if (!CANONICAL_HTTP_URL.test(lowered)) return null;
  return partsOfCanonical(lowered, port === undefined ? '' : portSuffix(lowered, Number(port), options), options);
}

/**
 * An http(s) scheme and a host of ASCII letters, digits, hyphens and dots, in any case,
 * with an optional port, before the path: `HTTPS://RIA.RU:443/`, `http://ria.ru:8080/`.
 */
const PLAIN_AUTHORITY = /^(https?):\/\/([\d.a-z-]+)(?::(\d{1,5}))?(?=\/)/i;

/**
 * The `:port` the parser keeps for a written port number: none for the scheme's default
 * port, none for `:443` when `forceHttps` turns `http:` into `https:` (the port then
 * becomes the default), none under `removeExplicitPort`; the number without leading zeros
 * otherwise (`:08080` is `:8080`).
 */
function portSuffix(lowered: string, port: number, options: CheckedUrlOptions): string {
  const secure = lowered.charCodeAt(4) === 0x73;
  if (options.removeExplicitPort === true || port === (secure ? 443 : 80)) return '';
  if (!secure && options.forceHttps === true && port === 443) return '';
  return `:${port}`;
}

/** The parts of a text that {@link CANONICAL_HTTP_URL} matches, with the port to append to its host. */
function partsOfCanonical(text: string, port: string, options: CheckedUrlOptions): UrlParts | null {
  const secure = text.charCodeAt(4) === 0x73;
  const hostEnd = text.indexOf('/', secure ? 8 : 7);
  let fragmentStart = text.indexOf('#', hostEnd);
  if (fragmentStart === -1) fragmentStart = text.length;
  else if (options.stripHash === false || hasSpaceOrControl(text, fragmentStart)) return null;
  let queryStart = text.indexOf('?', hostEnd);
  // Stryker disable next-line EqualityOperator: a `?` and a `#` are never at one index
  if (queryStart === -1 || queryStart > fragmentStart) queryStart = fragmentStart;
  return {
    protocol: secure || options.forceHttps === true ? 'https:' : 'http:',
    credentials: '',
    host: text.slice(secure ? 8 : 7, hostEnd) + port,
    pathname: text.slice(hostEnd, queryStart),
    search: fragmentStart - queryStart > 1 ? text.slice(queryStart, fragmentStart) : '',
    hash: '',
  };
}

/** A percent escape written with a lower-case hex digit (`%2f`, `%d0`, `%C3%a9`'s second). */
const LOWER_CASE_ESCAPE = /%(?:[a-f][\da-f]|\d[a-f])/g;

/**
 * Spells percent escapes with upper-case hex digits, as RFC 3986 §2.1 recommends:
 * `%d0%bf` → `%D0%BF`. The two spellings are equivalent, and one spelling makes equal URLs
 * equal strings. Only the path, query, fragment and credentials can hold a `%`.
 */
function upperCaseEscapes(text: string): string {
  // Stryker disable next-line StringLiteral: a fast path; without `%` the replace changes nothing
  return text.includes('%') ? text.replace(LOWER_CASE_ESCAPE, (escape) => escape.toUpperCase()) : text;
}

/**
 * Normalises an absolute http(s) URL.
 *
 * By default only what cannot change the URL's meaning is changed: surrounding white
 * space is trimmed; scheme and host are lower-cased; the host is punycoded; the default
 * port, the fragment, credentials and tracker parameters (`utm_*`, `fbclid`, …; see
 * {@link NormalizeUrlOptions.removeQueryParameters}) are removed; percent escapes are
 * spelled with upper-case hex digits (`%d0%bf` → `%D0%BF`, RFC 3986 §2.1). Path, query
 * order and a trailing slash stay as written. The result is a fixed point: normalising it again
 * under the same options returns it unchanged.
 *
 * @param raw - The URL as written.
 * @param options - What else to rewrite; see {@link NormalizeUrlOptions}.
 * @returns The normalised URL, or `null` when `raw` is not an absolute http(s) URL
 *   (another scheme, relative, empty, white space, a control, bidi or zero-width character
 *   inside, no host, a host longer than DNS allows (253 characters), unparsable).
 * @throws TypeError when `raw` is not a string.
 *
 * @example
 * ```ts
 * normalizeUrl(' HTTPS://RIA.ru:443/a?utm_source=x#top ');
 * //=> 'https://ria.ru/a'
 * normalizeUrl('https://пример.рф/');
 * //=> 'https://xn--e1afmkfd.xn--p1ai/'
 * normalizeUrl('https://ria.ru/%d0%bf');
 * //=> 'https://ria.ru/%D0%BF'
 * normalizeUrl('javascript:alert(1)');
 * //=> null
 * ```
 *
 * @example
 * ```ts
 * normalizeUrl('http://www.ria.ru/a/?b=2&a=1', {
 *   stripWWW: true,
 *   removeTrailingSlash: true,
 *   sortQueryParameters: true,
 *   forceHttps: true,
 * });
 * //=> 'https://ria.ru/a?a=1&b=2'
 * ```
 */
export function normalizeUrl(raw: string, options?: NormalizeUrlOptions): NormalizedUrl | null {
  if (typeof raw !== 'string') {
    throw new TypeError(`normalizeUrl expects a string, got ${typeof raw}`);
  }
  // Stryker disable next-line ConditionalExpression: checking no options gives the same empty options
  return normalizeCheckedUrl(raw, options === undefined ? NO_OPTIONS : checkUrlOptions(options));
}


/**
 * The longest host name: DNS allows 255 octets on the wire, 253 characters written
 * without the trailing dot (RFC 1035 §2.3.4). No longer host resolves, and converting a
 * huge international one to punycode takes the parser time that grows faster than its length.
 */
const MAX_HOST_LENGTH = 253;

/**
 * The longest host text (port and userinfo excluded) handed to the parser: three times
 * {@link MAX_HOST_LENGTH}, as percent escapes (`%61` for `a`) write a character with three,
 * and a port. A longer one is refused without parsing it.
 */
const MAX_WRITTEN_HOST_LENGTH = 3 * MAX_HOST_LENGTH + 6;

/**
 * Where the authority of a text that opens with `http(s)://` ends: at the first `/`, `\`,
 * `?` or `#`, as the URL standard reads a special URL. @internal
 */
export function authorityEnd(text: string): number {
  // Stryker disable next-line EqualityOperator: text.charCodeAt(length) is NaN, which is no delimiter
  for (let i = text.indexOf('//') + 2; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x2f || c === 0x5c || c === 0x3f || c === 0x23) return i;
  }
  return text.length;
}

/**
 * The `user:password@` part of a text that opens with `http(s)://`, as `[start, end)`
 * (the `@` included), or `null`: the authority up to its last `@`, which is where the
 * URL standard ends the credentials (`https://ria.ru@evil.example/` has `ria.ru@`).
 * @internal
 */
export function credentialsSpan(text: string): readonly [number, number] | null {
  const start = text.indexOf('//') + 2;
  const end = authorityEnd(text);
  const at = text.lastIndexOf('@', end - 1);
  return at >= start ? [start, at + 1] : null;
}

/** Whether the host of a written authority is too long to hand to the parser ({@link MAX_WRITTEN_HOST_LENGTH}). */
function isHostTooLong(text: string): boolean {
  const end = authorityEnd(text);
  const start = Math.max(text.indexOf('//') + 2, text.lastIndexOf('@', end - 1) + 1);
  return end - start > MAX_WRITTEN_HOST_LENGTH;
}

/**
 * The length of a parsed host without its port and one trailing dot (`ria.ru.:8080` is 6).
 * Only a host over {@link MAX_HOST_LENGTH} is measured, so never an IPv6 one (`[…]`, at
 * most 39 characters inside the brackets), whose colons would otherwise read as a port.
 */
function hostNameLength(host: string): number {
  const colon = host.lastIndexOf(':');
  const name = colon === -1 ? host : host.slice(0, colon);
  return name.endsWith('.') ? name.length - 1 : name.length;
}

/** {@link normalizeUrl} with options already checked: for callers inside the package. @internal */
export function normalizeCheckedUrl(raw: string, options: CheckedUrlOptions): NormalizedUrl | null {
  const text = trimSpace(raw);
  if (!HTTP_URL_START.test(text) || isHostTooLong(text)) return null;
  const url = canonicalUrlParts(text, options) ?? (hasSpaceOrControl(text) ? null : parsedUrlParts(text, options));
  if (url === null || (url.host.length > MAX_HOST_LENGTH && hostNameLength(url.host) > MAX_HOST_LENGTH)) return null;

  const host = options.stripWWW === true ? withoutWww(url.host) : url.host;
  const indexOption = options.removeDirectoryIndex ?? false;
  const directoryIndex = indexOption === true ? [DIRECTORY_INDEX] : indexOption === false ? null : indexOption;
  const path = rewritePath(url.pathname, options.removeTrailingSlash === true, directoryIndex);
  const query = rewriteQuery(
    url.search,
    options.removeQueryParameters ?? TRACKING_PARAMETERS,
    options.sortQueryParameters === true,
  );

  return upperCaseEscapes(`${url.protocol}//${url.credentials}${host}${path}${query}${url.hash}`) as NormalizedUrl;
}
