import fc from 'fast-check';
import theirNormalizeUrl from 'normalize-url';
import { describe, expect, it } from 'vitest';
import { normalizeUrl, type NormalizeUrlOptions } from '../../src/normalize/normalize-url.js';

/** Generated web URLs with every authority shape fast-check knows. */
const webUrls = fc.webUrl({
  withQueryParameters: true,
  withFragments: true,
  authoritySettings: { withIPv4: true, withIPv6: true, withIPv4Extended: true, withUserInfo: true, withPort: true },
});

/** Web URLs dressed up the way crawled pages spell them: `www.`, trackers, case, slashes. */
const dressedUrls = fc
  .tuple(
    webUrls,
    fc.boolean(),
    fc.constantFrom('', '/', '//', '/index.html', '/a/', '/a/index.php/'),
    fc.constantFrom('', 'utm_source=x', 'fbclid=1&b=2', 'b=2&a=1', 'UTM_Medium=y&a=1&a=0', 'q&&r='),
    fc.boolean(),
  )
  .map(([url, www, path, query, upper]) => {
    const parsed = new URL(url);
    const host = www && parsed.hostname.includes('.') && !parsed.hostname.startsWith('[') ? `www.${parsed.host}` : parsed.host;
    const text = `${parsed.protocol}//${host}${parsed.pathname}${path}${query === '' ? parsed.search : `?${query}`}${parsed.hash}`;
    return upper ? text.toUpperCase() : text;
  });

const optionSets: readonly NormalizeUrlOptions[] = [
  {},
  { stripWWW: true, removeTrailingSlash: true, sortQueryParameters: true },
  { forceHttps: true, stripHash: false, stripAuthentication: false },
  { removeDirectoryIndex: true, removeTrailingSlash: true, removeExplicitPort: true },
  { removeDirectoryIndex: ['default.aspx', /^index\./], removeQueryParameters: true },
  { removeQueryParameters: false, sortQueryParameters: true, stripHash: false },
  { removeQueryParameters: ['a', /^b$/g], stripWWW: true },
];

