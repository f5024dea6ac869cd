/**
 * parseCorpus behaviours the first mutation run (issue 13) found untested: where the
 * documents of an input start and end when blank lines, lone `\r` or `\r\n` stand
 * between them, and the argument checks.
 */
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';

const ONE = ' date 2021-11-02 https://ria.ru/a-1234567.html';
const TWO = ' date 2021-11-03 https://ria.ru/b-2345678.html';
const spans = (text: string): [number, number, number, string | null][] =>
  parseCorpus(text).map((r) => [r.index, r.start, r.end, r.article?.date ?? null]);

describe('document boundaries', () => {
  it('keeps blank lines before the first header in its document and reports them', () => {
    const text = `\n\n${ONE}\n\nOne text here.\n${TWO}\n\nTwo text here.\n`;
    expect(spans(text)).toEqual([
      [0, 0, 65, '2021-11-02'],
      [1, 65, 128, '2021-11-03'],
    ]);
    const first = parseCorpus(text)[0];
    expect(first?.diagnostics.filter((d) => d.code === 'HEADER_NOT_FIRST').map((d) => [d.start.offset, d.end.offset])).toEqual([[0, 2]]);
  });

  it.each([
    ['\n', 1],
    ['\r\n', 2],
    ['\r', 1],
  ])('splits documents on %j line endings at the same headers', (eol, width) => {
    const text = `${ONE}${eol}${eol}One text here.${eol}${TWO}${eol}${eol}Two text here.${eol}`;
    const firstEnd = ONE.length + 2 * width + 'One text here.'.length + width;
    expect(spans(text)).toEqual([
      [0, 0, firstEnd, '2021-11-02'],
      [1, firstEnd, text.length, '2021-11-03'],
    ]);
  });

  it('gives blank lines between documents to the one before', () => {
    const text = `${ONE}\n\nOne text here.\n\n\n\n${TWO}\n\nTwo text here.`;
    const second = text.indexOf(TWO);
    expect(spans(text)).toEqual([
      [0, 0, second, '2021-11-02'],
      [1, second, text.length, '2021-11-03'],
    ]);
  });

  it('makes text before the first header a document of its own', () => {
    const text = `Some text before any header.\n\n${ONE}\n\nOne text here.\n`;
    expect(spans(text)).toEqual([
      [0, 0, 30, null],
      [1, 30, text.length, '2021-11-02'],
    ]);
    expect(parseCorpus(text)[0]?.diagnostics.map((d) => d.code)).toContain('HEADER_MISSING');
  });

  it('starts a document at a bare URL line after a blank line, not after a text line', () => {
    const url = 'https://ria.ru/b-2345678.html';
    const split = `${ONE}\n\nOne text here.\n\n${url}\n\nTwo text here.\n`;
    expect(spans(split)).toEqual([
      [0, 0, split.indexOf(url), '2021-11-02'],
      [1, split.indexOf(url), split.length, null],
    ]);
    expect(parseCorpus(split)[1]?.diagnostics.map((d) => d.code)).toContain('CORPUS_SPLIT_URL');
    const kept = `${ONE}\n\nOne text here.\n${url}\n\nTwo text here.\n`;
    expect(spans(kept)).toEqual([[0, 0, kept.length, '2021-11-02']]);
  });

  it('gives one record for an empty input', () => {
    expect(spans('')).toEqual([[0, 0, 0, null]]);
    expect(parseCorpus('')[0]?.diagnostics.map((d) => d.code)).toEqual(['INPUT_EMPTY']);
  });

  it('positions diagnostics in the whole input', () => {
    const text = `${ONE}\n\nOne text here.\n${TWO}\nTwo text here.\n`;
    const second = parseCorpus(text)[1];
    const noBlank = second?.diagnostics.find((d) => d.code === 'HEADER_NO_BLANK_LINE');
    expect(noBlank?.start.offset).toBe(text.indexOf(TWO) + TWO.length);
    expect(noBlank?.start.line).toBe(4);
  });
});

describe('misuse', () => {
  it.each([[null], [undefined], [42], [{}], [[ONE]]])('throws a TypeError for %j', (text) => {
    expect(() => parseCorpus(text as unknown as string)).toThrow(TypeError);
  });

  it('throws a TypeError for a String object, which would otherwise read as its text', () => {
    expect(() => parseCorpus(new String(ONE) as unknown as string)).toThrow(TypeError);
  });

  it.each([[{ repair: 'all' }]])('throws a RangeError for options %j', (options) => {
    expect(() => parseCorpus(ONE, options as never)).toThrow(RangeError);
  });

  it.each([[{ unknown: true }], ['safe']])('throws a TypeError for options %j', (options) => {
    expect(() => parseCorpus(ONE, options as never)).toThrow(TypeError);
  });
});
