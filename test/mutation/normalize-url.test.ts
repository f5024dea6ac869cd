/**
 * `normalizeUrl` at the edges its first mutation run found untested: the host length
 * limits (written and parsed), the authority and credential bounds, the option checks,
 * sticky and global patterns, query names that do not decode, directory indexes, the
 * canonical fast path answering for every character it accepts, and the escape casing.
 */
import { describe, expect, it } from 'vitest';
import {
  authorityEnd,
  canonicalUrlParts,
  checkUrlOptions,
  credentialsSpan,
  normalizeUrl,
  parsedUrlParts,
  rewriteQuery,
  rewriteQueryInFull,
  TRACKING_PARAMETERS,
  type NormalizeUrlOptions,
} from '../../src/normalize/normalize-url.js';

const NONE = checkUrlOptions({});

describe('normalizeUrl: host length', () => {
  /** A host name of `n` characters (`aaa…a.ru`). */
  const hostOf = (n: number): string => `${'a'.repeat(n - 3)}.ru`;

  it('takes a host of 253 characters, refuses one of 254', () => {
    expect(normalizeUrl(`https://${hostOf(253)}/`)).toBe(`https://${hostOf(253)}/`);
    expect(normalizeUrl(`https://${hostOf(254)}/`)).toBeNull();
    expect(normalizeUrl(`https://${hostOf(254)}/`, { stripWWW: true })).toBeNull();
  });

  it('counts neither the port nor one trailing dot', () => {
    expect(normalizeUrl(`https://${hostOf(253)}:8080/a`)).toBe(`https://${hostOf(253)}:8080/a`);
    expect(normalizeUrl(`https://${hostOf(253)}./a`)).toBe(`https://${hostOf(253)}./a`);
    expect(normalizeUrl(`https://${hostOf(253)}.:8080/a`)).toBe(`https://${hostOf(253)}.:8080/a`);
    expect(normalizeUrl(`https://${hostOf(254)}:8080/a`)).toBeNull();
    expect(normalizeUrl(`https://${hostOf(254)}./a`)).toBeNull();
  });

  it('counts an escaped host as the parser reads it, up to three characters an escape and a port', () => {
    // 250 escaped letters and `.ru`: 753 written characters, 253 parsed.
    const escaped = `${'%61'.repeat(250)}.ru`;
    const parsed = `${'a'.repeat(250)}.ru`;
    expect(normalizeUrl(`https://${escaped}/a`)).toBe(`https://${parsed}/a`);
    // 765 written characters with the port: still parsed; 766: refused unparsed.
    expect(normalizeUrl(`https://${escaped}:00000008080/a`)).toBe(`https://${parsed}:8080/a`);
    expect(normalizeUrl(`https://${escaped}:000000008080/a`)).toBeNull();
  });

  it('does not count the credentials as host', () => {
    // 765 written host characters after a user name: still parsed.
    expect(normalizeUrl(`https://u@${'%61'.repeat(250)}.ru:00000008080/a`)).toBe(`https://${'a'.repeat(250)}.ru:8080/a`);
    // An @ just past the authority is no credential: the host is still too long to parse.
    expect(normalizeUrl(`https://${'%61'.repeat(250)}.ru:000000008080/@`)).toBeNull();
    expect(normalizeUrl(`https://${'u'.repeat(800)}@ria.ru/a`)).toBe('https://ria.ru/a');
    expect(normalizeUrl(`https://${'u'.repeat(400)}:${'p'.repeat(400)}@ria.ru/a`)).toBe('https://ria.ru/a');
    // What follows the authority does not count either.
    expect(normalizeUrl(`https://ria.ru/${'a'.repeat(800)}`)).toBe(`https://ria.ru/${'a'.repeat(800)}`);
    expect(normalizeUrl(`https://ria.ru?${'a'.repeat(800)}`)).toBe(`https://ria.ru/?${'a'.repeat(800)}`);
    expect(normalizeUrl(`https://ria.ru#${'a'.repeat(800)}`)).toBe('https://ria.ru/');
    expect(normalizeUrl(`https://ria.ru\\${'a'.repeat(800)}`)).toBe(`https://ria.ru/${'a'.repeat(800)}`);
  });

  it('reads the host after the last @ of the authority only', () => {
    expect(normalizeUrl(`https://ria.ru/${'a'.repeat(800)}@b`)).toBe(`https://ria.ru/${'a'.repeat(800)}@b`);
  });
});

