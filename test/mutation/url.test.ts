/**
 * The URL stage (`src/parse/url.ts`) through `parseArticle`: where the canonical URL comes
 * from (the header, or a bare URL among the first units of the page), which page URLs it
 * passes over, how far down it looks, and the codes and places of what it reports.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

type Found = [code: string, start: number, end: number];

const URL_CODES = new Set(['HEADER_URL_INVALID', 'HEADER_URL_MISSING', 'URL_FROM_PAGE', 'PAGE_URL_REFUSED', 'URL_CREDENTIALS_REMOVED', 'FIELD_URL_REMOVED', 'INTERNAL_ERROR']);

function read(text: string): { url: string | null | undefined; urlRaw: string | null | undefined; source: unknown; found: Found[] } {
  const result = parseArticle(text);
  return {
    url: result.article?.url,
    urlRaw: result.article?.urlRaw,
    source: result.article?.source,
    found: result.diagnostics.filter((d) => URL_CODES.has(d.code)).map((d) => [d.code, d.start.offset, d.end.offset]),
  };
}

const HEAD = ' date 2021-11-02 ';
const REST = '\n\nHarbour reopens to small boats after repairs\n\nText of the article, in a sentence or two.\n';
const TAIL = '\n\nThe harbour reopened on Friday, officials said.\n';
/** A header with page text (`News`) where its URL should be, then `lines`. */
const onPage = (lines: string): string => `${HEAD}News\n${lines}${TAIL}`;
const PAGE_URL = 'https://example.com/news/harbour-1234567';

