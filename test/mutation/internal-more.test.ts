/**
 * What the second mutation run of the helpers (issue 13) found untested: a corpus record's
 * positions in the whole input (sections, entries, both ends of each diagnostic) and the
 * splitter's boundary diagnostics, for documents after the first.
 */
import { describe, expect, it } from 'vitest';
import { parseCorpus } from '../../src/index.js';
import { parsePiece } from '../../src/corpus/record.js';
import { fnv1a32, StringSet } from '../../src/internal/hash.js';
import { lineStartsOf, positionAt } from '../../src/internal/positions.js';
import { buildHashTable } from '../../src/internal/stopwords.js';
import type { DocumentPiece } from '../../src/corpus/splitter.js';
import { page, post, TITLE } from '../parse/live-page.js';

const HEAD = ' date 2021-11-02 https://ria.ru/20211102/port-1234500010.html';
const LEAD = 'The port of the city reopened on Tuesday after the storm had closed it for three days, officials said.';
// A tab folds to one space: the body is as long as the input's paragraphs but not the same text.
const SECOND = 'Ships waited\toutside the harbour for the weather to clear.';
const NEWS = `${HEAD}\n\nHarbour reopens after the storm\n\n${LEAD}\n\n${SECOND}\n`;
const LIVE = page('2022-03-10', TITLE, ...post('10:34pm:', 'Wind delays the start'), ...post('9:05am:', 'Crowds gather on the pier'));

/** The 1-based line of `offset` in `text`. */
const lineOf = (text: string, offset: number): number => text.slice(0, offset).split('\n').length;

describe('a record placed in the whole input', () => {
  // Parsed in each test, not while the tests are collected (that would make every mutant static).
  const text = `${NEWS}\n${LIVE}\n`;

  it('is the second document from where its header starts', () => {
    const records = parseCorpus(text);
    expect(records.map((r) => [r.start, r.end])).toEqual([
      [0, text.indexOf(LIVE)],
      [text.indexOf(LIVE), text.length],
    ]);
  });

  it('has sections whose offsets are those of the input', () => {
    const live = parseCorpus(text)[1];
    const sections = live?.article?.sections ?? [];
    expect(sections.length).toBeGreaterThan(0);
    for (const s of sections) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(sections[0]?.start).toBe(text.indexOf(LIVE));
  });

  it('has entries whose offsets are those of the input', () => {
    const live = parseCorpus(text)[1];
    const entries = live?.article?.entries ?? [];
    expect(entries.map((e) => text.slice(e.start, e.start + 8))).toEqual(['10:34pm:', '9:05am: ']);
    const last = entries[1];
    expect(last?.end).toBe(text.indexOf('on the pier this morning.') + 'on the pier this morning.'.length);
  });

  it('has diagnostics at their offsets and lines in the input, both ends', () => {
    const text2 = `${NEWS}\n date 2021-11-3 https://ria.ru/20211103/port-1234500011.html\n\nHarbour closes again\n\n${LEAD}\n`;
    const second = parseCorpus(text2)[1];
    const at = text2.indexOf('date 2021-11-3');
    const date = text2.indexOf('2021-11-3');
    const found = second?.diagnostics.filter((d) => d.code === 'CORPUS_SPLIT_LOOSE_HEADER' || d.code === 'HEADER_DATE_INVALID');
    expect(found?.map((d) => [d.code, d.start.offset, d.start.line, d.end.offset, d.end.line])).toEqual([
      ['CORPUS_SPLIT_LOOSE_HEADER', at, lineOf(text2, at), at + 'date'.length, lineOf(text2, at)],
      ['HEADER_DATE_INVALID', date, lineOf(text2, date), date + '2021-11-3'.length, lineOf(text2, date)],
    ]);
  });

  it('keeps the body as the paragraphs read it, blanks folded', () => {
    const first = parseCorpus(text)[0]?.article;
    expect(first?.body).toBe(`${LEAD}\n\nShips waited outside the harbour for the weather to clear.`);
    expect(first?.paragraphs).toEqual([LEAD, 'Ships waited outside the harbour for the weather to clear.']);
  });
});

describe('the boundary diagnostics', () => {
  const codes = (text: string): string[][] => parseCorpus(text).map((r) => r.diagnostics.map((d) => d.code).filter((c) => c.startsWith('CORPUS_')));

  it('names no boundary for the first document, whatever opened it, nor for a canonical header', () => {
    expect(codes(` date 2021-11-3 https://ria.ru/20211103/port-1234500011.html\n\nHarbour closes\n\n${LEAD}\n`)).toEqual([[]]);
    expect(codes(`https://ria.ru/20211103/port-1234500011.html\n\nHarbour closes\n\n${LEAD}\n`)).toEqual([[]]);
    expect(codes(`${NEWS}\n${NEWS}`)).toEqual([[], []]);
  });

  it('names the URL that opened a later document, where it stands', () => {
    const url = 'https://ria.ru/20211103/port-1234500011.html';
    const text = `${NEWS}\n${url}\n\nHarbour closes\n\n${LEAD}\n`;
    const d = parseCorpus(text)[1]?.diagnostics.find((x) => x.code === 'CORPUS_SPLIT_URL');
    expect([d?.start.offset, d?.end.offset]).toEqual([text.indexOf(url), text.indexOf(url) + url.length]);
  });
});