describe('authorityEnd and credentialsSpan', () => {
  it.each<[string, number]>([
    ['https://ria.ru/a', 14],
    ['https://ria.ru\\a', 14],
    ['https://ria.ru?a', 14],
    ['https://ria.ru#a', 14],
    ['https://ria.ru', 14],
    ['http://ria.ru/a', 13],
    ['https://u:p@ria.ru:8080/a?b#c', 23],
  ])('%j ends its authority at %i', (text, end) => {
    expect(authorityEnd(text)).toBe(end);
  });

  it.each<[string, readonly [number, number] | null]>([
    ['https://u:p@ria.ru/a', [8, 12]],
    ['http://u@ria.ru/a', [7, 9]],
    ['https://@ria.ru/a', [8, 9]],
    ['https://ria.ru@evil.example/a', [8, 15]],
    ['https://a@b@ria.ru/', [8, 12]],
    ['https://ria.ru/a@b', null],
    ['https://ria.ru?a@b', null],
    ['https://ria.ru#a@b', null],
    ['https://ria.ru\\a@b', null],
    ['https://ria.ru', null],
  ])('%j has credentials %j', (text, span) => {
    expect(credentialsSpan(text)).toEqual(span);
  });
});

describe('normalizeUrl: option checks', () => {
  it.each([
    'stripWWW',
    'removeTrailingSlash',
    'sortQueryParameters',
    'forceHttps',
    'stripHash',
    'stripAuthentication',
    'removeExplicitPort',
  ])('%s must be a boolean', (name) => {
    expect(() => normalizeUrl('https://ria.ru/', { [name]: 'yes' } as NormalizeUrlOptions)).toThrow(TypeError);
    expect(normalizeUrl('https://ria.ru/', { [name]: false } as NormalizeUrlOptions)).toBe('https://ria.ru/');
  });

  it.each(['removeQueryParameters', 'removeDirectoryIndex'])('%s must be a boolean or a list of patterns', (name) => {
    expect(() => normalizeUrl('https://ria.ru/', { [name]: 'a' } as NormalizeUrlOptions)).toThrow(TypeError);
    expect(() => normalizeUrl('https://ria.ru/', { [name]: [1] } as unknown as NormalizeUrlOptions)).toThrow(TypeError);
    expect(normalizeUrl('https://ria.ru/', { [name]: ['a', /b/] } as NormalizeUrlOptions)).toBe('https://ria.ru/');
  });

  it('refuses an unknown option and options that are not an object', () => {
    expect(() => normalizeUrl('https://ria.ru/', { stripwww: true } as unknown as NormalizeUrlOptions)).toThrow(TypeError);
    expect(() => normalizeUrl('https://ria.ru/', 'stripWWW' as unknown as NormalizeUrlOptions)).toThrow(TypeError);
  });

  it('reads no options and an empty object the same way', () => {
    for (const url of ['HTTP://WWW.Ria.ru:80/a/index.html?b=2&a=1&utm_source=x#top', 'https://u:p@ria.ru/a/']) {
      expect(normalizeUrl(url, {})).toBe(normalizeUrl(url));
      expect(normalizeUrl(url, undefined)).toBe(normalizeUrl(url));
    }
    expect(normalizeUrl('HTTP://WWW.Ria.ru:80/a/index.html?b=2&a=1&utm_source=x#top')).toBe('http://www.ria.ru/a/index.html?b=2&a=1');
  });
});

