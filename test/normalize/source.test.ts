import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isValidDay } from '../../src/internal/calendar.js';
import { agencyOfHost } from '../../src/internal/hosts.js';
import { sourceFromUrl } from '../../src/normalize/source.js';

/** The path facts of a `Source`, as plain strings for writing tables. */
interface PathFacts {
  readonly articleId: string | null;
  readonly urlDate: string | null;
  readonly slug: string | null;
}

const none: PathFacts = { articleId: null, urlDate: null, slug: null };

describe('sourceFromUrl: path shapes', () => {
  it.each<[string, PathFacts]>([
    // RIA Novosti and current Sputnik: /YYYYMMDD/<slug>-<id>.html
    ['https://ria.ru/20211102/talks-1234500100.html', { urlDate: '2021-11-02', articleId: '1234500100', slug: 'talks' }],
    ['https://ria.ru/20211021/vyhodnye_dni-1234500101.html', { urlDate: '2021-10-21', articleId: '1234500101', slug: 'vyhodnye_dni' }],
    [
      'https://mundo.sputniknews.com/20220116/nuevo-puente-sobre-el-rio-1234500102.html',
      { urlDate: '2022-01-16', articleId: '1234500102', slug: 'nuevo-puente-sobre-el-rio' },
    ],
    ['https://sputnikglobe.com/20240509/1234500103.html', { urlDate: '2024-05-09', articleId: '1234500103', slug: null }],
    [
      'https://sputnikglobe.com/20240509/full-video-the-harbour-festival-parade--1234500104.html',
      { urlDate: '2024-05-09', articleId: '1234500104', slug: 'full-video-the-harbour-festival-parade' },
    ],
    // Ids of eight digits on the Italian edition.
    ['https://it.sputniknews.com/20211201/nuovo-ponte-sul-fiume-12345105.html', { urlDate: '2021-12-01', articleId: '12345105', slug: 'nuovo-ponte-sul-fiume' }],
    // Old Sputnik: the day glued to the front of the id, the slug after it.
    [
      'https://sputniknews.com/us-elections-2020/202011041080990001-new-tram-depot-opens-on-the-left-bank/',
      { urlDate: '2020-11-04', articleId: '1080990001', slug: 'new-tram-depot-opens-on-the-left-bank' },
    ],
    ['https://sputniknews.com/world/201912311077801234-new-year/', { urlDate: '2019-12-31', articleId: '1077801234', slug: 'new-year' }],
    // TASS and Interfax: /<section>/<id>
    ['https://tass.com/politics/1357285', { ...none, articleId: '1357285' }],
    ['https://tass.ru/politika/12812345', { ...none, articleId: '12812345' }],
    ['https://www.interfax.ru/world/806005', { ...none, articleId: '806005' }],
    ['https://www.interfax.ru/world/806005/', { ...none, articleId: '806005' }],
    // Leading id with a slug after it.
    ['https://example.com/news/1234567-some-story', { ...none, articleId: '1234567', slug: 'some-story' }],
    // Other date spellings.
    ['https://example.com/2021/11/02/some-story/', { ...none, urlDate: '2021-11-02' }],
    ['https://example.com/2021/11/02/some-story-7654321.html', { urlDate: '2021-11-02', articleId: '7654321', slug: 'some-story' }],
    ['https://example.com/news/2021-11-02/story', { ...none, urlDate: '2021-11-02' }],
    ['https://example.com/20240229/x-123456.html', { urlDate: '2024-02-29', articleId: '123456', slug: 'x' }],
    ['https://ria.ru/20211102/', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/20211102', { ...none, urlDate: '2021-11-02' }],
    // Dates that are no real day.
    ['https://ria.ru/20211332/talks-1234500100.html', { urlDate: null, articleId: '1234500100', slug: 'talks' }],
    ['https://ria.ru/20230229/talks-1234500100.html', { urlDate: null, articleId: '1234500100', slug: 'talks' }],
    ['https://example.com/2021/13/02/story', none],
    ['https://example.com/2021-02-30/story', none],
    ['https://ria.ru/10000101/talks-1234500100.html', { urlDate: null, articleId: '1234500100', slug: 'talks' }],
    // An eight-digit last segment that is no date is an id.
    ['https://it.sputniknews.com/politica/12345105', { ...none, articleId: '12345105' }],
    // Fourteen or more digits without a plausible day in front stay one id.
    ['https://example.com/p/14571234567890123-story', { ...none, articleId: '14571234567890123', slug: 'story' }],
    // Numbers too short to be ids.
    ['https://example.com/20211102/covid-19.html', { ...none, urlDate: '2021-11-02' }],
    ['https://example.com/news/12345', none],
    ['https://example.com/page2', none],
    ['https://example.com/article123456', none],
    // Extensions and encodings.
    ['https://ria.ru/20211102/talks-1234500100.shtml', { urlDate: '2021-11-02', articleId: '1234500100', slug: 'talks' }],
    ['https://example.com/a/story-1234567.php?id=9#top', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/20211102/%D1%81%D1%88%D0%B0-1234500100.html', { urlDate: '2021-11-02', articleId: '1234500100', slug: 'сша' }],
    ['https://ria.ru/20211102/сша-1234500100.html', { urlDate: '2021-11-02', articleId: '1234500100', slug: 'сша' }],
    ['https://example.com/a/%E0%A4-1234567', { ...none, articleId: '1234567', slug: '%E0%A4' }],
    // No path information.
    ['https://ria.ru', none],
    ['https://ria.ru/', none],
    ['https://ria.ru/?id=1234500100', none],
    ['https://ria.ru/#20211102', none],
    ['https://tass.com/politics', none],
    ['https://ria.ru/politics/', none],
  ])('%j', (url, facts) => {
    const source = sourceFromUrl(url);
    expect(source).not.toBeNull();
    expect({ articleId: source?.articleId, urlDate: source?.urlDate, slug: source?.slug }).toEqual(facts);
  });
});

describe('sourceFromUrl: host and agency', () => {
  it.each<[string, string, string | null]>([
    ['https://ria.ru/20211102/talks-1234500100.html', 'ria.ru', 'RIA Novosti'],
    ['https://WWW.RIA.RU/a', 'ria.ru', 'RIA Novosti'],
    ['https://m.ria.ru/a', 'm.ria.ru', 'RIA Novosti'],
    ['https://sputniknews.com/a', 'sputniknews.com', 'Sputnik'],
    ['https://mundo.sputniknews.com/a', 'mundo.sputniknews.com', 'Sputnik'],
    ['https://it.sputniknews.com/a', 'it.sputniknews.com', 'Sputnik'],
    ['https://sputnikglobe.com/a', 'sputnikglobe.com', 'Sputnik'],
    ['https://sputniknews.ru/a', 'sputniknews.ru', 'Sputnik'],
    ['https://tass.ru/a', 'tass.ru', 'TASS'],
    ['https://tass.com/politics/1357285', 'tass.com', 'TASS'],
    ['https://www.interfax.ru/world/806005', 'interfax.ru', 'Interfax'],
    ['https://interfax.com/a', 'interfax.com', 'Interfax'],
    ['https://russian.rt.com/a', 'russian.rt.com', 'RT'],
    ['https://www.rbc.ru/a', 'rbc.ru', 'RBC'],
    ['https://www.reuters.com/world/', 'reuters.com', 'Reuters'],
    ['https://apnews.com/article/x', 'apnews.com', 'AP'],
    ['https://www.bbc.com/news/x', 'bbc.com', 'BBC'],
    ['https://www.bbc.co.uk/news/x', 'bbc.co.uk', 'BBC'],
    ['https://www.urdupoint.com/en/world/x.html', 'urdupoint.com', 'UrduPoint'],
    ['https://UrduPoint.com/en', 'urdupoint.com', 'UrduPoint'],
    ['https://armenpress.am/eng/news/1234567', 'armenpress.am', 'ARMENPRESS'],
    ['https://www.lapresse.it/x', 'lapresse.it', 'LaPresse'],
    ['https://www.kommersant.ru/doc/5063441', 'kommersant.ru', 'Kommersant'],
    ['https://iz.ru/1245678/x', 'iz.ru', 'Izvestia'],
    ['https://ura.news/news/1052512345', 'ura.news', 'URA.RU'],
    // Look-alikes are not the agency.
    ['https://interfax.com.ua/news/1', 'interfax.com.ua', null],
    ['https://myria.ru/a', 'myria.ru', null],
    ['https://ria.ru.example.com/a', 'ria.ru.example.com', null],
    ['https://fakesputniknews.com/a', 'fakesputniknews.com', null],
    ['https://example.com/a', 'example.com', null],
    // Host spellings.
    ['https://пример.рф/', 'xn--e1afmkfd.xn--p1ai', null],
    ['https://www.com/', 'www.com', null],
    ['https://www.localhost/', 'www.localhost', null],
    ['http://127.0.0.1:8080/a-1234567', '127.0.0.1', null],
  ])('%j → %j, %j', (url, host, agency) => {
    const source = sourceFromUrl(url);
    expect(source?.host).toBe(host);
    expect(source?.agency).toBe(agency);
  });

  it('reads a whole source', () => {
    expect(sourceFromUrl('  https://www.ria.ru/20211102/talks-1234500100.html?utm_source=x#y  ')).toEqual({
      host: 'ria.ru',
      agency: 'RIA Novosti',
      articleId: '1234500100',
      urlDate: '2021-11-02',
      slug: 'talks',
    });
  });

  it('finds agencies through the host table alone', () => {
    expect(agencyOfHost('fr.sputniknews.com')).toBe('Sputnik');
    expect(agencyOfHost('sputniknews.com.example')).toBeNull();
    expect(agencyOfHost('')).toBeNull();
  });
});

describe('sourceFromUrl: rejects', () => {
  it.each([
    '',
    '   ',
    'ria.ru/20211102/talks-1234500100.html',
    '/20211102/talks-1234500100.html',
    'javascript:alert(1)',
    'data:text/plain,20211102',
    'file:///20211102/talks-1234500100.html',
    'mailto:desk@ria.ru',
    'ftp://ria.ru/20211102/talks-1234500100.html',
    'https://ria.ru/20211102/ssha 1234500100.html',
    'https://',
    'UrduPoint.com',
  ])('%j → null', (input) => {
    expect(sourceFromUrl(input)).toBeNull();
  });

  it('throws TypeError on non-strings', () => {
    for (const bad of [undefined, null, 20211102, new URL('https://ria.ru/')]) {
      expect(() => sourceFromUrl(bad as unknown as string)).toThrow(TypeError);
    }
  });
});

describe('sourceFromUrl: properties', () => {
  const webUrls = fc.webUrl({
    withQueryParameters: true,
    withFragments: true,
    authoritySettings: { withIPv4: true, withIPv6: true, withUserInfo: true, withPort: true },
  });

  /** Paths shaped like the agencies' own, with random days, ids and slugs. */
  const agencyUrls = fc
    .tuple(
      fc.constantFrom('https://ria.ru', 'https://sputnikglobe.com', 'https://example.com/news'),
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 0, max: 19 }),
      fc.integer({ min: 0, max: 39 }),
      fc.stringMatching(/^[a-z](?:[\w-]{0,19}[\da-z])?$/),
      fc.stringMatching(/^[1-9]\d{5,11}$/),
    )
    .map(([base, year, month, day, slug, id]) => {
      const ymd = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
      return { url: `${base}/${ymd}/${slug}-${id}.html`, year, month, day, slug, id };
    });

  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        sourceFromUrl(text);
        sourceFromUrl(`https://ria.ru/${text}`);
        sourceFromUrl(`https://ria.ru/20211102/${text}`);
      }),
    );
  });

  it('never throws on generated URLs, and the host is always set', () => {
    fc.assert(
      fc.property(webUrls, (url) => {
        const source = sourceFromUrl(url);
        expect(source?.host).toMatch(/^[^A-Z]+$/);
      }),
    );
  });

  it('reads every agency-shaped path by position', () => {
    fc.assert(
      fc.property(agencyUrls, ({ url, year, month, day, slug, id }) => {
        const source = sourceFromUrl(url);
        expect(source?.articleId).toBe(id);
        expect(source?.slug).toBe(slug);
        const real = isValidDay(year, month, day) && year >= 1900 && year <= 2099;
        expect(source?.urlDate).toBe(
          real ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
        );
      }),
    );
  });
});
