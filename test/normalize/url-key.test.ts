import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeUrl } from '../../src/normalize/normalize-url.js';
import { urlKey } from '../../src/normalize/url-key.js';
import { sourceFromUrl } from '../../src/normalize/source.js';

const webUrls = fc.webUrl({
  withQueryParameters: true,
  withFragments: true,
  authoritySettings: { withIPv4: true, withIPv6: true, withIPv4Extended: true, withUserInfo: true, withPort: true },
});

/** Two spellings of one generated page: scheme, `www.`, slash, query order, fragment, trackers. */
const samePageTwice = fc
  .tuple(
    fc.domain().filter((domain) => !domain.startsWith('www.')),
    fc.array(fc.stringMatching(/^[\w.~-]{1,8}$/), { maxLength: 3 }),
    fc.uniqueArray(fc.tuple(fc.stringMatching(/^[a-z]{1,4}$/), fc.stringMatching(/^\w{0,4}$/)), {
      selector: ([name]) => name,
      maxLength: 4,
    }),
    fc.constantFrom('http', 'https', 'HTTP'),
    fc.boolean(),
    fc.boolean(),
    fc.string({ maxLength: 5 }),
  )
  .map(([domain, segments, params, scheme, www, slash, fragment]) => {
    const path = segments.map((s) => `/${s}`).join('');
    const query = params.map(([name, value]) => `${name}=${value}`);
    const plain = `https://${domain}${path}${query.length > 0 ? `?${query.join('&')}` : ''}`;
    const dressed =
      `${scheme}://${www ? 'www.' : ''}${domain.toUpperCase()}${path}${slash ? '/' : ''}` +
      `?${['utm_source=feed', ...[...query].reverse()].join('&')}#${encodeURIComponent(fragment)}`;
    return [plain, dressed] as const;
  });

describe('urlKey', () => {
  it.each([
    ['http://www.ria.ru/a/?b=2&a=1#x', 'https://ria.ru/a?a=1&b=2'],
    ['https://ria.ru/a?a=1&b=2', 'https://ria.ru/a?a=1&b=2'],
    ['HTTPS://WWW.RIA.RU/', 'https://ria.ru'],
    ['https://ria.ru', 'https://ria.ru'],
    ['http://ria.ru/', 'https://ria.ru'],
    ['https://ria.ru/?b=1', 'https://ria.ru?b=1'],
    ['https://ria.ru:443/a', 'https://ria.ru/a'],
    ['http://ria.ru:443/a', 'https://ria.ru/a'],
    ['http://ria.ru:8080/a/', 'https://ria.ru:8080/a'],
    ['https://u:p@www.ria.ru/a', 'https://ria.ru/a'],
    ['https://ria.ru/a///', 'https://ria.ru/a'],
    ['https://ria.ru/a//b', 'https://ria.ru/a//b'],
    ['https://ria.ru/A', 'https://ria.ru/A'],
    ['https://ria.ru/a?utm_source=x&fbclid=y', 'https://ria.ru/a'],
    ['https://ria.ru/a?b=2&a=1&a=0', 'https://ria.ru/a?a=1&a=0&b=2'],
    ['https://ria.ru/a?q=%2f&r=%7e', 'https://ria.ru/a?q=%2F&r=~'],
    ['https://ria.ru/%7Ea/%41%2d%5F%2E', 'https://ria.ru/~a/A-_.'],
    ['https://ria.ru/%d1%81%D1%88%d0%b0', 'https://ria.ru/%D1%81%D1%88%D0%B0'],
    ['https://ria.ru/сша', 'https://ria.ru/%D1%81%D1%88%D0%B0'],
    ['https://www.пример.рф/', 'https://xn--e1afmkfd.xn--p1ai'],
    ['https://www.com/', 'https://www.com'],
    ['https://m.ria.ru/a', 'https://m.ria.ru/a'],
    ['https://ria.ru/20211102/talks-1234500100.html', 'https://ria.ru/20211102/talks-1234500100.html'],
    [
      'http://www.sputniknews.com/us-elections-2020/202011041080990001-tram-depot/?utm_medium=rss#comments',
      'https://sputniknews.com/us-elections-2020/202011041080990001-tram-depot',
    ],
  ])('%j → %j', (input, expected) => {
    expect(urlKey(input)).toBe(expected);
  });

  it.each(['', 'ria.ru/a', 'javascript:alert(1)', 'data:,x', 'mailto:a@ria.ru', 'https://ria.ru/a b', 'https://', 'ftp://ria.ru/'])(
    'rejects %j',
    (input) => {
      expect(urlKey(input)).toBeNull();
    },
  );

  it('throws TypeError on non-strings', () => {
    for (const bad of [undefined, null, 1, {}]) {
      expect(() => urlKey(bad as unknown as string)).toThrow(TypeError);
    }
  });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        urlKey(text);
        urlKey(`https://ria.ru/${text}`);
      }),
    );
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(webUrls, (url) => {
        const key = urlKey(url);
        expect(key).not.toBeNull();
        expect(urlKey(key ?? '')).toBe(key);
      }),
    );
  });

  it('gives a normalised URL the same key as the URL itself', () => {
    fc.assert(
      fc.property(webUrls, (url) => {
        expect(urlKey(normalizeUrl(url) ?? '')).toBe(urlKey(url));
      }),
    );
  });

  it('gives two spellings of the same page the same key', () => {
    fc.assert(
      fc.property(samePageTwice, ([plain, dressed]) => {
        expect(urlKey(dressed)).toBe(urlKey(plain));
      }),
    );
  });

  it('always produces an https URL without fragment, www or trailing slash', () => {
    fc.assert(
      fc.property(webUrls, (url) => {
        const key = urlKey(url) ?? '';
        const parsed = new URL(key);
        expect(parsed.protocol).toBe('https:');
        expect(key).not.toContain('#');
        expect(parsed.pathname === '/' || !parsed.pathname.endsWith('/')).toBe(true);
        expect(key).not.toMatch(/^https:\/\/[^/?]*\/(?:\?|$)/);
      }),
    );
  });
});

describe('one www. rule for urlKey, normalizeUrl and sourceFromUrl', () => {
  it.each([
    ['https://www.ria.ru/a', 'ria.ru'],
    ['https://www.www.ria.ru/a', 'www.www.ria.ru'],
    ['https://www.com/a', 'www.com'],
    ['https://wwwria.ru/a', 'wwwria.ru'],
  ])('%s has the host %s in all three', (url, host) => {
    expect(new URL(urlKey(url) ?? '').host).toBe(host);
    expect(new URL(normalizeUrl(url, { stripWWW: true }) ?? '').host).toBe(host);
    expect(sourceFromUrl(url)?.host).toBe(host);
  });
});