describe('normalizeUrl: query parameters', () => {
  it('removes every match of a sticky or global pattern, and leaves its lastIndex alone', () => {
    for (const pattern of [/ref/y, /ref/g, /ref/gy]) {
      expect(normalizeUrl('https://ria.ru/a?ref=1&ref=2&x=3&ref', { removeQueryParameters: [pattern] }), String(pattern)).toBe('https://ria.ru/a?x=3');
      expect(pattern.lastIndex).toBe(0);
    }
    // A sticky pattern matches at the start of the name only.
    expect(normalizeUrl('https://ria.ru/a?xref=1&ref=2', { removeQueryParameters: [/ref/y] })).toBe('https://ria.ru/a?xref=1');
    expect(normalizeUrl('https://ria.ru/a?xref=1&ref=2', { removeQueryParameters: [/ref/g] })).toBe('https://ria.ru/a');
    // A plain pattern matches anywhere in the name.
    expect(normalizeUrl('https://ria.ru/a?xref=1&b=2', { removeQueryParameters: [/ref/] })).toBe('https://ria.ru/a?b=2');
  });

  it('removes utm_ names only at the start of the name', () => {
    expect(normalizeUrl('https://ria.ru/a?xutm_a=1&utm_b=2')).toBe('https://ria.ru/a?xutm_a=1');
  });

  it('matches a string exactly, against the whole name', () => {
    expect(normalizeUrl('https://ria.ru/a?ref=1&refs=2&xref=3&ref', { removeQueryParameters: ['ref'] })).toBe('https://ria.ru/a?refs=2&xref=3');
    expect(normalizeUrl('https://ria.ru/a?ref=1&b=2', { removeQueryParameters: ['b', 'ref'] })).toBe('https://ria.ru/a');
  });

  it('reads a name that does not decode as written', () => {
    expect(normalizeUrl('https://ria.ru/a?a%zz=1&b=2', { removeQueryParameters: ['a%zz'] })).toBe('https://ria.ru/a?b=2');
    expect(normalizeUrl('https://ria.ru/a?a%E0%A4=1&b=2', { removeQueryParameters: ['a%E0%A4'] })).toBe('https://ria.ru/a?b=2');
    expect(normalizeUrl('https://ria.ru/a?a+%zz=1&b=2', { removeQueryParameters: ['a %zz'] })).toBe('https://ria.ru/a?b=2');
    expect(normalizeUrl('https://ria.ru/a?%zz=1&b=2&%7A=3', { sortQueryParameters: true })).toBe('https://ria.ru/a?%zz=1&b=2&%7A=3');
  });

  it('decodes the name only, up to its first =', () => {
    expect(normalizeUrl('https://ria.ru/a?r%65f=x%3D1&b=2', { removeQueryParameters: ['ref'] })).toBe('https://ria.ru/a?b=2');
    expect(normalizeUrl('https://ria.ru/a?ref=a=b&b=2', { removeQueryParameters: ['ref'] })).toBe('https://ria.ru/a?b=2');
    expect(normalizeUrl('https://ria.ru/a?b=ref&ref', { removeQueryParameters: ['ref'] })).toBe('https://ria.ru/a?b=ref');
    expect(normalizeUrl('https://ria.ru/a?b=%zz&c+d=1', { removeQueryParameters: ['c d'] })).toBe('https://ria.ru/a?b=%zz');
    expect(normalizeUrl('https://ria.ru/a?b=+&ref=1', { removeQueryParameters: ['ref'] })).toBe('https://ria.ru/a?b=+');
  });

  it('sorts by decoded name, stably, and removes while sorting', () => {
    expect(normalizeUrl('https://ria.ru/?c=1&a=2&b=3&a=1', { sortQueryParameters: true })).toBe('https://ria.ru/?a=2&a=1&b=3&c=1');
    expect(normalizeUrl('https://ria.ru/?c=1&b=2&a=3', { sortQueryParameters: true })).toBe('https://ria.ru/?a=3&b=2&c=1');
    expect(normalizeUrl('https://ria.ru/?b=1&utm_source=x&a=2', { sortQueryParameters: true })).toBe('https://ria.ru/?a=2&b=1');
    expect(normalizeUrl('https://ria.ru/?b=1&fbclid=x&a=2', { sortQueryParameters: true, removeQueryParameters: false })).toBe('https://ria.ru/?a=2&b=1&fbclid=x');
    expect(normalizeUrl('https://ria.ru/?b=1&a=2', { sortQueryParameters: true, removeQueryParameters: true })).toBe('https://ria.ru/');
    expect(normalizeUrl('https://ria.ru/?utm_source=x', { sortQueryParameters: true })).toBe('https://ria.ru/');
  });

  it('finds a listed name in any piece of a query without escapes', () => {
    for (const [query, kept] of [
      ['?fbclid', ''],
      ['?a&fbclid', '?a'],
      ['?a=1&fbclid', '?a=1'],
      ['?fbclid&a=1', '?a=1'],
      ['?a&b&fbclid=1', '?a&b'],
      ['?a=1&b&fbclid', '?a=1&b'],
      ['?a=fbclid&b=1', '?a=fbclid&b=1'],
      ['?a=1=fbclid&b', '?a=1=fbclid&b'],
      ['?afbclid&b', '?afbclid&b'],
      ['?&&fbclid=&&', '?&&&'],
    ] as const) {
      expect(rewriteQuery(query, TRACKING_PARAMETERS, false), query).toBe(kept);
      expect(rewriteQueryInFull(query, TRACKING_PARAMETERS, false), query).toBe(kept);
    }
  });

  it('gives an empty query as nothing', () => {
    expect(rewriteQuery('', TRACKING_PARAMETERS, false)).toBe('');
    expect(rewriteQuery('?', false, false)).toBe('');
    expect(rewriteQuery('?', TRACKING_PARAMETERS, false)).toBe('');
    expect(rewriteQueryInFull('', false, true)).toBe('');
    expect(rewriteQueryInFull('?a=1', true, false)).toBe('');
    expect(rewriteQuery('?a=1', true, false)).toBe('');
    expect(rewriteQuery('?a=1', false, false)).toBe('?a=1');
  });
});

