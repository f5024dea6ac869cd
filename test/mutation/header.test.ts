/**
 * Header behaviours the first mutation run (issue 13) found untested: clock times other
 * than one, `http://`, page text after the URL, the indent limit, the canonical spelling.
 */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';
import { headerShapeAt } from '../../src/parse/header.js';

const URL = 'https://ria.ru/a-1234567.html';
const REST = '\n\nA headline of several words\n\nText of the article here.';
const codes = (text: string): [string, number, number][] =>
  parseArticle(text).diagnostics.filter((d) => d.code.startsWith('HEADER')).map((d) => [d.code, d.start.offset, d.end.offset]);

describe('header clock times', () => {
  it.each([
    ['9:05', '09:05', 21],
    ['23:10', '23:10', 22],
    ['00:00', '00:00', 22],
    ['19:59', '19:59', 22],
  ])('reads %s as %s', (written, time, end) => {
    const text = ` date 2021-11-02 ${written} ${URL}${REST}`;
    const { article } = parseArticle(text);
    expect(article?.time).toBe(time);
    expect(article?.urlRaw).toBe(URL);
    expect(codes(text)).toEqual([['HEADER_TIME', 17, end]]);
  });

  it.each([['24:10'], ['12:60'], ['12:581'], ['12:58:30'], ['123:45']])('takes %s for no time: the URL is not read past it', (written) => {
    const text = ` date 2021-11-02 ${written} ${URL}${REST}`;
    const { article } = parseArticle(text);
    expect(article?.time).toBeNull();
    expect(codes(text).map(([code]) => code)).not.toContain('HEADER_TIME');
  });

  it('reports a time set off by two spaces as spacing', () => {
    const text = ` date 2021-11-02  9:05 ${URL}${REST}`;
    expect(parseArticle(text).article?.time).toBe('09:05');
    expect(codes(text)).toEqual([
      ['HEADER_SPACING', 16, 18],
      ['HEADER_TIME', 18, 22],
    ]);
  });
});

describe('header URLs and page text', () => {
  it('reads an http:// URL after the date', () => {
    const text = ` date 2021-11-02 http://ria.ru/a-1234567.html${REST}`;
    expect(parseArticle(text).article).toMatchObject({ date: '2021-11-02', urlRaw: 'http://ria.ru/a-1234567.html' });
    expect(codes(text)).toEqual([]);
  });

  it('reads an http:// URL-only header', () => {
    const text = `http://ria.ru/a-1234567.html${REST}`;
    expect(parseArticle(text).article?.urlRaw).toBe('http://ria.ru/a-1234567.html');
    expect(codes(text)).toEqual([['HEADER_URL_ONLY', 0, 28]]);
  });

  it('keeps page text after the URL on the header line as the page, not the URL', () => {
    const text = ` date 2021-11-02 ${URL} A headline on the header line\n\nText of the article here.`;
    const { article } = parseArticle(text);
    expect(article?.urlRaw).toBe(URL);
    expect(article?.title).toBe('A headline on the header line');
    expect(codes(text)).toEqual([['HEADER_TEXT', 47, 76]]);
  });

  it('keeps page text after a URL-only header', () => {
    const text = `${URL}   A headline on the header line\n\nText of the article here.`;
    const { article } = parseArticle(text);
    expect(article?.urlRaw).toBe(URL);
    const sections = article?.sections ?? [];
    expect(sections.find((s) => s.kind === 'header')).toMatchObject({ start: 0, end: URL.length });
    expect(sections.some((s) => s.start === URL.length + 3)).toBe(true);
  });

  it('reports two spaces before the URL', () => {
    const text = ` date 2021-11-02  ${URL}${REST}`;
    expect(parseArticle(text).article?.urlRaw).toBe(URL);
    expect(codes(text)).toEqual([['HEADER_SPACING', 16, 18]]);
  });
});

