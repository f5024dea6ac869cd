/**
 * Where one document ends and the next begins: the splitter and parseCorpus over it.
 * Documents of every header shape, concatenated, come back one record each, equal to the
 * document parsed alone; body lines that only look like headers never split; feeding the
 * same text in any chunks gives the same documents.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseArticle, parseCorpus, type Article, type Diagnostic } from '../../src/index.js';
import { createSplitter, type DocumentPiece } from '../../src/corpus/splitter.js';
import { fixtureMode } from '../../scripts/fixture-mode.cjs';

const dir = join(import.meta.dirname, '..', '..', 'fixtures');
const all = readdirSync(dir)
  .filter((f) => f.endsWith('.txt') && !fixtureMode(f.slice(0, -4)).corpus)
  .sort()
  .map((f) => ({ name: f.slice(0, -4), text: readFileSync(join(dir, f), 'utf8') }));

/** Fixtures that open with a header of some shape: those a splitter can tell apart. */
const opening = all.filter(({ text }) => {
  const codes = parseArticle(text).diagnostics.map((d) => d.code);
  return !codes.includes('HEADER_MISSING') && !codes.includes('INPUT_EMPTY') && !codes.includes('INPUT_NOT_ARTICLE');
});
// Blank lines before a header belong to the document before it, so this one can only come first.
const leadingBlanks = new Set(['header-not-first']);

/** The article without its sections, its entries' spans counted from `offset` (where its document starts in the input). */
const withoutSections = (a: Article | null, offset = 0): unknown =>
  a === null ? null : { ...a, sections: undefined, entries: a.entries.map((e) => ({ ...e, start: e.start - offset, end: e.end - offset })) };
const shifted = (d: Diagnostic, offset: number, lines: number): string =>
  `${d.code}@${d.start.line + lines}:${d.start.column}/${d.start.offset + offset}-${d.end.line + lines}:${d.end.column}/${d.end.offset + offset}`;
/** The text without the line breaks it ends with. */
function withoutFinalBreaks(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '\n' || text[end - 1] === '\r')) end--;
  return text.slice(0, end);
}
const lineCount = (text: string): number => text.split(/\r\n|\r|\n/).length - 1;

function pieces(chunks: readonly string[]): DocumentPiece[] {
  const out: DocumentPiece[] = [];
  const splitter = createSplitter((p) => out.push(p));
  for (const chunk of chunks) splitter.feed(chunk);
  splitter.end();
  return out;
}

describe('parseCorpus over concatenated documents', () => {
  it('has documents of every header shape to concatenate, URL-only and loose ones included', () => {
    const shapes = new Set(opening.flatMap(({ text }) => parseArticle(text).diagnostics.map((d) => d.code)));
    for (const code of ['HEADER_URL_ONLY', 'HEADER_SPACING', 'HEADER_DATE_MISSING', 'HEADER_DATE_MONTH_ONLY', 'HEADER_TIME', 'INPUT_BOM', 'INPUT_LINE_ENDINGS']) {
      expect(shapes, code).toContain(code);
    }
  });

  it('gives one record per document, each equal to the document parsed alone', () => {
    const pick = fc.array(fc.integer({ min: 0, max: opening.length - 1 }), { minLength: 1, maxLength: 6 });
    const separator = fc.constantFrom('\n\n', '\n\n\n', '\r\n\r\n', '\n \n');
    fc.assert(
      fc.property(pick, separator, (indices, sep) => {
        const docs = indices.map((i) => opening[i] as { name: string; text: string }).filter((d, k) => k === 0 || !leadingBlanks.has(d.name));
        const texts = docs.map((d, k) => (k < docs.length - 1 ? withoutFinalBreaks(d.text) + sep : d.text));
        const records = parseCorpus(texts.join(''));
        expect(records.map((r) => r.end - r.start)).toEqual(texts.map((t) => t.length));
        let offset = 0;
        let lines = 0;
        records.forEach((record, k) => {
          const alone = parseArticle(texts[k] ?? '');
          expect(record.start).toBe(offset);
          expect(withoutSections(record.article, offset)).toStrictEqual(withoutSections(alone.article));
          const own = record.diagnostics.filter((d) => !d.code.startsWith('CORPUS_'));
          expect(own.map((d) => shifted(d, 0, 0))).toEqual(alone.diagnostics.map((d) => shifted(d, offset, lines)));
          offset += (texts[k] ?? '').length;
          lines += lineCount(texts[k] ?? '');
        });
      }),
      { numRuns: 300 },
    );
  });

  it('says where it split at a loose header or a bare URL, and nowhere else', () => {
    const text = ' date 2021-11-02\n\nOne harbour story\n\ndate 2021-11-03\n\nOne bridge story\n\nhttps://ria.ru/20211104/park-1234567.html\n\nOne park story\n';
    const records = parseCorpus(text);
    expect(records.map((r) => r.diagnostics.filter((d) => d.code.startsWith('CORPUS_')).map((d) => [d.code, d.start.offset, d.end.offset]))).toEqual([
      [],
      [['CORPUS_SPLIT_LOOSE_HEADER', 37, 41]],
      [['CORPUS_SPLIT_URL', 72, 113]],
    ]);
  });
});

