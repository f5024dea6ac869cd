/**
 * The streaming shapes (src/stream/): the push parser's record numbers, spans and counts,
 * its byte decoding (a character cut between chunks, a BOM, a cut character at the end),
 * its checks; parseStream over each kind of source (a reader-only stream, iterables,
 * generators), how it hands records on and stops its source; the TransformStream. The
 * 10,000-cut property of test/stream/parse-stream.test.ts is too slow for a mutation run;
 * these ask the same things directly. The file does not import src/index.js: that loads
 * transform.ts, and a mutant that keeps a module from loading must fail a test, not the file.
 */
import { describe, expect, it } from 'vitest';
import { parseCorpus, type CorpusRecord } from '../../src/corpus/parse-corpus.js';
import { parseStream } from '../../src/stream/parse-stream.js';
import { createParser } from '../../src/stream/parser.js';

const ONE = ' date 2021-11-02 https://north-post.example/2021/11/02/harbour-reopens\n\nHarbour reopens after repairs\n\nThe harbour reopened on Tuesday, the port said.\n';
const TWO = ' date 2021-11-03 https://north-post.example/2021/11/03/bridge-closes\n\nBridge closes for the winter\n\nThe bridge closed on Wednesday, the city said.\n';
const THREE = ' date 2021-11-04 https://north-post.example/2021/11/04/cafe\n\nCafé 🚤 opens on the pier\n\nThe café opened on Thursday.\n';
const TEXT = ONE + TWO + THREE;
const TITLES = ['Harbour reopens after repairs', 'Bridge closes for the winter', 'Café 🚤 opens on the pier'];

/** Index, span, ok and title of each record. */
const brief = (records: readonly CorpusRecord[]): unknown[] => records.map((r) => [r.index, r.start, r.end, r.ok, r.article?.title ?? null]);

/** The records of a push parser fed `chunks`. */
function pushed(chunks: readonly (string | Uint8Array)[], options?: Parameters<typeof createParser>[1]): { records: CorpusRecord[]; counts: unknown } {
  const records: CorpusRecord[] = [];
  const parser = createParser((r) => records.push(r), options);
  for (const chunk of chunks) parser.feed(chunk);
  parser.end();
  return { records, counts: parser.counts };
}

async function collect(iterable: AsyncIterable<CorpusRecord>): Promise<CorpusRecord[]> {
  const out: CorpusRecord[] = [];
  for await (const record of iterable) out.push(record);
  return out;
}

/** Each byte of `text`'s UTF-8 its own chunk. */
const byteByByte = (text: string): Uint8Array[] => Array.from(new TextEncoder().encode(text), (b) => Uint8Array.of(b));

