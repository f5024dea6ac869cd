import { isBlankCode, isControlCode, isFormatCode, trimSpace } from '../internal/chars.js';
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
 */
const TRACKING_PARAMETERS: ReadonlyArray<string | RegExp> = [
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

/** Whether `text` contains a blank, a line break, or a control or invisible formatting character. */
function hasSpaceOrControl(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code <= 0x20 || isControlCode(code) || isBlankCode(code) || isFormatCode(code)) return true;
  }
  return false;
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

function matchesAny(name: string, patterns: ReadonlyArray<string | RegExp>): boolean {
  // `search` ignores and restores `lastIndex`, so a caller's global RegExp is safe here.
  return patterns.some((p) => (typeof p === 'string' ? p === name : name.search(p) !== -1));
}

/** Form-decodes a query parameter name; malformed escapes leave it as written. */
function decodeParameterName(piece: string): string {
  const eq = piece.indexOf('=');
  const name = (eq === -1 ? piece : piece.slice(0, eq)).replaceAll('+', ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * Filters and sorts the query without re-encoding it: `URLSearchParams` would rewrite
 * `%20` as `+` and `a` as `a=`, which some servers read differently.
 */
function rewriteQuery(
  search: string,
  remove: ReadonlyArray<string | RegExp> | boolean,
  sort: boolean,
): string {
  if (search === '' || remove === true) return '';
  let pieces = search
    .slice(1)
    .split('&')
    .map((raw) => ({ raw, name: decodeParameterName(raw) }));
  if (remove !== false) pieces = pieces.filter((p) => !matchesAny(p.name, remove));
  if (sort) pieces.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const query = pieces.map((p) => p.raw).join('&');
  return query === '' ? '' : `?${query}`;
}

function stripTrailingSlashes(path: string): string {
  let end = path.length;
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
      if (last !== '' && matchesAny(last, directoryIndex)) next = next.slice(0, cut);
    }
    if (next === path) return path;
    path = next;
  }
}

function parseHttpUrl(text: string): URL | null {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' ? url : null;
  } catch {
    return null;
  }
}

/**
 * Normalises an absolute http(s) URL.
 *
 * By default only what cannot change the URL's meaning is changed: surrounding white
 * space is trimmed; scheme and host are lower-cased; the host is punycoded; the default
 * port, the fragment, credentials and tracker parameters (`utm_*`, `fbclid`, …; see
 * {@link NormalizeUrlOptions.removeQueryParameters}) are removed. Path, query order and a
 * trailing slash stay as written. The result is a fixed point: normalising it again
 * under the same options returns it unchanged.
 *
 * @param raw - The URL as written.
 * @param options - What else to rewrite; see {@link NormalizeUrlOptions}.
 * @returns The normalised URL, or `null` when `raw` is not an absolute http(s) URL
 *   (another scheme, relative, empty, white space inside, no host, unparsable).
 * @throws TypeError when `raw` is not a string.
 *
 * @example
 * ```ts
 * normalizeUrl(' HTTPS://RIA.ru:443/a?utm_source=x#top ');
 * //=> 'https://ria.ru/a'
 * normalizeUrl('https://пример.рф/');
 * //=> 'https://xn--e1afmkfd.xn--p1ai/'
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
  return normalizeCheckedUrl(raw, readOptions('normalizeUrl', options, OPTIONS));
}

/** The options of {@link normalizeUrl} once checked. @internal */
export type CheckedUrlOptions = CheckedOptions<typeof OPTIONS>;

/** {@link normalizeUrl} with options already checked: for callers inside the package. @internal */
export function normalizeCheckedUrl(raw: string, options: CheckedUrlOptions): NormalizedUrl | null {
  const text = trimSpace(raw);
  if (!HTTP_URL_START.test(text) || hasSpaceOrControl(text)) return null;
  const url = parseHttpUrl(text);
  if (url === null) return null;

  if (options.forceHttps === true && url.protocol === 'http:') url.protocol = 'https:';
  if (options.removeExplicitPort === true) url.port = '';
  const host = options.stripWWW === true ? withoutWww(url.host) : url.host;

  const credentials =
    options.stripAuthentication === false && (url.username !== '' || url.password !== '')
      ? `${url.username}${url.password === '' ? '' : `:${url.password}`}@`
      : '';

  const indexOption = options.removeDirectoryIndex ?? false;
  const directoryIndex = indexOption === true ? [DIRECTORY_INDEX] : indexOption === false ? null : indexOption;
  const path = rewritePath(url.pathname, options.removeTrailingSlash === true, directoryIndex);

  const query = rewriteQuery(
    url.search,
    options.removeQueryParameters ?? TRACKING_PARAMETERS,
    options.sortQueryParameters === true,
  );
  const hash = options.stripHash === false ? url.hash : '';

  return `${url.protocol}//${credentials}${host}${path}${query}${hash}` as NormalizedUrl;
}