describe('lines that only look like a header', () => {
  const doc = (body: string): string => ` date 2021-11-02 https://ria.ru/20211102/a-1234567.html\n\nA harbour reopens to boats\n\n${body}\n`;

  it.each([
    ['a capitalised Date with a date', 'Date 2021-11 was chosen for the opening, the city said.'],
    ['date as a word', 'date palms grow along the new harbour wall.'],
    ['date with no date or URL after it', 'date of the opening is not known yet.'],
    ['a header indented by nine blanks', '         date 2021-11-03 https://ria.ru/20211103/b-2345678.html'],
    ['a URL after a text line', 'Read more:\nhttps://ria.ru/20211103/b-2345678.html'],
    ['an image URL after a blank line', 'The harbour.\n\nhttps://cdn.example.com/images/20211103/harbour-1234567.jpg'],
    ['a URL without an id or a date after a blank line', 'The harbour.\n\nhttps://example.com/about/contacts'],
  ])('%s never splits', (_why, body) => {
    expect(parseCorpus(doc(body))).toHaveLength(1);
  });

  it.each([
    ['a one-digit day', ' date 2021-11-3 https://ria.ru/20211103/b-2345678.html'],
    ['no leading space', 'date 2021-11-03 https://ria.ru/20211103/b-2345678.html'],
    ['a missing date', ' date https://ria.ru/20211103/b-2345678.html'],
    ['a bare article URL after a blank line', 'https://ria.ru/20211103/b-2345678.html'],
  ])('%s opens a document, as parseArticle reads it as a header', (_why, line) => {
    const records = parseCorpus(doc(`The harbour reopened.\n\n${line}\n\nA bridge closes for winter`));
    expect(records).toHaveLength(2);
    expect(records[1]?.article?.urlRaw).toBe('https://ria.ru/20211103/b-2345678.html');
  });
});

describe('the splitter', () => {
  it('gives leading blank lines to the first document and blank lines between documents to the one before', () => {
    const text = '\n\n date 2021-11-02\n\nOne\n\n\n date 2021-11-03\n\nTwo\n\n';
    expect(pieces([text]).map((p) => [p.start, p.end, p.line, p.opening])).toEqual([
      [0, 26, 1, 'canonical'],
      [26, text.length, 8, 'canonical'],
    ]);
  });

  it('keeps text before the first header as a document of its own', () => {
    expect(pieces(['stray words\n date 2021-11-02\n\nOne\n']).map((p) => [p.start, p.opening])).toEqual([
      [0, 'start'],
      [12, 'canonical'],
    ]);
  });

  it('gives one empty document for an empty input', () => {
    expect(pieces([])).toEqual([{ text: '', start: 0, end: 0, line: 1, opening: 'start', openingSpan: null, endLine: 1, endColumn: 1 }]);
  });

  it('counts CRLF, a lone CR and LF as one line end each', () => {
    expect(pieces([' date 2021-11-02\r\n\rOne\n\r\n date 2021-11-03\n']).map((p) => [p.start, p.line])).toEqual([
      [0, 1],
      [25, 5],
    ]);
  });

  it('gives the same documents however the text is cut into chunks', () => {
    const text = opening.slice(0, 12).map((d) => withoutFinalBreaks(d.text)).join('\r\n\r\n');
    const whole = pieces([text]);
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 40 }), (cuts) => {
        const at = [0, ...cuts.sort((a, b) => a - b), text.length];
        const chunks = at.slice(1).map((end, i) => text.slice(at[i], end));
        expect(pieces(chunks)).toEqual(whole);
      }),
      { numRuns: 300 },
    );
  });

  it('reads an empty chunk between the CR and LF of a line end as nothing', () => {
    // A byte chunk that holds only part of a character decodes to '' (the stream feeds it on).
    const text = ' date 2021-11-02\r\n\r\nOne\r\n date 2021-11-03\r\n\r\nTwo\r\n';
    const cutAtCr = text.indexOf('\r\n date') + 1;
    expect(pieces([text.slice(0, cutAtCr), '', text.slice(cutAtCr)])).toEqual(pieces([text]));
  });

  it('gives the same documents for chunks of one character, empty ones between them', () => {
    const text = opening.slice(0, 4).map((d) => withoutFinalBreaks(d.text)).join('\r\n\r\n');
    expect(pieces([...text].flatMap((c) => [c, '']))).toEqual(pieces([text]));
  });

  it('keeps the text of the document after one over its limit, fed in small chunks', () => {
    const text = ' date 2021-11-02\n\nOne long one, and longer still\n date 2021-11-03\n\nTwo\n';
    const out: DocumentPiece[] = [];
    const splitter = createSplitter((p) => out.push(p), 25);
    for (let i = 0; i < text.length; i += 3) splitter.feed(text.slice(i, i + 3));
    splitter.end();
    expect(out.map((p) => [p.text, p.start, p.end])).toEqual([
      [null, 0, 49],
      [' date 2021-11-03\n\nTwo\n', 49, text.length],
    ]);
  });

  it('keeps no text of a document longer than its limit, but counts it', () => {
    const text = ' date 2021-11-02\n\nOne long one\n date 2021-11-03\n\nTwo\n';
    const out: DocumentPiece[] = [];
    const splitter = createSplitter((p) => out.push(p), 25);
    splitter.feed(text);
    splitter.end();
    expect(out.map((p) => [p.text, p.start, p.end])).toEqual([
      [null, 0, 31],
      [' date 2021-11-03\n\nTwo\n', 31, text.length],
    ]);
  });
});