describe('parsePiece', () => {
  /** A piece of `text` as the splitter would hand it on at `start`, line `line`. */
  const piece = (text: string, start: number, line: number, opening: DocumentPiece['opening'], openingSpan: DocumentPiece['openingSpan']): DocumentPiece => ({
    text,
    start,
    end: start + text.length,
    line,
    opening,
    openingSpan,
    endLine: line + text.split('\n').length - 1,
    endColumn: 1,
  });

  it('reads the text of the piece itself', () => {
    const r = parsePiece(piece(NEWS, 0, 1, 'start', null), 3, {});
    expect([r.index, r.start, r.end, r.article?.title]).toEqual([3, 0, NEWS.length, 'Harbour reopens after the storm']);
  });

  it('gives a piece with nothing article-like a record without an article, its diagnostic placed where the piece stands', () => {
    const r = parsePiece(piece('!!! *** ???', 40, 3, 'start', null), 0, {});
    expect(r.article).toBeNull();
    expect(r.diagnostics.map((d) => [d.code, d.start.offset, d.start.line])).toEqual([['INPUT_NOT_ARTICLE', 40, 3]]);
  });

  it('reports a loose opening only for a piece past the start', () => {
    const loose = ` date 2021-11-3 https://ria.ru/20211103/port-1234500011.html\n\nHarbour closes\n\n${LEAD}\n`;
    const span = [1, 5] as const;
    const at = (start: number, line: number): number[][] =>
      parsePiece(piece(loose, start, line, 'loose', span), 0, {})
        .diagnostics.filter((d) => d.code === 'CORPUS_SPLIT_LOOSE_HEADER')
        .map((d) => [d.start.offset, d.end.offset, d.start.line]);
    expect(at(0, 1)).toEqual([]);
    expect(at(100, 7)).toEqual([[101, 105, 7]]);
    expect(parsePiece(piece(loose, 100, 7, 'loose', null), 0, {}).diagnostics.map((d) => d.code)).not.toContain('CORPUS_SPLIT_LOOSE_HEADER');
  });
});

describe('StringSet', () => {
  it('tells apart two strings of the same hash, and knows each once added', () => {
    // A known pair of FNV-1a 32-bit collisions.
    expect(fnv1a32('costarring')).toBe(fnv1a32('liquid'));
    const seen = new StringSet();
    expect(seen.addAndCheck('costarring')).toBe(false);
    expect(seen.addAndCheck('liquid')).toBe(false);
    expect(seen.addAndCheck('liquid')).toBe(true);
    expect(seen.addAndCheck('costarring')).toBe(true);
    expect(seen.addAndCheck('altarage')).toBe(false);
  });
});

describe('the stopwords by hash', () => {
  it('keeps words of one hash in one bucket, in the order given', () => {
    const table = buildHashTable([
      ['costarring', 1],
      ['liquid', 2],
      ['altarage', 4],
    ]);
    expect(table.get(fnv1a32('liquid'))).toEqual([
      { word: 'costarring', mask: 1 },
      { word: 'liquid', mask: 2 },
    ]);
    expect(table.get(fnv1a32('altarage'))).toEqual([{ word: 'altarage', mask: 4 }]);
    expect(table.size).toBe(2);
  });
});

describe('line starts', () => {
  it('end a line at LF, CRLF (once) and a lone CR', () => {
    // Lines: "ab", "c", "d", "", "e".
    const input = 'ab\r\nc\rd\n\r\ne';
    expect(lineStartsOf(input)).toEqual([0, 4, 6, 8, 10]);
    expect(lineStartsOf('\r')).toEqual([0, 1]);
    expect(lineStartsOf('a\r\r\n')).toEqual([0, 2, 4]);
    expect(lineStartsOf('')).toEqual([0]);
  });

  it('give the line and column of an offset', () => {
    const starts = lineStartsOf('ab\r\nc\rd');
    expect(positionAt(starts, 0)).toEqual({ line: 1, column: 1, offset: 0 });
    expect(positionAt(starts, 3)).toEqual({ line: 1, column: 4, offset: 3 });
    expect(positionAt(starts, 4)).toEqual({ line: 2, column: 1, offset: 4 });
    expect(positionAt(starts, 6)).toEqual({ line: 3, column: 1, offset: 6 });
  });
});