describe('normalizeUrl: default policy', () => {
  it.each([
    // Case of scheme and host, never of the path.
    ['HTTPS://RIA.RU/A/B.html', 'https://ria.ru/A/B.html'],
    ['HtTp://Ria.Ru', 'http://ria.ru/'],
    // Punycode.
    ['https://пример.рф/', 'https://xn--e1afmkfd.xn--p1ai/'],
    ['https://ПРИМЕР.РФ/путь', 'https://xn--e1afmkfd.xn--p1ai/%D0%BF%D1%83%D1%82%D1%8C'],
    ['https://bücher.de', 'https://xn--bcher-kva.de/'],
    // Default ports go, others stay.
    ['https://ria.ru:443/a', 'https://ria.ru/a'],
    ['http://ria.ru:80/a', 'http://ria.ru/a'],
    ['http://ria.ru:443/a', 'http://ria.ru:443/a'],
    ['https://ria.ru:8443/a', 'https://ria.ru:8443/a'],
    // Fragments go, empty or not.
    ['https://ria.ru/a#top', 'https://ria.ru/a'],
    ['https://ria.ru/a#', 'https://ria.ru/a'],
    ['https://ria.ru/a#:~:text=x', 'https://ria.ru/a'],
    // Trackers go; everything else in the query stays as written, in order.
    ['https://ria.ru/a?utm_source=x', 'https://ria.ru/a'],
    ['https://ria.ru/a?UTM_Source=x&utm_medium=y', 'https://ria.ru/a'],
    ['https://ria.ru/a?b=2&utm_campaign=c&a=1', 'https://ria.ru/a?b=2&a=1'],
    ['https://ria.ru/a?fbclid=1&gclid=2&dclid=3&gbraid=4&wbraid=5', 'https://ria.ru/a'],
    ['https://ria.ru/a?msclkid=1&yclid=2&ysclid=3&mc_cid=4&mc_eid=5', 'https://ria.ru/a'],
    ['https://ria.ru/a?_ga=1&_gl=2&igshid=3&ref_src=twsrc', 'https://ria.ru/a'],
    ['https://ria.ru/a?utm%5Fsource=x&id=7', 'https://ria.ru/a?id=7'],
    ['https://ria.ru/a?ref=home', 'https://ria.ru/a?ref=home'],
    ['https://ria.ru/a?FBCLID=1', 'https://ria.ru/a?FBCLID=1'],
    ['https://ria.ru/a?q=a%20b&r=a+b&flag', 'https://ria.ru/a?q=a%20b&r=a+b&flag'],
    ['https://ria.ru/a?b=2&a=1', 'https://ria.ru/a?b=2&a=1'],
    ['https://ria.ru/a?a=1&&b=', 'https://ria.ru/a?a=1&&b='],
    ['https://ria.ru/a?', 'https://ria.ru/a'],
    ['https://ria.ru/?utm_source=x#y', 'https://ria.ru/'],
    // Credentials go.
    ['https://user:pass@ria.ru/a', 'https://ria.ru/a'],
    ['https://user@ria.ru/a', 'https://ria.ru/a'],
    ['https://@ria.ru/a', 'https://ria.ru/a'],
    // Surrounding white space is trimmed.
    ['  https://ria.ru/a  ', 'https://ria.ru/a'],
    ['\n\thttps://ria.ru/a\r\n', 'https://ria.ru/a'],
    ['\u00a0https://ria.ru/a\u2003', 'https://ria.ru/a'],
    // Path, trailing slash and www stay.
    ['https://www.ria.ru/a/', 'https://www.ria.ru/a/'],
    ['https://ria.ru/a//b/', 'https://ria.ru/a//b/'],
    ['https://ria.ru/a/index.html', 'https://ria.ru/a/index.html'],
    ['https://ria.ru/20211102/talks-1234500100.html', 'https://ria.ru/20211102/talks-1234500100.html'],
    // What the URL standard itself resolves.
    ['https://ria.ru/a/./b/../c', 'https://ria.ru/a/c'],
    ['https://ria.ru/a/%2e%2E/c', 'https://ria.ru/c'],
    ['https://ria.ru\\a\\b', 'https://ria.ru/a/b'],
    ['https://ria.ru/a|b"c', 'https://ria.ru/a|b%22c'],
    // Percent escapes in upper case (RFC 3986 §2.1), never decoded.
    ['https://ria.ru/%7e%7E', 'https://ria.ru/%7E%7E'],
    ['https://ria.ru/%d0%bf?q=%d1%8f#x', 'https://ria.ru/%D0%BF?q=%D1%8F'],
    ['https://ria.ru/a%2fb%zz%a', 'https://ria.ru/a%2Fb%zz%a'],
    ['http://0x7f.1/', 'http://127.0.0.1/'],
    ['http://[0:0::1]:80/', 'http://[::1]/'],
    ['https://ria.ru./a', 'https://ria.ru./a'],
    ['https://localhost:3000', 'https://localhost:3000/'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});

describe('normalizeUrl: rejects', () => {
  it.each([
    '',
    '   ',
    'ria.ru/a',
    '//ria.ru/a',
    '/20211102/talks-1234500100.html',
    'talks-1234500100.html',
    'javascript:alert(1)',
    'JAVASCRIPT://ria.ru/%0aalert(1)',
    'data:text/html,<b>x</b>',
    'file:///etc/passwd',
    'mailto:desk@ria.ru',
    'ftp://ria.ru/a',
    'ws://ria.ru/a',
    'tel:+74950000000',
    'https://',
    'https:///ria.ru',
    'https:\\\\ria.ru',
    'https:ria.ru',
    'http:/ria.ru',
    'https://?a=1',
    'https://#a',
    'https://ria .ru/',
    'https://ria.ru/a b',
    'https://ria.ru/a\tb',
    'https://ria.ru/a\nb',
    'https://ria.ru/a\u00a0b',
    'https://ria.ru/a\u0000b',
    'https://ria.ru/a\u007fb',
    'https://ria.ru/20211102/ x',
    'https://ria.ru:99999/',
    'https://ria.ru:port/',
    'https://a<b.ru/',
    'https://1.2.3.4.5/',
    'https://256.1.1.1/',
    'https://ria.123/',
    'https://[::1/',
    'https://xn--a.ru/',
    'date 2021-11-02 https://ria.ru/',
    'https://ria.ru/ https://ria.ru/',
  ])('%j → null', (input) => {
    expect(normalizeUrl(input)).toBeNull();
  });

  it('throws TypeError on non-strings', () => {
    for (const bad of [undefined, null, 42, {}, ['https://ria.ru/'], new URL('https://ria.ru/')]) {
      expect(() => normalizeUrl(bad as unknown as string)).toThrow(TypeError);
    }
  });
});

describe('normalizeUrl: options', () => {
  it.each<[string, NormalizeUrlOptions, string | null]>([
    ['https://www.ria.ru/a', { stripWWW: true }, 'https://ria.ru/a'],
    ['https://WWW.ria.ru:8080/a', { stripWWW: true }, 'https://ria.ru:8080/a'],
    ['https://www.com/a', { stripWWW: true }, 'https://www.com/a'],
    ['https://www.www.ria.ru/a', { stripWWW: true }, 'https://www.www.ria.ru/a'],
    ['https://www2.ria.ru/a', { stripWWW: true }, 'https://www2.ria.ru/a'],
    ['https://m.www.ria.ru/a', { stripWWW: true }, 'https://m.www.ria.ru/a'],
    ['https://www.ria.ru/a', { stripWWW: false }, 'https://www.ria.ru/a'],
    ['https://ria.ru/a/', { removeTrailingSlash: true }, 'https://ria.ru/a'],
    ['https://ria.ru/a///', { removeTrailingSlash: true }, 'https://ria.ru/a'],
    ['https://ria.ru/', { removeTrailingSlash: true }, 'https://ria.ru'],
    ['https://ria.ru/?a=1', { removeTrailingSlash: true }, 'https://ria.ru?a=1'],
    ['https://ria.ru/a/#x', { removeTrailingSlash: true, stripHash: false }, 'https://ria.ru/a#x'],
    ['https://ria.ru/a/', { removeTrailingSlash: false }, 'https://ria.ru/a/'],
    ['https://ria.ru/?b=2&a=1&c=3', { sortQueryParameters: true }, 'https://ria.ru/?a=1&b=2&c=3'],
    ['https://ria.ru/?b=2&a=1&a=0', { sortQueryParameters: true }, 'https://ria.ru/?a=1&a=0&b=2'],
    ['https://ria.ru/?%62=2&a=1', { sortQueryParameters: true }, 'https://ria.ru/?a=1&%62=2'],
    ['https://ria.ru/?B=1&a=2', { sortQueryParameters: true }, 'https://ria.ru/?B=1&a=2'],
    ['https://ria.ru/?b&a=1', { sortQueryParameters: true }, 'https://ria.ru/?a=1&b'],
    ['https://ria.ru/?7&7=a', { sortQueryParameters: true }, 'https://ria.ru/?7&7=a'],
    ['https://ria.ru/?7=a&7', { sortQueryParameters: true }, 'https://ria.ru/?7=a&7'],
    ['http://ria.ru/a', { forceHttps: true }, 'https://ria.ru/a'],
    ['http://ria.ru:443/a', { forceHttps: true }, 'https://ria.ru/a'],
    ['http://ria.ru:8080/a', { forceHttps: true }, 'https://ria.ru:8080/a'],
    ['https://ria.ru/a', { forceHttps: true }, 'https://ria.ru/a'],
    ['https://ria.ru/a#top', { stripHash: false }, 'https://ria.ru/a#top'],
    ['https://ria.ru/a#', { stripHash: false }, 'https://ria.ru/a'],
    ['https://ria.ru/a#x y', { stripHash: false }, null],
    ['https://ria.ru/a#é', { stripHash: false }, 'https://ria.ru/a#%C3%A9'],
    ['https://ria.ru/a#%c3%a9', { stripHash: false }, 'https://ria.ru/a#%C3%A9'],
    ['https://u%3a:p%3b@ria.ru/a', { stripAuthentication: false }, 'https://u%3A:p%3B@ria.ru/a'],
    ['https://u:p@ria.ru/a', { stripAuthentication: false }, 'https://u:p@ria.ru/a'],
    ['https://u@ria.ru/a', { stripAuthentication: false }, 'https://u@ria.ru/a'],
    ['https://:p@ria.ru/a', { stripAuthentication: false }, 'https://:p@ria.ru/a'],
    ['https://@ria.ru/a', { stripAuthentication: false }, 'https://ria.ru/a'],
    ['https://ria.ru/a?utm_source=x&ref=y', { removeQueryParameters: ['ref'] }, 'https://ria.ru/a?utm_source=x'],
    ['https://ria.ru/a?ref=y&REF=z', { removeQueryParameters: [/^ref$/i] }, 'https://ria.ru/a'],
    ['https://ria.ru/a?x=1&y=2', { removeQueryParameters: true }, 'https://ria.ru/a'],
    ['https://ria.ru/a?fbclid=1', { removeQueryParameters: false }, 'https://ria.ru/a?fbclid=1'],
    ['https://ria.ru/a?fbclid=1', { removeQueryParameters: [] }, 'https://ria.ru/a?fbclid=1'],
    ['https://ria.ru/a?a%20b=1&c=2', { removeQueryParameters: ['a b'] }, 'https://ria.ru/a?c=2'],
    ['https://ria.ru/a?a+b=1&c=2', { removeQueryParameters: ['a b'] }, 'https://ria.ru/a?c=2'],
    ['https://ria.ru:8443/a', { removeExplicitPort: true }, 'https://ria.ru/a'],
    ['https://ria.ru:8443/a', { removeExplicitPort: false }, 'https://ria.ru:8443/a'],
    ['https://ria.ru/a/index.html', { removeDirectoryIndex: true }, 'https://ria.ru/a/'],
    ['https://ria.ru/a/index.php?x=1', { removeDirectoryIndex: true }, 'https://ria.ru/a/?x=1'],
    ['https://ria.ru/a/index.html', { removeDirectoryIndex: true, removeTrailingSlash: true }, 'https://ria.ru/a'],
    ['https://ria.ru/index.html/index.php/', { removeDirectoryIndex: true, removeTrailingSlash: true }, 'https://ria.ru'],
    ['https://ria.ru/index.html/index.php', { removeDirectoryIndex: true }, 'https://ria.ru/index.html/'],
    ['https://ria.ru/a/index.html5', { removeDirectoryIndex: true }, 'https://ria.ru/a/index.html5'],
    ['https://ria.ru/a/myindex.html', { removeDirectoryIndex: true }, 'https://ria.ru/a/myindex.html'],
    ['https://ria.ru/a/default.aspx', { removeDirectoryIndex: ['default.aspx'] }, 'https://ria.ru/a/'],
    ['https://ria.ru/a/index.html', { removeDirectoryIndex: ['default.aspx'] }, 'https://ria.ru/a/index.html'],
    [
      'HTTP://u:p@WWW.RIA.RU:80/a/index.html?utm_source=x&b=2&a=1#top',
      {
        stripWWW: true,
        removeTrailingSlash: true,
        sortQueryParameters: true,
        forceHttps: true,
        removeDirectoryIndex: true,
      },
      'https://ria.ru/a?a=1&b=2',
    ],
  ])('%j with %j → %j', (input, options, expected) => {
    expect(normalizeUrl(input, options)).toBe(expected);
  });

  it('leaves a global RegExp option as it found it', () => {
    const pattern = /^ref$/g;
    expect(normalizeUrl('https://ria.ru/a?ref=1&ref=2&x=3', { removeQueryParameters: [pattern] })).toBe(
      'https://ria.ru/a?x=3',
    );
    expect(pattern.lastIndex).toBe(0);
  });

  it('does not mutate the options object', () => {
    const options = Object.freeze({ stripWWW: true, removeQueryParameters: Object.freeze(['a']) });
    expect(normalizeUrl('https://www.ria.ru/?a=1', options)).toBe('https://ria.ru/');
  });
});

describe('normalizeUrl: properties', () => {
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        normalizeUrl(text);
      }),
    );
  });

  it('never throws on arbitrary strings behind an http prefix, under any options', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('http://', 'https://', 'HTTPS://www.', 'https://a.ru/', 'https://a.ru/?'),
        fc.string({ unit: 'binary' }),
        fc.constantFrom(...optionSets),
        (prefix, text, options) => {
          const result = normalizeUrl(prefix + text, options);
          if (result !== null) expect(normalizeUrl(result, options)).toBe(result);
        },
      ),
    );
  });

  it('accepts every generated web URL, and its result is an http(s) URL', () => {
    fc.assert(
      fc.property(webUrls, fc.constantFrom(...optionSets), (url, options) => {
        const result = normalizeUrl(url, options);
        expect(result).not.toBeNull();
        expect(new URL(result ?? '').protocol).toMatch(/^https?:$/);
      }),
    );
  });

  it('is idempotent under any fixed options', () => {
    fc.assert(
      fc.property(fc.oneof(webUrls, dressedUrls), fc.constantFrom(...optionSets), (url, options) => {
        const once = normalizeUrl(url, options);
        if (once !== null) expect(normalizeUrl(once, options)).toBe(once);
      }),
    );
  });

  it('ignores surrounding white space', () => {
    fc.assert(
      fc.property(webUrls, fc.constantFrom(' ', '\n', '\t \r\n', '\u00a0'), (url, space) => {
        expect(normalizeUrl(`${space}${url}${space}`)).toBe(normalizeUrl(url));
      }),
    );
  });

  it('never outputs a fragment, credentials or a tracker by default', () => {
    fc.assert(
      fc.property(dressedUrls, (url) => {
        const result = normalizeUrl(url);
        if (result === null) return;
        const parsed = new URL(result);
        expect(result).not.toContain('#');
        expect(parsed.username + parsed.password).toBe('');
        for (const name of parsed.searchParams.keys()) {
          expect(name).not.toMatch(/^utm_/i);
          expect(name).not.toBe('fbclid');
        }
      }),
    );
  });
});