describe('normalizeUrl: directory index', () => {
  it.each<[string, boolean | ReadonlyArray<string | RegExp>, string]>([
    ['https://ria.ru/a/index.htm', true, 'https://ria.ru/a/'],
    ['https://ria.ru/a/index.', true, 'https://ria.ru/a/index.'],
    ['https://ria.ru/a/indexhtml', true, 'https://ria.ru/a/indexhtml'],
    ['https://ria.ru/a/index.HTML', true, 'https://ria.ru/a/index.HTML'],
    ['https://ria.ru/a/index.h1', true, 'https://ria.ru/a/index.h1'],
    ['https://ria.ru/index.html', true, 'https://ria.ru/'],
    ['https://ria.ru/a/', true, 'https://ria.ru/a/'],
    ['https://ria.ru/a/index.html', false, 'https://ria.ru/a/index.html'],
    ['https://ria.ru/a/index.html', [], 'https://ria.ru/a/index.html'],
    ['https://ria.ru/a/home.html', [/^home\./], 'https://ria.ru/a/'],
    ['https://ria.ru/a/default.aspx', ['default.asp'], 'https://ria.ru/a/default.aspx'],
    ['https://ria.ru/a/', [''], 'https://ria.ru/a/'],
    ['https://ria.ru/a/', [/^/], 'https://ria.ru/a/'],
  ])('%j with %j → %j', (input, removeDirectoryIndex, expected) => {
    expect(normalizeUrl(input, { removeDirectoryIndex })).toBe(expected);
  });

  it('applies index and trailing slash until nothing changes', () => {
    expect(normalizeUrl('https://ria.ru/a/index.html/', { removeDirectoryIndex: true, removeTrailingSlash: true })).toBe('https://ria.ru/a');
    expect(normalizeUrl('https://ria.ru/a/index.html/', { removeDirectoryIndex: true })).toBe('https://ria.ru/a/index.html/');
    expect(normalizeUrl('https://ria.ru/a//', { removeTrailingSlash: true })).toBe('https://ria.ru/a');
    expect(normalizeUrl('https://ria.ru//', { removeTrailingSlash: true })).toBe('https://ria.ru');
  });
});

describe('normalizeUrl: scheme, port and credentials', () => {
  it.each<[string, NormalizeUrlOptions, string | null]>([
    ['HTTP://RIA.RU:443/a', { forceHttps: true }, 'https://ria.ru/a'],
    ['http://ria.ru:80/a', { forceHttps: true }, 'https://ria.ru/a'],
    ['http://ria.ru:8443/a', { forceHttps: true }, 'https://ria.ru:8443/a'],
    ['http://ria.ru:443/a', { removeExplicitPort: true }, 'http://ria.ru/a'],
    ['HTTPS://RIA.RU:80/a', {}, 'https://ria.ru:80/a'],
    ['HTTPS://RIA.RU:0443/a', {}, 'https://ria.ru/a'],
    ['http://RIA.ru:080/a', {}, 'http://ria.ru/a'],
    ['http://RIA.ru:0/a', {}, 'http://ria.ru:0/a'],
    ['http://RIA.ru:65535/a', {}, 'http://ria.ru:65535/a'],
    ['http://RIA.ru:65536/a', {}, null],
    ['https://ria.ru:8443/a', { removeExplicitPort: true, forceHttps: true }, 'https://ria.ru/a'],
    ['http://u:p@ria.ru:8080/a', { forceHttps: true, stripAuthentication: false }, 'https://u:p@ria.ru:8080/a'],
    ['http://u:p@ria.ru:8080/a', { removeExplicitPort: true }, 'http://ria.ru/a'],
    ['https://u:p@ria.ru/a', { stripAuthentication: true }, 'https://ria.ru/a'],
    ['https://u:p%zz@ria.ru/a', { stripAuthentication: false }, 'https://u:p%zz@ria.ru/a'],
    ['https://u:%d0%bf@ria.ru/a', { stripAuthentication: false }, 'https://u:%D0%BF@ria.ru/a'],
  ])('%j with %j → %j', (input, options, expected) => {
    expect(normalizeUrl(input, options)).toBe(expected);
  });
});

