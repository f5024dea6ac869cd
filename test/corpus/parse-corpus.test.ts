import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus } from '../../src/index.js';

const ONE = ' date 2021-11-02 https://ria.ru/20211102/a-1234500100.html\n\nThe harbour reopens after repairs\n\nKAZAN, November 2 – RIA Novosti. The harbour reopened on Tuesday.\n';
const TWO = ' date 2021-11-03 https://ria.ru/20211103/b-1757436557.html\r\n\r\nThe bridge closes for the winter\r\n\r\nPERM, November 3 – RIA Novosti. The bridge closed on Wednesday.\r\n';

describe('parseCorpus', () => {
  it('splits at header lines and numbers the documents', () => {
    const records = parseCorpus(ONE + TWO);
    expect(records.map((r) => [r.index, r.start, r.end, r.article?.date])).toEqual([
      [0, 0, ONE.length, '2021-11-02'],
      [1, ONE.length, ONE.length + TWO.length, '2021-11-03'],
    ]);
  });

  it('gives each record the result parseArticle gives its text, with positions into the whole input', () => {
    const [, second] = parseCorpus(ONE + TWO);
    const alone = parseArticle(TWO);
    expect(second?.article?.title).toBe(alone.article?.title);
    const d = second?.diagnostics.find((x) => x.code === 'INPUT_LINE_ENDINGS');
    const own = alone.diagnostics.find((x) => x.code === 'INPUT_LINE_ENDINGS');
    expect(d?.start.offset).toBe((own?.start.offset ?? 0) + ONE.length);
    expect(d?.start.line).toBe((own?.start.line ?? 0) + 5);
    expect(second?.article?.sections[0]?.start).toBe(ONE.length);
  });

  it('reports a bad document and goes on with the rest', () => {
    const bad = ' date 2021-13-45 javascript:void(0)\n;;; ~~~\n';
    const records = parseCorpus(ONE + bad + TWO);
    expect(records).toHaveLength(3);
    expect(records[1]?.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['HEADER_DATE_INVALID', 'HEADER_URL_INVALID']));
    expect(records[2]?.article?.date).toBe('2021-11-03');
  });

  it('keeps text before the first header as a document of its own, and covers the input', () => {
    const text = 'stray words before anything\n' + ONE + TWO;
    const records = parseCorpus(text);
    expect(records[0]?.diagnostics[0]?.code).toBe('HEADER_MISSING');
    expect(records.map((r) => [r.start, r.end]).flat()).toEqual([0, 28, 28, 28 + ONE.length, 28 + ONE.length, text.length]);
  });

  it('returns one record for an empty input and throws on misuse', () => {
    expect(parseCorpus('')).toEqual([{ index: 0, start: 0, end: 0, ok: false, article: null, diagnostics: [expect.objectContaining({ code: 'INPUT_EMPTY' })] }]);
    expect(() => parseCorpus(7 as unknown as string)).toThrow(TypeError);
  });
});