describe('header indent and spelling', () => {
  it('reads a header indented by eight blanks, and reports it', () => {
    const text = `        date 2021-11-02 ${URL}${REST}`;
    expect(parseArticle(text).article?.date).toBe('2021-11-02');
    expect(codes(text)).toEqual([['HEADER_SPACING', 0, 8]]);
  });

  it('does not take a line indented by nine blanks for a header', () => {
    const text = `         date 2021-11-02 ${URL}${REST}`;
    expect(parseArticle(text).article?.date).toBeNull();
    expect(codes(text)).toEqual([['HEADER_MISSING', 9, 9 + 'date 2021-11-02 '.length + URL.length]]);
  });

  it.each([
    [' date 2021-11-02 x', 'canonical', 1, 6],
    [' date 2021-11 x', 'canonical', 1, 6],
    ['date 2021-11-02 x', 'loose', 0, 5],
    ['  date 2021-11-02 x', 'loose', 2, 7],
    ['\tdate 2021-11-02 x', 'loose', 1, 6],
    [' date  2021-11-02 x', 'loose', 1, 7],
    [' date\t2021-11-02 x', 'loose', 1, 6],
    [' date 2021-1-05 x', 'loose', 1, 6],
    [' date 2021-11-5 x', 'loose', 1, 6],
    [' date 2021-1 x', 'loose', 1, 6],
    [` date ${URL}`, 'loose', 1, 6],
    [URL, 'url', 0, 0],
    [' http://ria.ru/a-1.html', 'url', 1, 1],
  ] as const)('shapes %j as %s', (line, kind, start, afterKeyword) => {
    expect(headerShapeAt(line, 0, line.length)).toEqual({ kind, start, afterKeyword });
  });

  it.each([
    ['Date 2021-11-02 x'],
    [' date'],
    [' dated 2021-11-02'],
    [' date soon'],
    [' date 2021-11-022'],
    [' date 2021-11-02-03'],
    ['ftp://ria.ru/a-1.html'],
    ['   '],
    [''],
    ['         date 2021-11-02 x'],
  ])('does not shape %j as a header', (line) => {
    expect(headerShapeAt(line, 0, line.length)).toBeNull();
  });

  it('reads a shape inside a larger text, relative to the line', () => {
    const text = `Text.\n date 2021-11-02 ${URL}\n`;
    expect(headerShapeAt(text, 6, text.length - 1)).toEqual({ kind: 'canonical', start: 7, afterKeyword: 12 });
    expect(headerShapeAt(text, 0, 5)).toBeNull();
  });

  it.each([
    [' date 2021-11-5', 6, 15],
    [' date 2021-1-05', 6, 15],
    [' date 2021-1', 6, 12],
    [' date 2021-13', 6, 13],
    [' date 2021-02-30', 6, 16],
  ])('gives no date for %j and reports it', (head, start, end) => {
    const text = `${head} ${URL}${REST}`;
    const { article } = parseArticle(text);
    expect(article?.date).toBeNull();
    expect(article?.urlRaw).toBe(URL);
    expect(codes(text)).toEqual([['HEADER_DATE_INVALID', start, end]]);
  });

  it('reads a month-only header date and says so', () => {
    const text = ` date 2021-11 ${URL}${REST}`;
    expect(parseArticle(text).article?.date).toBe('2021-11');
    expect(codes(text)).toEqual([['HEADER_DATE_MONTH_ONLY', 6, 13]]);
  });
});

describe('header line bounds and gaps', () => {
  const header = (text: string): [number, number][] => (parseArticle(text).article?.sections ?? []).filter((s) => s.kind === 'header').map((s) => [s.start, s.end]);

  it('reads no further than the end of the line it is given', () => {
    const text = '  date 2021-11-02 x';
    expect(headerShapeAt(text, 0, 2)).toBeNull();
    expect(headerShapeAt(' date 2021-11-02 x', 0, 5)).toBeNull();
  });

  it.each([[' date soon 2021-11-02 x'], [' date soon a:b']])('does not look past a word after the keyword for a date or URL: %j', (line) => {
    expect(headerShapeAt(line, 0, line.length)).toBeNull();
  });

  it('reports a tab between the keyword and the date, and a tab before the keyword', () => {
    expect(codes(` date\t2021-11-02 ${URL}${REST}`)).toEqual([['HEADER_SPACING', 5, 6]]);
    expect(codes(`\tdate 2021-11-02 ${URL}${REST}`)).toEqual([['HEADER_SPACING', 0, 1]]);
  });

  it('reports the gap after a keyword without a date once', () => {
    const text = ` date  ${URL}${REST}`;
    expect(parseArticle(text).article?.urlRaw).toBe(URL);
    expect(codes(text)).toEqual([
      ['HEADER_DATE_MISSING', 1, 7],
      ['HEADER_SPACING', 5, 7],
    ]);
    expect(codes(` date ${URL}${REST}`)).toEqual([['HEADER_DATE_MISSING', 1, 6]]);
  });

  it('spans the header over the date alone when no URL follows', () => {
    const dateOnly = ` date 2021-11-02${REST}`;
    expect(parseArticle(dateOnly).article).toMatchObject({ date: '2021-11-02', urlRaw: null });
    expect(header(dateOnly)).toEqual([[1, 16]]);
    expect(codes(dateOnly)).toEqual([['HEADER_URL_MISSING', 16, 16]]);
    const words = ` date 2021-11-02 Some words here${REST}`;
    expect(header(words)).toEqual([[1, 16]]);
    expect(codes(words)).toEqual([
      ['HEADER_URL_MISSING', 17, 17],
      ['HEADER_CHROME', 17, 32],
    ]);
  });

  it('takes a whole token with another scheme where the URL belongs', () => {
    const text = ` date 2021-11-02 javascript:void(0)${REST}`;
    // A refused URL is kept in no field (urlRaw is null): its diagnostic spans the whole token.
    expect(codes(text).filter(([code]) => code === 'HEADER_URL_INVALID')).toEqual([['HEADER_URL_INVALID', 17, 35]]);
    expect(header(text)).toEqual([[1, 35]]);
  });

  it.each([[''], ['   \n\n  ']])('reads no header from an input without text (%j)', (text) => {
    const { article, diagnostics } = parseArticle(text);
    expect(article).toBeNull();
    expect(diagnostics.map((d) => [d.code, d.start.offset, d.end.offset])).toEqual([['INPUT_EMPTY', 0, text.length]]);
  });
});