describe('normalizeUrl: fragments', () => {
  it.each<[string, NormalizeUrlOptions, string | null]>([
    ['https://ria.ru/a#x', { stripHash: true }, 'https://ria.ru/a'],
    ['https://ria.ru/a#x', { stripHash: false }, 'https://ria.ru/a#x'],
    ['https://ria.ru/a?b=1#x', { stripHash: false }, 'https://ria.ru/a?b=1#x'],
    ['https://ria.ru/a?b=1#x?y', {}, 'https://ria.ru/a?b=1'],
    ['https://ria.ru/a#x?y', {}, 'https://ria.ru/a'],
    ['https://ria.ru/a#x?y', { stripHash: false }, 'https://ria.ru/a#x?y'],
    ['https://ria.ru/a?#x', {}, 'https://ria.ru/a'],
    ['https://ria.ru/a#x y', {}, null],
    ['https://ria.ru/a#x\u200by', {}, null],
    ['https://ria.ru/a#x%zzy', {}, 'https://ria.ru/a'],
  ])('%j with %j → %j', (input, options, expected) => {
    expect(normalizeUrl(input, options)).toBe(expected);
  });
});

describe('normalizeUrl: the scheme opener', () => {
  it.each(['http:https://ria.ru/', 'http:/https://ria.ru/', 'xhttps://ria.ru/', 'https:ria.ru//a'])('%j is refused', (text) => {
    expect(normalizeUrl(text)).toBeNull();
  });
});

describe('normalizeUrl: percent escapes', () => {
  it.each([
    ['https://ria.ru/%a1%1a%aa%AA%a%zz%1', 'https://ria.ru/%A1%1A%AA%AA%a%zz%1'],
    ['https://ria.ru/%fg%gf%9f%f9', 'https://ria.ru/%fg%gf%9F%F9'],
    ['https://ria.ru/a?q=%e2%82%ac', 'https://ria.ru/a?q=%E2%82%AC'],
    ['https://ria.ru/a%b', 'https://ria.ru/a%b'],
  ])('%j → %j', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });
});