/** Decodes what can be decoded, so that differently escaped spellings compare equal. */
function decodeLeniently(text: string): string {
  return text.replace(/(?:%[\da-f]{2})+/gi, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}

/** The parts of a URL that both libraries promise to produce the same way. */
function comparable(url: string): unknown {
  const parsed = new URL(url);
  return {
    origin: `${parsed.protocol}//${parsed.username}:${parsed.password}@${parsed.host}`,
    path: decodeLeniently(parsed.pathname),
    query: [...parsed.searchParams],
    hash: parsed.hash,
  };
}

/** A percent escape of an ASCII character (`%09`, `%3d`). */
const ESCAPED_ASCII = /%[0-7][\da-f]/i;

/** normalize-url's rule for `www.`: only before a `label.tld` name of at most 63 + 63 characters. */
const THEIR_WWW_REST = /^[\da-z-]{1,63}\.[\d.a-z-]{2,63}$/;

describe('normalizeUrl: oracle against normalize-url 8', () => {
  // Same intent on both sides. Their defaults differ from ours, so every option that
  // matters is spelled out; the tracker list is given to both because the default lists
  // differ (theirs is only `utm_*`).
  const ours: NormalizeUrlOptions = {
    stripWWW: true,
    removeTrailingSlash: true,
    sortQueryParameters: true,
    removeQueryParameters: [/^utm_\w+/i, 'ref'],
  };
  const theirs = {
    stripWWW: true,
    removeTrailingSlash: true,
    sortQueryParameters: true,
    removeQueryParameters: [/^utm_\w+/i, 'ref'],
    stripHash: true,
  };

  /**
   * Cases where the two libraries define different behaviour on purpose, left out:
   * - `//` in the path: normalize-url collapses duplicate slashes, which can change the
   *   resource; we keep them.
   * - `www.` before a name that does not fit their `label.tld` pattern (one-letter TLD,
   *   longer than 63 characters after the first label): they keep the `www.`, we strip it.
   * - A query name with a malformed or invalid UTF-8 escape: they sort by the name with
   *   U+FFFD substituted, we by the name as written.
   * - An escaped ASCII character in the path or query (`%09`, `%26`, `%3D`): they decode
   *   the path with decodeURI and the sorted query with decodeURIComponent, so `%26`
   *   turns into a parameter separator and `%09` disappears; we keep escapes as written.
   * - A query parameter that ends in `/`: their trailing-slash rule cuts the last
   *   character of the whole URL string after sorting, query included (`?b/` → `?b`);
   *   we only touch the path.
   * - A `$` in the query: they restore `=`-less names with String#replace, which reads
   *   `$$` in the name as a replacement pattern (`?$$` → `?$`).
   * - A `=`-less name that also appears followed by `=` after a `?` or `&` (`?7&7=a`):
   *   that same restoring replaces only the first `?name=` and the first `&name=` of the
   *   sorted query, so it can cut the `=` out of the other parameter (`?7&7=a` → `?7&7a`).
   * Everything else is compared after parsing both outputs again, because the libraries
   * spell the same URL differently: they decode the path (`%7e` → `~`) and re-encode the
   * query through URLSearchParams (`%20` → `+`, `a` → `a=`); we keep both as written; and
   * they keep `/` before `?` on an empty path where we drop it.
   */
  function comparableInput(url: string): boolean {
    const parsed = new URL(url);
    if (parsed.pathname.includes('//')) return false;
    if (ESCAPED_ASCII.test(parsed.pathname + parsed.search)) return false;
    if (parsed.search.includes('$')) return false;
    if (parsed.hostname.startsWith('www.') && !THEIR_WWW_REST.test(parsed.hostname.slice(4))) return false;
    const search = decodeLeniently(parsed.search);
    return parsed.search
      .slice(1)
      .split('&')
      .every((piece) => {
        if (piece.endsWith('/')) return false;
        if (piece !== '' && !piece.includes('=')) {
          const name = decodeLeniently(piece);
          if (search.includes(`?${name}=`) || search.includes(`&${name}=`)) return false;
        }
        try {
          decodeURIComponent((piece.split('=')[0] ?? '').replaceAll('+', ' '));
          return true;
        } catch {
          return false;
        }
      });
  }

  it('agrees on generated web URLs', () => {
    fc.assert(
      fc.property(fc.oneof(webUrls, dressedUrls), (url) => {
        fc.pre(normalizeUrl(url) !== null && comparableInput(url));
        const mine = normalizeUrl(url, ours);
        const other = theirNormalizeUrl(url, theirs);
        expect(comparable(mine ?? '')).toEqual(comparable(other));
      }),
      { numRuns: 500 },
    );
  });

  it.each([
    'http://www.ria.ru/a/?b=2&a=1#x',
    'HTTPS://RIA.ru:443/a?utm_source=x',
    'https://ria.ru/20211102/talks-1234500100.html',
    'https://user:pass@www.ria.ru/',
    'https://ria.ru/?ref=x&z=1&y',
  ])('agrees on %j', (url) => {
    expect(comparable(normalizeUrl(url, ours) ?? '')).toEqual(comparable(theirNormalizeUrl(url, theirs)));
  });
});
