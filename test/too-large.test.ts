/**
 * A document longer than `maxDocumentSize` is a value, not a crash: each entry point gives
 * an error record with `DOCUMENT_TOO_LARGE` spanning it, and the corpus and stream entry
 * points read on to the next document. The default limit is checked too, on a document one
 * code unit over it, so that the check does not depend on an option being given.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_MAX_DOCUMENT_SIZE, parseArticle, parseCorpus, parseStream, type CorpusRecord, type ParseResult } from '../src/index.js';

const LIMIT = 1000;
// Six lines, the last one empty: the error spans from 1:1 to the start of line 6.
const BIG = ` date 2021-11-02 https://ria.ru/20211102/a-1234567.html\n\nHarbour reopens after repairs\n\n${'boats '.repeat(600)}\n`;
const SMALL = ' date 2021-11-03 https://ria.ru/20211103/b-1234568.html\n\nBridge closes for the winter\n';

/** Code, severity and the span of each diagnostic. */
const spans = (r: ParseResult) => r.diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column, d.start.offset, d.end.line, d.end.column, d.end.offset]);
const TOO_LARGE = [['DOCUMENT_TOO_LARGE', 'error', 1, 1, 0, 6, 1, BIG.length]];

describe('a document above maxDocumentSize', () => {
  it('is an error record from parseArticle', () => {
    expect(BIG.length).toBeGreaterThan(LIMIT);
    const result = parseArticle(BIG, { maxDocumentSize: LIMIT });
    expect(result.ok).toBe(false);
    expect(result.article).toBeNull();
    expect(spans(result)).toEqual(TOO_LARGE);
    // At the limit exactly, the document is parsed.
    expect(parseArticle(BIG, { maxDocumentSize: BIG.length }).article?.title).toBe('Harbour reopens after repairs');
  });

  it('is an error record from parseCorpus, and the next document is read', () => {
    const records = parseCorpus(BIG + SMALL, { maxDocumentSize: LIMIT });
    expect(records.map((r) => [r.index, r.ok, r.start, r.end, r.article?.title ?? null])).toEqual([
      [0, false, 0, BIG.length, null],
      [1, true, BIG.length, BIG.length + SMALL.length, 'Bridge closes for the winter'],
    ]);
    expect(spans(records[0] as CorpusRecord)).toEqual(TOO_LARGE);
  });

  it('is an error record from parseStream, whatever the chunks, and the next document is read', async () => {
    const text = BIG + SMALL;
    for (const size of [1, 7, 64, text.length]) {
      const chunks: string[] = [];
      for (let at = 0; at < text.length; at += size) chunks.push(text.slice(at, at + size));
      const records: CorpusRecord[] = [];
      for await (const record of parseStream(chunks, { maxDocumentSize: LIMIT })) records.push(record);
      expect(records.map((r) => [r.ok, r.start, r.end, r.article?.title ?? null])).toEqual([
        [false, 0, BIG.length, null],
        [true, BIG.length, text.length, 'Bridge closes for the winter'],
      ]);
      expect(spans(records[0] as CorpusRecord)).toEqual(TOO_LARGE);
    }
  });

  it('is an error record under the default limit too', () => {
    const huge = ` date 2021-11-02\n\n${'x'.repeat(DEFAULT_MAX_DOCUMENT_SIZE)}`;
    const result = parseArticle(huge);
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.start.offset, d.end.line, d.end.offset])).toEqual([['DOCUMENT_TOO_LARGE', 0, 3, huge.length]]);
    const records = parseCorpus(huge);
    expect(records.map((r) => [r.ok, r.end, r.diagnostics.map((d) => d.code)])).toEqual([[false, huge.length, ['DOCUMENT_TOO_LARGE']]]);
  });
});