describe('the canonical fast path answers for every character it keeps', () => {
  it.each([
    'https://ria.ru/a',
    'http://ria.ru/a',
    'https://a-1.b2.ria.ru/a',
    'https://a.b.c.d.ru/a',
    'https://ria.ru/',
    'https://ria.ru/a/b/c/',
    "https://ria.ru/az_AZ09!$&'()*+,-.:;=@~%",
    'https://ria.ru/a.b/c.d/e%2E/f..',
    'https://ria.ru/a?AZaz09_!$%&()*+,-./:;=?@~',
    'https://ria.ru/a?',
    'https://ria.ru/a?b#c',
    'https://ria.ru/a#c',
    'https://ria.ru/a?b=1&c',
    'https://xn.ru/a',
    'https://ria.xn-a/a',
    'https://ria.r-u/a',
    'https://r/a',
    'https://ria.r1/a',
    'HTTPS://RIA.RU/a',
    'https://Ria.Ru:8443/a',
    'http://RIA.RU:80/a',
    'https://ria.ru:1/a',
    'https://ria.ru:65535/a',
    'https://a-b.c-d.ru:8080/',
  ])('%j', (text) => {
    for (const options of [NONE, checkUrlOptions({ forceHttps: true }), checkUrlOptions({ removeExplicitPort: true })]) {
      const fast = canonicalUrlParts(text, options);
      expect(fast).not.toBeNull();
      expect(fast).toEqual(parsedUrlParts(text, options));
    }
  });

  it.each([
    'https://ria.ru/a b',
    'https://ria.ru/a"b',
    'https://ria.ru/a{b',
    'https://ria.ru/a?b"',
    "https://ria.ru/a?b'",
    'https://ria.ru/a?b c',
    'https://ria.ru/a\\b',
    'https://ria.ru/a/./b',
    'https://ria.ru/a/%2eb',
    'https://ria.ru/a/%2Eb',
    'https://ria.ru/.a',
    'https://xn--p1ai.ru/a',
    'https://ria.xn--p1ai/a',
    'https://ria.1/a',
    'https://ria.-ru/a',
    'https://ria_ru.ru/a',
    'https://ria..ru/a',
    'https://.ria.ru/a',
    'https://ria.ru./a',
    'https://u@ria.ru/a',
    'https://ria.ru:99999/a',
    'https://ria.ru:65536/a',
    'https://ria.ru:/a',
    'https:///ria.ru/a',
    'ftp://ria.ru/a',
    'httpss://ria.ru/a',
    ' https://ria.ru/a',
    'xhttps://ria.ru/a',
    'http:https://ria.ru/',
    'https://ria.ru/a#b c',
    'HTTPS://RIA.RU/a b',
    'https://ria.ru:8080/a b',
    'https://ria.ru:8080/a/../b',
    'HTTP://RIA.RU/a?b\'',
    'https://ria.ru/a#b\u0000',
  ])('declines %j', (text) => {
    expect(canonicalUrlParts(text, NONE)).toBeNull();
  });

  it('declines a fragment it would have to keep', () => {
    expect(canonicalUrlParts('https://ria.ru/a#b', checkUrlOptions({ stripHash: false }))).toBeNull();
    // The authority is read from the start only, not from a later `http://`.
    expect(canonicalUrlParts('http://_/@http://b/x', NONE)).toBeNull();
    expect(canonicalUrlParts('https://ria.ru/a#b', checkUrlOptions({ stripHash: true }))).toEqual({
      protocol: 'https:',
      credentials: '',
      host: 'ria.ru',
      pathname: '/a',
      search: '',
      hash: '',
    });
  });

  it('splits host, path and query where they are', () => {
    expect(canonicalUrlParts('http://ria.ru/a/b?c=/d?e#f/g?h', NONE)).toEqual({
      protocol: 'http:',
      credentials: '',
      host: 'ria.ru',
      pathname: '/a/b',
      search: '?c=/d?e',
      hash: '',
    });
    expect(canonicalUrlParts('http://ria.ru/a#f?g', NONE)).toMatchObject({ pathname: '/a', search: '' });
    expect(canonicalUrlParts('http://ria.ru:8080/a?b', checkUrlOptions({ forceHttps: true }))).toMatchObject({ protocol: 'https:', host: 'ria.ru:8080', search: '?b' });
    expect(canonicalUrlParts('HTTP://RIA.RU:443/a', checkUrlOptions({ forceHttps: true }))).toMatchObject({ protocol: 'https:', host: 'ria.ru' });
    expect(canonicalUrlParts('HTTP://RIA.RU:443/a', NONE)).toMatchObject({ protocol: 'http:', host: 'ria.ru:443' });
    expect(canonicalUrlParts('HTTPS://RIA.RU:80/a', NONE)).toMatchObject({ protocol: 'https:', host: 'ria.ru:80' });
    expect(canonicalUrlParts('HTTPS://RIA.RU:443/a', NONE)).toMatchObject({ protocol: 'https:', host: 'ria.ru' });
    expect(canonicalUrlParts('https://ria.ru:0080/a', NONE)).toMatchObject({ host: 'ria.ru:80' });
  });
});

describe('parsedUrlParts', () => {
  it('keeps credentials only when asked, the user alone without a colon', () => {
    const keep = checkUrlOptions({ stripAuthentication: false });
    expect(parsedUrlParts('https://u:p@ria.ru/a', keep)).toMatchObject({ credentials: 'u:p@' });
    expect(parsedUrlParts('https://u@ria.ru/a', keep)).toMatchObject({ credentials: 'u@' });
    expect(parsedUrlParts('https://:p@ria.ru/a', keep)).toMatchObject({ credentials: ':p@' });
    expect(parsedUrlParts('https://ria.ru/a', keep)).toMatchObject({ credentials: '' });
    expect(parsedUrlParts('https://u:p@ria.ru/a', NONE)).toMatchObject({ credentials: '' });
  });

  it('refuses what the parser refuses and other schemes', () => {
    expect(parsedUrlParts('https://ria.ru:99999/', NONE)).toBeNull();
    expect(parsedUrlParts('ftp://ria.ru/', NONE)).toBeNull();
    expect(parsedUrlParts('http://ria.ru/', NONE)).toMatchObject({ protocol: 'http:' });
    expect(parsedUrlParts('https://ria.ru/', NONE)).toMatchObject({ protocol: 'https:' });
  });
});
