/** The sections stage: every span a stage took, in input order, and the whitespace between them, nothing empty. */
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/index.js';

const URL = 'https://ria.ru/a-1234567.html';
const kinds = (text: string): [string, number, number][] => (parseArticle(text).article?.sections ?? []).map((s) => [s.kind, s.start, s.end]);

describe('sections', () => {
  it('splits a canonical document into header, title and body with the whitespace between', () => {
    const text = ` date 2021-11-02 ${URL}\n\nA headline of several words\n\nMOSCOW, November 2 – RIA Novosti. The talks in the city were held on Tuesday.\n`;
    expect(kinds(text)).toEqual([
      ['whitespace', 0, 1],
      ['header', 1, 46],
      ['whitespace', 46, 48],
      ['title', 48, 75],
      ['whitespace', 75, 77],
      ['body', 77, 154],
      ['whitespace', 154, 155],
    ]);
  });

  it('keeps blank lines before the header and page text after its URL', () => {
    const text = `\n\n ${' '}date 2021-11-02 ${URL} A headline of several words\n\nThe talks in the city were held on Tuesday and will go on.  `;
    const out = kinds(text);
    expect(out[0]).toEqual(['whitespace', 0, 4]);
    expect(out[1]).toEqual(['header', 4, 49]);
    expect(out[3]).toEqual(['title', 50, 77]);
    expect(out.at(-1)).toEqual(['whitespace', text.length - 2, text.length]);
  });

  it('splits a body paragraph that opens with a date stamp into the stamp and the text', () => {
    const text = ` date 2021-11-02 ${URL}\n\nA headline of several words\n\nNov 2, 2021 (PTI) - The talks in the city were held on Tuesday and will go on.\n`;
    expect(kinds(text).slice(5)).toEqual([
      ['timestamp', 77, 88],
      ['whitespace', 88, 89],
      ['body', 89, 155],
      ['whitespace', 155, 156],
    ]);
    expect(text.slice(77, 88)).toBe('Nov 2, 2021');
  });

  it.each([
    [` date 2021-11-02 ${URL}\n\nA headline of several words\n\nThe first paragraph of the text, long enough to be one.\n\nThe second paragraph of the text, long enough too.\n\n\nThe third one.`],
    [`${URL}\n\nA headline of several words\n12:41\n\nThe first paragraph of the text, long enough to be one.\r\n\r\nThe second.`],
    [` date 2021-11-02 12:58 A feed item headline of several words\nThe text of the item.`],
    ['Some text of a page stored without a header line, long enough to be read.\n\nAnd more of it.'],
    [` date 2021-11-02 ${URL}\n\nA headline of several words\n\n2021-11-02 12:41\n`],
  ])('covers the input in order, with no empty section and no overlap (%#)', (text) => {
    const sections = parseArticle(text).article?.sections ?? [];
    expect(sections.map((s) => s.text).join('')).toBe(text);
    let at = 0;
    for (const s of sections) {
      expect(s.start).toBe(at);
      expect(s.end).toBeGreaterThan(s.start);
      expect(s.text).toBe(text.slice(s.start, s.end));
      at = s.end;
    }
    expect(at).toBe(text.length);
    expect(sections.filter((s) => s.kind === 'whitespace').every((s) => s.text.trim() === '')).toBe(true);
  });

  // Without a header or without a body the stage has fewer spans to place; it must not fail
  // (a failed stage leaves one chrome section and an INTERNAL_ERROR).
  it.each([
    ['without a header', `A headline of several words\n\nThe talks in the city were held on Tuesday and will go on for a week.\n`, [['title', 0, 27], ['whitespace', 27, 29], ['body', 29, 98], ['whitespace', 98, 99]]],
    ['without a body', ` date 2021-11-02 ${URL}\n\nA headline of several words\n\n2021-11-02 12:41\n`, [['whitespace', 0, 1], ['header', 1, 46], ['whitespace', 46, 48], ['title', 48, 75], ['whitespace', 75, 77], ['timestamp', 77, 93], ['whitespace', 93, 94]]],
  ])('places the spans of a document %s', (_why, text, expected) => {
    const result = parseArticle(text);
    expect(result.diagnostics.map((d) => d.code)).not.toContain('INTERNAL_ERROR');
    expect(kinds(text)).toEqual(expected);
  });
});