describe('createParser', () => {
  it('numbers the records from 0 and spans each from the start of the stream', () => {
    const a = ONE.length;
    const b = a + TWO.length;
    const { records, counts } = pushed([TEXT]);
    expect(brief(records)).toEqual([
      [0, 0, a, true, TITLES[0]],
      [1, a, b, true, TITLES[1]],
      [2, b, TEXT.length, true, TITLES[2]],
    ]);
    expect(counts).toEqual({ documents: 3, failed: 0, codeUnits: TEXT.length });
  });

  it('hands a document on as soon as the next header shows it complete, and counts as it goes', () => {
    const records: CorpusRecord[] = [];
    const parser = createParser((r) => records.push(r));
    parser.feed(ONE);
    expect(records).toHaveLength(0);
    // The next header's line, to its line break.
    const header = TWO.indexOf('\n') + 1;
    parser.feed(TWO.slice(0, header));
    expect(brief(records)).toEqual([[0, 0, ONE.length, true, TITLES[0]]]);
    expect(parser.counts).toEqual({ documents: 1, failed: 0, codeUnits: ONE.length + header });
    parser.feed(TWO.slice(header));
    parser.end();
    expect(parser.counts).toEqual({ documents: 2, failed: 0, codeUnits: ONE.length + TWO.length });
  });

  it('makes a document over maxDocumentSize an error record spanning it, counted as failed, and reads on', () => {
    const big = `${TWO}${'The bridge is long. '.repeat(20)}\n`;
    const text = ONE + big + THREE;
    const { records, counts } = pushed([text], { maxDocumentSize: 250 });
    const bigEnd = ONE.length + big.length;
    expect(brief(records)).toEqual([
      [0, 0, ONE.length, true, TITLES[0]],
      [1, ONE.length, bigEnd, false, null],
      [2, bigEnd, text.length, true, TITLES[2]],
    ]);
    // ONE has five lines and its blank line end: the big document starts on line 6, and
    // ends where THREE starts, after the six lines of TWO and its line of repeats.
    const spans = records[1]?.diagnostics.map((d) => [d.code, d.severity, d.start.line, d.start.column, d.start.offset, d.end.line, d.end.column, d.end.offset]);
    expect(spans).toEqual([['DOCUMENT_TOO_LARGE', 'error', 6, 1, ONE.length, 12, 1, bigEnd]]);
    expect(counts).toEqual({ documents: 3, failed: 1, codeUnits: text.length });
  });

  it('decodes a character whose bytes come in separate chunks, counting code units', () => {
    const { records, counts } = pushed(byteByByte(TEXT));
    expect(brief(records)).toEqual(brief(pushed([TEXT]).records));
    expect(records[2]?.article?.title).toBe(TITLES[2]);
    expect(counts).toEqual({ documents: 3, failed: 0, codeUnits: TEXT.length });
  });

  it('keeps a byte order mark in the text: the offsets count it and the first record reports it', () => {
    const bytes = new TextEncoder().encode(`\uFEFF${ONE}`);
    expect(bytes.subarray(0, 3)).toEqual(Uint8Array.of(0xef, 0xbb, 0xbf));
    const { records, counts } = pushed([bytes.subarray(0, 2), bytes.subarray(2)]);
    expect(brief(records)).toEqual([[0, 0, ONE.length + 1, true, TITLES[0]]]);
    expect(records[0]?.diagnostics.map((d) => [d.code, d.start.offset, d.end.offset])).toContainEqual(['INPUT_BOM', 0, 1]);
    expect(counts).toEqual({ documents: 1, failed: 0, codeUnits: ONE.length + 1 });
  });

  it('ends a character cut short at the end of the bytes as one U+FFFD', () => {
    // The first of the two bytes of 'é', and nothing after it.
    const bytes = new TextEncoder().encode(ONE);
    const { records, counts } = pushed([bytes, Uint8Array.of(0xc3)]);
    expect(brief(records)).toEqual([[0, 0, ONE.length + 1, true, TITLES[0]]]);
    expect(JSON.stringify(records)).toBe(JSON.stringify(pushed([`${ONE}\uFFFD`]).records));
    expect(counts).toEqual({ documents: 1, failed: 0, codeUnits: ONE.length + 1 });
  });

  it('reads a mix of text and byte chunks as their text', () => {
    const bytes = new TextEncoder().encode(TWO);
    const { records } = pushed([ONE, bytes.subarray(0, 10), bytes.subarray(10), THREE]);
    expect(JSON.stringify(records)).toBe(JSON.stringify(pushed([TEXT]).records));
  });

  it('gives one record for an empty input, text or bytes', () => {
    for (const chunks of [[], [''], [new Uint8Array(0)]]) {
      const { records, counts } = pushed(chunks);
      expect(records.map((r) => [r.index, r.start, r.end, r.ok, r.diagnostics.map((d) => d.code)])).toEqual([[0, 0, 0, false, ['INPUT_EMPTY']]]);
      expect(counts).toEqual({ documents: 1, failed: 1, codeUnits: 0 });
    }
  });

  it('throws a TypeError for a callback that is not a function, when created', () => {
    expect(() => createParser(undefined as never)).toThrow(TypeError);
    expect(() => createParser('records' as never)).toThrow(TypeError);
  });

  it('throws a TypeError for a chunk that is neither text nor a Uint8Array, an ArrayBuffer among them', () => {
    for (const chunk of [new ArrayBuffer(4), new DataView(new ArrayBuffer(4)), null, 42, ['text']]) {
      const parser = createParser(() => undefined);
      expect(() => parser.feed(chunk as never)).toThrow(TypeError);
    }
  });
});

/** A stream that offers only `getReader()`, as one without async iteration does; it logs what it is asked. */
function readerOnly(chunks: readonly (string | Uint8Array)[], failAt = Infinity): { source: unknown; log: string[] } {
  const log: string[] = [];
  let at = 0;
  const source = {
    getReader: () => ({
      read: () => {
        log.push('read');
        if (at === failAt) return Promise.reject(new Error('the disk went away'));
        return Promise.resolve(at < chunks.length ? { done: false, value: chunks[at++] } : { done: true, value: undefined });
      },
      cancel: () => {
        log.push('cancel');
        return Promise.resolve();
      },
      releaseLock: () => {
        log.push('releaseLock');
      },
    }),
  };
  return { source, log };
}

