import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankCode, isControlCode, isFormatCode } from '../../src/internal/chars.js';
import {
  TRACKING_PARAMETERS,
  canonicalUrlParts,
  checkUrlOptions,
  hasSpaceOrControl,
  parsedUrlParts,
  rewriteQuery,
  rewriteQueryInFull,
  type CheckedUrlOptions,
  type NormalizeUrlOptions,
} from '../../src/normalize/normalize-url.js';

// Each fast path of normalizeUrl against the general path it stands in for, on inputs
// built to sit at its edges. A fast path may decline (null); where it answers, it must
// give exactly what the general path gives.

const checked = (options: NormalizeUrlOptions): CheckedUrlOptions => checkUrlOptions(options);

const optionSets = [
  {},
  { forceHttps: true },
  { stripHash: false },
  { removeExplicitPort: true },
  { forceHttps: true, removeExplicitPort: false, stripAuthentication: false },
].map(checked);

/** Host labels at the edges: punycode, numbers, IPv4 in hex, hyphens, case, empty. */
const label = fc.constantFrom('ria', 'ru', 'www', 'a', 'xn--p1ai', 'XN--P1AI', 'xn--a', '123', '0x7f', '0', '1', 'a-', '-a', 'a--b', 'RIA', 'Ru', 'é', '');
const host = fc.array(label, { minLength: 1, maxLength: 4 }).map((labels) => labels.join('.'));
const port = fc.constantFrom('', '', '', ':', ':0', ':80', ':443', ':0443', ':8080', ':08080', ':65535', ':65536', ':99999', ':1a');
/** Path and query characters: the kept ones and every kind the parser rewrites or refuses. */
const urlChar = fc.constantFrom(
  'a', 'Z', '0', '-', '.', '_', '~', '!', '$', '&', "'", '(', ')', '*', '+', ',', ';', '=', ':', '@', '%', '%2e', '%2E', '%2f', '%zz',
  '/', '?', '#', '\\', '|', '^', '`', '{', '}', '[', ']', '"', '<', '>', ' ', '\t', '\n', '\u00a0', '\u200b', 'é', 'я', '\ud800', '..', './', '/.', '/..',
);
const rest = fc.array(urlChar, { maxLength: 14 }).map((chars) => chars.join(''));
const scheme = fc.constantFrom('http://', 'https://', 'HTTP://', 'HttpS://');

/** URL-like texts that open like an http(s) URL, most of them close to canonical. */
const edgeUrls = fc.tuple(scheme, host, port, rest).map(([s, h, p, r]) => `${s}${h}${p}/${r}`);

describe('normalizeUrl fast path: canonical URLs', () => {
  it('gives the parser’s parts wherever it answers', () => {
    fc.assert(
      fc.property(edgeUrls, fc.constantFrom(...optionSets), (text, options) => {
        const fast = canonicalUrlParts(text, options);
        if (fast === null) return;
        expect(hasSpaceOrControl(text)).toBe(false);
        expect(fast).toEqual(parsedUrlParts(text, options));
      }),
      { numRuns: 5000 },
    );
  });

  it('gives the parser’s parts on generated web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl({ withQueryParameters: true, withFragments: true, authoritySettings: { withPort: true } }), fc.constantFrom(...optionSets), (text, options) => {
        const fast = canonicalUrlParts(text, options);
        if (fast !== null) expect(fast).toEqual(parsedUrlParts(text, options));
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    'https://ria.ru/20211102/harbour-1234567890.html',
    'http://www.ria.ru/a/?b=2&a=1#x',
    'https://ria.ru/a?utm_source=x&id=7',
    'https://ria.ru/%D0%BF/%d0%bf',
    'HTTPS://RIA.RU:443/a',
    'http://ria.ru:80/a',
    'https://ria.ru:08080/a',
  ])('answers for %j', (text) => {
    const fast = canonicalUrlParts(text, optionSets[0] as CheckedUrlOptions);
    expect(fast).not.toBeNull();
    expect(fast).toEqual(parsedUrlParts(text, optionSets[0] as CheckedUrlOptions));
  });

  it.each([
    'https://ria.ru',
    'https://ria.ru?a=1',
    'https://xn--e1afmkfd.xn--p1ai/',
    'https://ria.123/',
    'http://0x7f.1/',
    'https://ria.ru/a/../b',
    'https://ria.ru/%2e%2E/b',
    'https://ria.ru/a|b',
    'https://ria.ru/a?b=\'c\'',
    'https://u:p@ria.ru/',
    'https://ria.ru:99999/',
    'https://ria..ru/',
  ])('declines %j', (text) => {
    expect(canonicalUrlParts(text, optionSets[0] as CheckedUrlOptions)).toBeNull();
  });
});

describe('normalizeUrl fast path: untouched queries', () => {
  const queryChar = fc.constantFrom('a', 'b', '=', '&', '&', '%', '%5F', '+', '_', 'a+b', 'a%5F', 'utm%5Fx', 'utm_', 'UTM_', 'fbclid', 'ref', 'x', '?', '#', '');
  const query = fc.array(queryChar, { maxLength: 10 }).map((chars) => (chars.length === 0 ? '' : `?${chars.join('')}`));
  const lists = fc.constantFrom<ReadonlyArray<string | RegExp> | boolean>(TRACKING_PARAMETERS, ['ref'], [/^ref$/g], ['a b'], ['a_'], [''], [], true, false);

  it('gives the full rewrite’s query', () => {
    fc.assert(
      fc.property(query, lists, fc.boolean(), (search, remove, sort) => {
        expect(rewriteQuery(search, remove, sort)).toBe(rewriteQueryInFull(search, remove, sort));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('normalizeUrl: the blank-or-control class', () => {
  it('holds exactly the characters of isBlankCode, isControlCode and isFormatCode, and all up to U+0020', () => {
    const differ: string[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      const expected = code <= 0x20 || isControlCode(code) || isBlankCode(code) || isFormatCode(code);
      if (hasSpaceOrControl(String.fromCharCode(code)) !== expected) differ.push(code.toString(16));
    }
    expect(differ).toEqual([]);
  });
});
