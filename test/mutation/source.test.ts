/**
 * What `sourceFromUrl` reads from a path, at the edges the first mutation run found
 * untested: the bounds of the date segments, of the id length and of the URL years, the
 * page extensions, the joiners around a slug, the characters a decoded slug keeps escaped,
 * the first date-shaped segment deciding, and `readSource`'s refused slug.
 */
import { describe, expect, it } from 'vitest';
import { readSource, sourceFromUrl } from '../../src/normalize/source.js';

interface PathFacts {
  readonly articleId: string | null;
  readonly urlDate: string | null;
  readonly slug: string | null;
}

const none: PathFacts = { articleId: null, urlDate: null, slug: null };

function facts(url: string): PathFacts | null {
  const source = sourceFromUrl(url);
  return source === null ? null : { articleId: source.articleId, urlDate: source.urlDate, slug: source.slug };
}

describe('sourceFromUrl: date segments', () => {
  it.each<[string, PathFacts]>([
    // Eight digits, whole segment only.
    ['https://ria.ru/a20211102/x', none],
    ['https://ria.ru/20211102a/x', none],
    ['https://ria.ru/202111021/x', none],
    ['https://ria.ru/2021110/x', none],
    // Dashed, whole segment only.
    ['https://ria.ru/x2021-11-02/story', none],
    ['https://ria.ru/2021-11-02x/story', none],
    ['https://ria.ru/2021-11-022/story', none],
    ['https://ria.ru/2021-1-02/story', none],
    ['https://ria.ru/2021-11-02/story', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/1999-12-31/story', { ...none, urlDate: '1999-12-31' }],
    // Year, month and day segments: four, two and two digits, whole.
    ['https://ria.ru/2021/11/02', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/a/2021/11/02/b', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/12021/11/02/x', none],
    ['https://ria.ru/x2021/11/02/x', none],
    ['https://ria.ru/2021x/11/02/x', none],
    ['https://ria.ru/2021/011/02/x', none],
    ['https://ria.ru/2021/1/02/x', none],
    ['https://ria.ru/2021/11/2/x', none],
    ['https://ria.ru/2021/11/002/x', none],
    ['https://ria.ru/2021/x11/02/x', none],
    ['https://ria.ru/2021/11x/02/x', none],
    ['https://ria.ru/2021/11/x02/x', none],
    ['https://ria.ru/2021/11/02x/x', none],
    ['https://ria.ru/2021/11', none],
    ['https://ria.ru/2021/11/x/02', none],
    // The years a news URL can name: 1900 to 2099.
    ['https://ria.ru/19000101/x', { ...none, urlDate: '1900-01-01' }],
    ['https://ria.ru/18991231/x', none],
    ['https://ria.ru/20991231/x', { ...none, urlDate: '2099-12-31' }],
    ['https://ria.ru/21000101/x', none],
    ['https://ria.ru/1899-12-31/x', none],
    ['https://ria.ru/2100/01/01/x', none],
    // The first date-shaped segment decides, even when it names no day.
    ['https://ria.ru/20211332/2021-11-05/x', none],
    ['https://ria.ru/2021-02-30/20211105/x', none],
    ['https://ria.ru/2021/02/30/20211105/x', none],
    ['https://ria.ru/20211102/2021-11-05/x', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/2021-11-05/20211102/x', { ...none, urlDate: '2021-11-05' }],
    ['https://ria.ru/2021/11/05/20211102/x', { ...none, urlDate: '2021-11-05' }],
    // The month and day come from their own places of the segment.
    ['https://ria.ru/20211105/x', { ...none, urlDate: '2021-11-05' }],
    ['https://ria.ru/2021-10-05/x', { ...none, urlDate: '2021-10-05' }],
    // A date in the path wins over a date glued to the id.
    ['https://sputniknews.com/20211105/202011041080990001-tram/', { urlDate: '2021-11-05', articleId: '1080990001', slug: 'tram' }],
  ])('%j', (url, expected) => {
    expect(facts(url)).toEqual(expected);
  });
});

describe('sourceFromUrl: ids, slugs and extensions', () => {
  it.each<[string, PathFacts]>([
    // Page extensions, in any case; others stay in the name.
    ['https://ria.ru/a/story-1234567.html', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.htm', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.shtml', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.shtm', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.HTML', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.php', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.asp', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.aspx', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.jsp', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story-1234567.xhtml', none],
    ['https://ria.ru/a/story-1234567.htmlx', none],
    ['https://ria.ru/a/story-1234567.phpx', none],
    ['https://ria.ru/a/story-1234567.jspx', none],
    ['https://ria.ru/a/story-1234567.xjsp', none],
    ['https://ria.ru/a/story-1234567.pdf', none],
    ['https://ria.ru/a/story-1234567.htmm', none],
    ['https://ria.ru/a/story.1234567', none],
    // Only the last dot starts the extension.
    ['https://ria.ru/a/v1.2-1234567.html', { ...none, articleId: '1234567', slug: 'v1.2' }],
    // An id last: at least six digits, after a hyphen or an underscore.
    ['https://ria.ru/a/story-12345', none],
    ['https://ria.ru/a/story-123456', { ...none, articleId: '123456', slug: 'story' }],
    ['https://ria.ru/a/story_1234567', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/story1234567', none],
    ['https://ria.ru/a/story~1234567', none],
    ['https://ria.ru/a/--story--1234567', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/__story__1234567', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/_-story-_1234567', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/s-t_o-1234567', { ...none, articleId: '1234567', slug: 's-t_o' }],
    ['https://ria.ru/a/--1234567', { ...none, articleId: '1234567' }],
    ['https://ria.ru/a/_1234567', { ...none, articleId: '1234567' }],
    // An id first: at least six digits, then a hyphen.
    ['https://ria.ru/a/12345-story', none],
    ['https://ria.ru/a/123456-story', { ...none, articleId: '123456', slug: 'story' }],
    ['https://ria.ru/a/1234567_story', none],
    ['https://ria.ru/a/1234567story', none],
    ['https://ria.ru/a/1234567-', { ...none, articleId: '1234567' }],
    ['https://ria.ru/a/1234567---', { ...none, articleId: '1234567' }],
    ['https://ria.ru/a/1234567-story-_', { ...none, articleId: '1234567', slug: 'story' }],
    ['https://ria.ru/a/1234567-_-story', { ...none, articleId: '1234567', slug: 'story' }],
    // Digits alone: an id of six or more, a glued date in front of fourteen or more.
    ['https://ria.ru/a/12345', none],
    ['https://ria.ru/a/123456', { ...none, articleId: '123456' }],
    ['https://ria.ru/a/2021111', { ...none, articleId: '2021111' }],
    ['https://ria.ru/a/202111', { ...none, articleId: '202111' }],
    ['https://ria.ru/a/1234567.html', { ...none, articleId: '1234567' }],
    ['https://ria.ru/a/20201104123456', { urlDate: '2020-11-04', articleId: '123456', slug: null }],
    ['https://ria.ru/a/2020110412345', { ...none, articleId: '2020110412345' }],
    ['https://ria.ru/a/202011041080990001', { urlDate: '2020-11-04', articleId: '1080990001', slug: null }],
    ['https://ria.ru/a/20201104123456-tram', { urlDate: '2020-11-04', articleId: '123456', slug: 'tram' }],
    ['https://ria.ru/a/2020110412345-tram', { ...none, articleId: '2020110412345', slug: 'tram' }],
    ['https://ria.ru/a/20201304123456', { ...none, articleId: '20201304123456' }],
    ['https://ria.ru/a/18991231123456', { ...none, articleId: '18991231123456' }],
    // Eight digits last: a date, or else an id.
    ['https://ria.ru/a/20211102', { ...none, urlDate: '2021-11-02' }],
    ['https://ria.ru/a/20211332', { ...none, articleId: '20211332' }],
  ])('%j', (url, expected) => {
    expect(facts(url)).toEqual(expected);
  });
});

describe('sourceFromUrl: a decoded slug', () => {
  it.each<[string, string]>([
    ['%D0%BF%D0%BE%D1%80%D1%82', 'порт'],
    ['a%2Fb', 'a%2Fb'],
    ['a%2fb', 'a%2Fb'],
    ['a%5Cb', 'a%5Cb'],
    ['a%25b', 'a%25b'],
    ['a%2541b', 'a%2541b'],
    ['a%20b', 'a%20b'],
    ['a%C2%A0b', 'a%C2%A0b'],
    ['a%0Ab', 'a%0Ab'],
    ['a%1B%5B31mb', 'a%1B[31mb'],
    ['a%E2%80%8Bb', 'a%E2%80%8Bb'],
    ['a%E2%80%AEb', 'a%E2%80%AEb'],
    ['a%41b', 'aAb'],
    ['a%E0%A4b', 'a%E0%A4b'],
  ])('%j reads %j', (written, slug) => {
    expect(facts(`https://ria.ru/a/${written}-1234567.html`)).toEqual({ ...none, articleId: '1234567', slug });
  });

  it('decodes every segment, not only the last', () => {
    expect(facts('https://ria.ru/%32%30%32%31%31%31%30%32/story')).toEqual({ ...none, urlDate: '2021-11-02' });
  });
});

describe('readSource', () => {
  it('leaves a plain slug and says nothing was refused', () => {
    expect(readSource('https://ria.ru/20211102/port-1234500100.html')).toEqual({
      source: { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234500100', urlDate: '2021-11-02', slug: 'port' },
      slugRefused: false,
    });
  });

  it('takes out a slug that holds a URL of another scheme, and says so', () => {
    expect(readSource('https://ria.ru/20211102/javascript:alert(1)-1234500100.html')).toEqual({
      source: { host: 'ria.ru', agency: 'RIA Novosti', articleId: '1234500100', urlDate: '2021-11-02', slug: null },
      slugRefused: true,
    });
  });

  it('keeps a slug with a colon but no URL', () => {
    expect(readSource('https://ria.ru/a/10:30-1234567')).toMatchObject({ source: { slug: '10:30' }, slugRefused: false });
  });

  it('has nothing to refuse without a slug or without a source', () => {
    expect(readSource('https://ria.ru/a/1234567')).toMatchObject({ source: { articleId: '1234567', slug: null }, slugRefused: false });
    expect(readSource('javascript:alert(1)')).toEqual({ source: null, slugRefused: false });
  });

  it('throws TypeError through sourceFromUrl on a non-string', () => {
    expect(() => sourceFromUrl(42 as unknown as string)).toThrow(TypeError);
  });
});