describe('parseStream', () => {
  it('reads a stream through getReader when it cannot be iterated, and does not cancel it once read', async () => {
    const { source, log } = readerOnly([ONE, TWO, THREE]);
    expect(brief(await collect(parseStream(source as never)))).toEqual(brief(parseCorpus(TEXT)));
    expect(log).toEqual(['read', 'read', 'read', 'read']);
  });

  it('cancels a reader-only stream and releases its lock on break', async () => {
    const { source, log } = readerOnly([ONE, TWO, THREE]);
    for await (const record of parseStream(source as never)) {
      expect(record.article?.title).toBe(TITLES[0]);
      break;
    }
    expect(log).toEqual(['read', 'read', 'cancel', 'releaseLock']);
  });

  it('cancels the source when reading it fails, and passes the error on', async () => {
    const { source, log } = readerOnly([ONE, TWO, THREE], 1);
    await expect(collect(parseStream(source as never))).rejects.toThrow('the disk went away');
    expect(log).toEqual(['read', 'read', 'cancel', 'releaseLock']);
  });

  it.each([
    ['an array of text', () => [ONE, TWO, THREE]],
    ['an array of bytes', () => byteByByte(TEXT)],
    ['a Set', () => new Set([ONE, TWO, THREE])],
    ['a generator', () => (function* () { yield ONE; yield TWO; yield THREE; })()],
    ['an async generator', () => (async function* () { yield ONE; yield TWO; yield THREE; })()],
  ] as const)('reads %s', async (_name, make) => {
    const records = await collect(parseStream(make()));
    expect(brief(records)).toEqual([
      [0, 0, ONE.length, true, TITLES[0]],
      [1, ONE.length, ONE.length + TWO.length, true, TITLES[1]],
      [2, ONE.length + TWO.length, TEXT.length, true, TITLES[2]],
    ]);
    expect(JSON.stringify(records)).toBe(JSON.stringify(parseCorpus(TEXT)));
  });

  it('skips an iterable’s undefined chunks', async () => {
    expect(brief(await collect(parseStream([ONE, undefined, TWO] as never)))).toEqual(brief(parseCorpus(ONE + TWO)));
  });

  it('gives the one INPUT_EMPTY record for an empty source', async () => {
    const records = await collect(parseStream([]));
    expect(records.map((r) => [r.index, r.start, r.end, r.ok, r.diagnostics.map((d) => d.code)])).toEqual([[0, 0, 0, false, ['INPUT_EMPTY']]]);
  });

  it('hands each record on before it reads the next chunk', async () => {
    const log: string[] = [];
    const source = (function* () {
      for (const [i, chunk] of [ONE, TWO, THREE].entries()) {
        log.push(`read ${i}`);
        yield chunk;
      }
    })();
    for await (const record of parseStream(source)) log.push(`record ${record.index}`);
    // A document is complete when the next header has been read; the last one at the end.
    expect(log).toEqual(['read 0', 'read 1', 'record 0', 'read 2', 'record 1', 'record 2']);
  });

  it('stops a generator on break, and an array (whose iterator has no return) without error', async () => {
    let stopped = false;
    const generator = (async function* () {
      try {
        yield ONE;
        yield TWO;
        yield THREE;
      } finally {
        stopped = true;
      }
    })();
    for await (const record of parseStream(generator)) {
      expect(record.index).toBe(0);
      break;
    }
    expect(stopped).toBe(true);
    const taken: number[] = [];
    for await (const record of parseStream([ONE, TWO, THREE])) {
      taken.push(record.index);
      if (taken.length === 2) break;
    }
    expect(taken).toEqual([0, 1]);
  });

  it('throws a TypeError when called with something that is not a stream or an iterable, a string among them', () => {
    for (const source of [null, undefined, 42, 'a text is not a source of chunks', {}, { getReader: 'no' }]) {
      expect(() => parseStream(source as never), String(source)).toThrow(TypeError);
    }
  });

  it('applies its options to each document', async () => {
    const big = `${TWO}${'The bridge is long. '.repeat(20)}\n`;
    const records = await collect(parseStream([ONE, big, THREE], { maxDocumentSize: 250 }));
    expect(records.map((r) => [r.index, r.ok, r.diagnostics.some((d) => d.code === 'DOCUMENT_TOO_LARGE')])).toEqual([
      [0, true, false],
      [1, false, true],
      [2, true, false],
    ]);
  });
});

describe('CorpusTransformStream', () => {
  // Imported in the test, so that a module that fails to load fails the test.
  const load = async () => (await import('../../src/stream/transform.js')).CorpusTransformStream;

  it('extends TransformStream, and turns text and byte chunks into the records of the text', async () => {
    const CorpusTransformStream = await load();
    const transform = new CorpusTransformStream();
    expect(transform).toBeInstanceOf(TransformStream);
    const bytes = new TextEncoder().encode(TWO);
    const input = new ReadableStream<string | Uint8Array>({
      start: (c) => {
        for (const chunk of [ONE, bytes.subarray(0, 5), bytes.subarray(5), THREE]) c.enqueue(chunk);
        c.close();
      },
    });
    const reader = input.pipeThrough(transform).getReader();
    const records: CorpusRecord[] = [];
    for (let r = await reader.read(); !r.done; r = await reader.read()) records.push(r.value);
    expect(brief(records)).toEqual([
      [0, 0, ONE.length, true, TITLES[0]],
      [1, ONE.length, ONE.length + TWO.length, true, TITLES[1]],
      [2, ONE.length + TWO.length, TEXT.length, true, TITLES[2]],
    ]);
  });

  it('applies its options, and checks them when made', async () => {
    const CorpusTransformStream = await load();
    expect(() => new CorpusTransformStream({ maxDocumentSize: 0 })).toThrow(RangeError);
    const writer = new CorpusTransformStream({ maxDocumentSize: 100 });
    const reader = writer.readable.getReader();
    const w = writer.writable.getWriter();
    void w.write(ONE);
    void w.close();
    const first = await reader.read();
    expect(first.value?.diagnostics.map((d) => d.code)).toEqual(['DOCUMENT_TOO_LARGE']);
    expect((await reader.read()).done).toBe(true);
  });
});
