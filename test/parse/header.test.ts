import { describe, expect, it } from 'vitest';
import { parseArticle, type Diagnostic } from '../../src/index.js';

const at = (d: Diagnostic | undefined): [number, number] | undefined => (d ? [d.start.offset, d.end.offset] : undefined);
const find = (text: string, code: string): Diagnostic | undefined => parseArticle(text).diagnostics.find((d) => d.code === code);

describe('the header line', () => {
  it('reads the canonical header with no diagnostic', () => {
    const { article, diagnostics } = parseArticle(' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\nA headline of several words\n\nMOSCOW, November 2 – RIA Novosti. The talks in the city were held on Tuesday and will go on.');
    expect(diagnostics).toEqual([]);
    expect(article).toMatchObject({ date: '2021-11-02', dateRaw: '2021-11-02', time: null, urlRaw: 'https://ria.ru/20211102/a-1234500100.html' });
  });

  it.each([
    ['no leading space', 'date 2021-11-02 https://ria.ru/a-1234567.html\n\nA headline of several words\n\nText of the article here.', [0, 0]],
    ['two leading spaces', '  date 2021-11-02 https://ria.ru/a-1234567.html\n\nA headline of several words\n\nText of the article here.', [0, 2]],
  ] as const)('reports spacing: %s', (_why, text, span) => {
    expect(at(find(text, 'HEADER_SPACING'))).toEqual(span);
    expect(parseArticle(text).article?.date).toBe('2021-11-02');
  });

  it('reads date + time and leaves the rest as page text', () => {
    const text = ' date 2021-10-28 12:58 A feed item headline of several words';
    const { article } = parseArticle(text);
    expect(article?.time).toBe('12:58');
    expect(at(find(text, 'HEADER_TIME'))).toEqual([17, 22]);
    expect(at(find(text, 'HEADER_TEXT'))).toEqual([23, text.length]);
  });

  it.each([
    ['Registration was successful!'],
    ['UrduPoint.com'],
    ['Рейтинг@Mail.ru'],
    ['News'],
    ['-'],
    ['Sign up'],
  ])('takes %j after the date for chrome', (chrome) => {
    const text = ` date 2021-11-25 ${chrome}\nA headline of several words here\n\nThe text of the article, as it was written.`;
    const { article } = parseArticle(text);
    expect(at(find(text, 'HEADER_CHROME'))).toEqual([17, 17 + chrome.length]);
    expect(article?.title).toBe('A headline of several words here');
    expect(article?.url).toBeNull();
  });

  it('reports a missing date after the keyword', () => {
    const text = ' date https://ria.ru/20211102/a-1234500100.html\n\nA headline of several words\n\nText of the article here.';
    const { article } = parseArticle(text);
    expect(at(find(text, 'HEADER_DATE_MISSING'))).toEqual([1, 6]);
    expect(article?.url).toBe('https://ria.ru/20211102/a-1234500100.html');
    expect(article?.date).toBeNull();
  });

  it('reports a month that does not exist', () => {
    const text = ' date 2021-13 https://ria.ru/a-1234500100.html\n\nA headline of several words\n\nText of the article here.';
    expect(find(text, 'HEADER_DATE_INVALID')).toMatchObject({ severity: 'error', start: { offset: 6 }, end: { offset: 13 } });
    expect(parseArticle(text).article?.date).toBeNull();
  });

  it('finds the header after blank lines and says so', () => {
    const text = '\n\n date 2021-11-02 https://ria.ru/a-1234500100.html\n\nA headline of several words\n\nText of the article here.';
    expect(at(find(text, 'HEADER_NOT_FIRST'))).toEqual([0, 2]);
    expect(parseArticle(text).article?.date).toBe('2021-11-02');
  });

  it('reports a single newline after the header at the line break', () => {
    const text = ' date 2021-11-02 https://ria.ru/a-1234500100.html\nA headline of several words\n\nText of the article here.';
    expect(at(find(text, 'HEADER_NO_BLANK_LINE'))).toEqual([49, 50]);
  });

  it('positions header diagnostics in the original input under CRLF and a BOM', () => {
    const text = '\uFEFF date 2021-02-30 https://ria.ru/a-1234500100.html\r\n\r\nA headline of several words\r\n\r\nText of the article here.';
    expect(find(text, 'HEADER_DATE_INVALID')).toMatchObject({ start: { line: 1, column: 8, offset: 7 }, end: { offset: 17 } });
    expect(at(find(text, 'INPUT_BOM'))).toEqual([0, 1]);
    expect(at(find(text, 'INPUT_LINE_ENDINGS'))).toEqual([50, 52]);
  });
});