describe('the header URL', () => {
  it('is the canonical URL, with its source, and nothing is reported', () => {
    const text = `${HEAD}https://WWW.ria.ru/20211102/port-1234500100.html#top${REST}`;
    expect(read(text)).toEqual({
      url: 'https://www.ria.ru/20211102/port-1234500100.html',
      urlRaw: 'https://WWW.ria.ru/20211102/port-1234500100.html#top',
      source: { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234500100', urlDate: '2021-11-02', slug: 'port' },
      found: [],
    });
  });

  it('wins over a URL of the page', () => {
    const text = `${HEAD}https://ria.ru/20211102/port-1234500100.html\n${PAGE_URL}${REST}`;
    expect(read(text)).toMatchObject({ url: 'https://ria.ru/20211102/port-1234500100.html', found: [] });
  });

  it('refused: HEADER_URL_INVALID over the token, and the page is not searched', () => {
    const raw = 'https://ria.ru:99999/a-1234567';
    const text = `${HEAD}${raw}\n${PAGE_URL}${REST}`;
    expect(read(text)).toEqual({ url: null, urlRaw: null, source: null, found: [['HEADER_URL_INVALID', 17, 17 + raw.length]] });
  });

  it('with credentials: removed from urlRaw, reported over the user and password', () => {
    const text = `${HEAD}https://desk:pw@ria.ru/20211102/port-1234500100.html${REST}`;
    expect(read(text)).toMatchObject({
      url: 'https://ria.ru/20211102/port-1234500100.html',
      urlRaw: 'https://ria.ru/20211102/port-1234500100.html',
      found: [['URL_CREDENTIALS_REMOVED', 25, 33]],
    });
  });

  it('with a slug that holds a URL of another scheme: slug left out, FIELD_URL_REMOVED over the token', () => {
    const raw = 'https://ria.ru/20211102/javascript:alert(1)-1234500100.html';
    const text = `${HEAD}${raw}${REST}`;
    const got = read(text);
    expect(got.source).toMatchObject({ articleId: '1234500100', slug: null });
    expect(got.found).toEqual([['FIELD_URL_REMOVED', 17, 17 + raw.length]]);
  });
});

describe('a URL of the page', () => {
  it('stands in for a header without one: URL_FROM_PAGE over its line', () => {
    const text = onPage(`Harbour reopens after repairs\n${PAGE_URL}`);
    const at = text.indexOf(PAGE_URL);
    expect(read(text)).toEqual({
      url: PAGE_URL,
      urlRaw: PAGE_URL,
      source: { host: 'example.com', agency: null, articleId: '1234567', urlDate: null, slug: 'harbour' },
      found: [['URL_FROM_PAGE', at, at + PAGE_URL.length]],
    });
  });

  it('is taken for its date alone', () => {
    const url = 'https://example.com/2021/11/02/harbour/';
    const text = onPage(url);
    expect(read(text)).toMatchObject({ url, source: { articleId: null, urlDate: '2021-11-02' } });
  });

  it('is passed over when it shows neither id nor date, and the next one is taken', () => {
    const text = onPage(`https://example.com/about/\n${PAGE_URL}`);
    const at = text.indexOf(PAGE_URL);
    expect(read(text)).toMatchObject({ url: PAGE_URL, found: [['URL_FROM_PAGE', at, at + PAGE_URL.length]] });
  });

  it('is passed over when it points at an image', () => {
    const text = onPage(`https://example.com/images/harbour-1234567.jpg\n${PAGE_URL}`);
    expect(read(text).url).toBe(PAGE_URL);
  });

  it('refused: PAGE_URL_REFUSED over its line, and the next one is taken', () => {
    const bad = 'https://example.com:70000/news/harbour-7654321';
    const text = onPage(`${bad}\n${PAGE_URL}`);
    const at = text.indexOf(PAGE_URL);
    expect(read(text)).toMatchObject({
      url: PAGE_URL,
      found: [
        ['PAGE_URL_REFUSED', text.indexOf(bad), text.indexOf(bad) + bad.length],
        ['URL_FROM_PAGE', at, at + PAGE_URL.length],
      ],
    });
  });

  it('with credentials: removed from urlRaw, reported where they stand', () => {
    const raw = 'https://u:p@example.com/news/harbour-1234567';
    const text = onPage(raw);
    const at = text.indexOf(raw);
    expect(read(text)).toMatchObject({
      url: PAGE_URL,
      urlRaw: PAGE_URL,
      found: [
        ['URL_FROM_PAGE', at, at + raw.length],
        ['URL_CREDENTIALS_REMOVED', at + 8, at + 12],
      ],
    });
  });

  it('with a slug that holds a URL of another scheme: FIELD_URL_REMOVED over its line', () => {
    const raw = 'https://example.com/news/javascript:alert(1)-1234567';
    const text = onPage(raw);
    const at = text.indexOf(raw);
    const got = read(text);
    expect(got.source).toMatchObject({ articleId: '1234567', slug: null });
    expect(got.found).toEqual([
      ['URL_FROM_PAGE', at, at + raw.length],
      ['FIELD_URL_REMOVED', at, at + raw.length],
    ]);
  });

  it('is looked for in the first forty units only (the header line is the first)', () => {
    const lines = (n: number): string => Array.from({ length: n }, (_, i) => `Menu item ${i}`).join('\n');
    expect(read(onPage(`${lines(38)}\n${PAGE_URL}`)).url).toBe(PAGE_URL);
    const far = onPage(`${lines(39)}\n${PAGE_URL}`);
    expect(read(far)).toMatchObject({ url: null, found: [['HEADER_URL_MISSING', 17, 17]] });
  });

  it('is not looked for below the dateline', () => {
    const text = `${HEAD}News\nHarbour reopens after repairs\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened.\n\n${PAGE_URL}\n`;
    expect(read(text)).toMatchObject({ url: null, found: [['HEADER_URL_MISSING', 17, 17]] });
  });

  it('is not looked for without a header', () => {
    const text = `Harbour reopens after repairs\n${PAGE_URL}${TAIL}`;
    expect(read(text)).toEqual({ url: null, urlRaw: null, source: null, found: [] });
  });
});

describe('no URL at all', () => {
  it('after a date: HEADER_URL_MISSING at the end of the header tokens', () => {
    const text = ` date 2021-11-02\nHarbour reopens after repairs${TAIL}`;
    expect(read(text)).toEqual({ url: null, urlRaw: null, source: null, found: [['HEADER_URL_MISSING', 16, 16]] });
  });

  it('page text in its place: HEADER_URL_MISSING where that text starts', () => {
    const text = onPage('Harbour reopens after repairs');
    expect(read(text)).toEqual({ url: null, urlRaw: null, source: null, found: [['HEADER_URL_MISSING', 17, 17]] });
  });

  it('a short page of bare URLs none of which will do: each refused one reported, nothing taken', () => {
    const bad = 'https://example.com:70000/a';
    const text = onPage(`${bad}\nhttps://example.com/about`);
    expect(read(text)).toEqual({
      url: null,
      urlRaw: null,
      source: null,
      found: [
        ['HEADER_URL_MISSING', 17, 17],
        ['PAGE_URL_REFUSED', text.indexOf(bad), text.indexOf(bad) + bad.length],
      ],
    });
  });
});

describe('the image URL', () => {
  /** A RIA page with `line` where its image URL stands. */
  const asImage = (line: string): string =>
    `${HEAD}https://ria.ru/20211102/port-1234500100.html\n\nHarbour reopens after repairs\n\n2021-11-02T10:15\n\nharbour\n\nports\n\n/ html / head / meta[@name=”og:title”]/ @ content\n\n${line}\n\nMOSCOW, November 2 – RIA Novosti. The harbour reopened.\n`;

  it('is normalised, its credentials reported where they stand', () => {
    const raw = 'https://cdn:key@cdnn21.img.ria.ru/images/a_1920x0.jpg';
    const text = asImage(raw);
    const result = parseArticle(text);
    expect(result.article?.image).toBe('https://cdnn21.img.ria.ru/images/a_1920x0.jpg');
    const at = text.indexOf(raw);
    expect(read(text).found).toEqual([['URL_CREDENTIALS_REMOVED', at + 8, at + 16]]);
  });

  it('without credentials: nothing reported', () => {
    const text = asImage('https://cdnn21.img.ria.ru/images/a_1920x0.jpg');
    expect(parseArticle(text).article?.image).toBe('https://cdnn21.img.ria.ru/images/a_1920x0.jpg');
    expect(read(text).found).toEqual([]);
  });

  it('refused: PAGE_URL_REFUSED over its line, no image', () => {
    const raw = 'https://cdnn21.img.ria.ru:70000/images/a_1920x0.jpg';
    const text = asImage(raw);
    expect(parseArticle(text).article?.image).toBeNull();
    const at = text.indexOf(raw);
    expect(read(text).found).toEqual([['PAGE_URL_REFUSED', at, at + raw.length]]);
  });

  it('refused with credentials: only PAGE_URL_REFUSED, no removal is reported for a URL not used', () => {
    const raw = 'https://cdn:key@cdnn21.img.ria.ru:70000/images/a_1920x0.jpg';
    const text = asImage(raw);
    expect(parseArticle(text).article?.image).toBeNull();
    const at = text.indexOf(raw);
    expect(read(text).found).toEqual([['PAGE_URL_REFUSED', at, at + raw.length]]);
  });
});
